import { publish } from '../messaging/broadcast';
import { withInferredFacets } from '../suggest/infer';
import { getDb } from './database';
import { LibraryError, parseOrThrow, translateDbError } from './errors';
import { notice } from '../i18n/notice';
import { assertRevision, nextRevision, type WriteBase } from './revision';
import { type Snippet, type SnippetDraft, SnippetDraftSchema, SnippetSchema } from './schema';

// The snippet repository: single snippets (create, update, delete, look-ups). The other
// writers of the snippets table are restore.ts (undo, bulk delete and tag), usage.ts (use
// counts), lib/formats/transfer.ts (import, wipe) and lib/starter/install.ts (the starter
// library). Each validates what it writes (usage.ts only bumps two counters) and publishes
// `library-changed` to the other contexts.

function changed(): void {
  publish({ kind: 'library-changed', tables: ['snippets'] });
}

/** A snippet's shortcut and further shortcuts may not be any other snippet's, main or further. */
async function assertShortcutFree(s: Pick<Snippet, 'title' | 'shortcut' | 'aliases'>, ownId?: string): Promise<void> {
  const own = [...(s.shortcut ? [s.shortcut] : []), ...(s.aliases ?? [])];
  const twice = own.find((x, i) => own.indexOf(x) !== i);
  if (twice) throw new LibraryError(notice('libShortcutTaken', { shortcut: twice, holder: s.title }), 'shortcut-taken');
  for (const shortcut of own) {
    const holder = (await getDb().snippets.where('shortcut').equals(shortcut).first()) ?? (await byAlias(shortcut));
    if (holder && holder.id !== ownId) {
      throw new LibraryError(notice('libShortcutTaken', { shortcut, holder: holder.title }), 'shortcut-taken');
    }
  }
}

const byAlias = (shortcut: string) => getDb().snippets.where('aliases').equals(shortcut).first();

export async function createSnippet(draft: SnippetDraft, now = Date.now()): Promise<Snippet> {
  const parsed = parseOrThrow(SnippetDraftSchema, draft);
  const snippet = parseOrThrow(
    SnippetSchema,
    withInferredFacets({
      ...parsed,
      shortcut: parsed.shortcut || undefined,
      aliases: parsed.aliases?.length ? parsed.aliases : undefined,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      useCount: 0,
    }),
  );
  const db = getDb();
  try {
    await db.transaction('rw', db.snippets, async () => {
      await assertShortcutFree(snippet);
      await db.snippets.add(snippet);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return snippet;
}

/**
 * Writes `patch` over the stored snippet, if it is still at revision `base` (the `updatedAt`
 * the editor loaded); otherwise throws ConflictError with the stored snippet and writes nothing.
 */
export async function updateSnippet(
  id: string,
  patch: Partial<SnippetDraft>,
  { base, now }: WriteBase,
): Promise<Snippet> {
  const db = getDb();
  let next: Snippet | undefined;
  try {
    await db.transaction('rw', db.snippets, async () => {
      const current = await db.snippets.get(id);
      if (!current) throw new LibraryError(notice('libSnippetGone'), 'not-found');
      assertRevision('snippet', current, base);
      next = parseOrThrow(
        SnippetSchema,
        withInferredFacets({ ...current, ...patch, id, updatedAt: nextRevision(current, now) }),
      );
      if (!next.shortcut) delete next.shortcut;
      if (!next.aliases?.length) delete next.aliases;
      await assertShortcutFree(next, id);
      await db.snippets.put(next);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return next!;
}

export async function deleteSnippet(id: string): Promise<void> {
  await getDb().snippets.delete(id);
  changed();
}

export async function getSnippet(id: string): Promise<Snippet | undefined> {
  return getDb().snippets.get(id);
}

export async function listSnippets(): Promise<Snippet[]> {
  return getDb().snippets.orderBy('title').toArray();
}

/**
 * The first `limit` snippets by title and how many there are: what the options page shows at
 * once while the whole library (seconds at 100,000 snippets) is still being read.
 */
export async function firstSnippets(limit: number): Promise<{ first: Snippet[]; total: number }> {
  const db = getDb();
  return db.transaction('r', db.snippets, async () => ({
    first: await db.snippets.orderBy('title').limit(limit).toArray(),
    total: await db.snippets.count(),
  }));
}

/** The snippet a typed shortcut expands: its main shortcut first, then a further one. */
export async function findByShortcut(shortcut: string): Promise<Snippet | undefined> {
  return (await getDb().snippets.where('shortcut').equals(shortcut).first()) ?? (await byAlias(shortcut));
}
