import { publish } from '../messaging/broadcast';
import { getDb } from './database';
import { LibraryError, parseOrThrow, translateDbError } from './errors';
import { notice } from '../i18n/notice';
import { assertRevision, nextRevision, type Revision } from './revision';
import { type Snippet, SnippetSchema } from './schema';

// Bulk writes of the options page (issue #8): undo of a delete (puts snippets back with the
// same id and fields), bulk delete and bulk tagging. Each is one transaction.

function changed(): void {
  publish({ kind: 'library-changed', tables: ['snippets'] });
}

/** Puts deleted snippets back exactly as they were; refuses if a shortcut was taken meanwhile. */
export async function restoreSnippets(snippets: readonly Snippet[]): Promise<void> {
  const records = snippets.map((s) => parseOrThrow(SnippetSchema, s));
  const db = getDb();
  try {
    await db.transaction('rw', db.snippets, async () => {
      for (const record of records) {
        if (!record.shortcut) continue;
        const holder = await db.snippets.where('shortcut').equals(record.shortcut).first();
        if (holder && holder.id !== record.id) {
          throw new LibraryError(
            notice('libShortcutTaken', { shortcut: record.shortcut, holder: holder.title }),
            'shortcut-taken',
          );
        }
      }
      await db.snippets.bulkPut(records);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
}

/** A snippet to delete, with the revision the page showed when the agent chose it. */
export interface DeleteTarget {
  id: string;
  base: Revision;
}

/**
 * Deletes the snippets, all or none: if any changed elsewhere since the page showed it, the
 * agent would delete a version they never saw, so ConflictError (nothing deleted).
 */
export async function deleteSnippets(targets: readonly DeleteTarget[]): Promise<Snippet[]> {
  const db = getDb();
  const ids = targets.map((t) => t.id);
  let removed: Snippet[] = [];
  try {
    await db.transaction('rw', db.snippets, async () => {
      const current = await db.snippets.bulkGet(ids);
      current.forEach((s, i) => s && assertRevision('snippet', s, targets[i]!.base));
      removed = current.filter((s): s is Snippet => s !== undefined);
      await db.snippets.bulkDelete(ids);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return removed;
}

/** Adds one tag to each snippet that lacks it. */
export async function tagSnippets(ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  const clean = tag.trim();
  if (!clean) throw new LibraryError(notice('libTagEmpty'), 'invalid');
  const db = getDb();
  let count = 0;
  try {
    await db.transaction('rw', db.snippets, async () => {
      const current = (await db.snippets.bulkGet([...ids])).filter((s): s is Snippet => s !== undefined);
      const next = current
        .filter((s) => !s.tags.includes(clean))
        .map((s) => parseOrThrow(SnippetSchema, { ...s, tags: [...s.tags, clean], updatedAt: nextRevision(s, now) }));
      count = next.length;
      await db.snippets.bulkPut(next);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return count;
}
