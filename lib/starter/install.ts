import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { publish } from '../messaging/broadcast';
import { getDb } from '../db/database';
import { parseOrThrow } from '../db/errors';
import { nextRevision } from '../db/revision';
import { type Snippet, SnippetSchema } from '../db/schema';
import { serialized } from '../lock';
import { contentHash, type StarterEntry, starterEntries } from './entries';

// Installs the starter library on first run and keeps it current (issue #9):
// - a new entry is added once; if the agent deletes it, it stays deleted (we remember
//   which ids were ever installed);
// - a newer version replaces an entry only while its text is exactly as installed
//   (content hash), keeping its id, creation time and usage; edited entries are left alone;
// - restore (from the settings) brings back deleted entries; with `resetEdited` it also
//   puts edited ones back to the shipped text.
// A starter shortcut the agent already uses elsewhere is left off rather than taken.

// Catch values are functions: a shared default object would be mutated below.
const StateSchema = z
  .object({
    installed: z.record(z.string(), z.number().int()).catch(() => ({})),
    /** The shipped release the last completed run installed (see releaseOf). */
    release: z.string().optional().catch(undefined),
  })
  .catch(() => ({ installed: {} }));
const stateItem = storage.defineItem<unknown>('local:starterState', { fallback: {} });

export interface StarterReport {
  added: number;
  updated: number;
  keptEdited: number;
  skippedDeleted: number;
}

function toSnippet(entry: StarterEntry, shortcutFree: boolean, now: number, base?: Snippet): Snippet {
  const fields = {
    title: entry.title,
    shortcut: shortcutFree ? entry.shortcut : undefined,
    body: entry.body,
    format: 'text' as const,
  };
  return parseOrThrow(SnippetSchema, {
    ...fields,
    id: base?.id ?? crypto.randomUUID(),
    tags: entry.tags,
    language: entry.language,
    variantGroup: entry.variantGroup,
    moods: entry.moods,
    createdAt: base?.createdAt ?? now,
    updatedAt: base ? nextRevision(base, now) : now,
    useCount: base?.useCount ?? 0,
    lastUsedAt: base?.lastUsedAt,
    starter: { id: entry.starterId, version: entry.version, hash: contentHash(fields) },
  });
}

type InstallOptions = { restoreDeleted?: boolean; resetEdited?: boolean; now?: number; entries?: StarterEntry[] };

/** Which entries at which versions a build ships: a run that completed records it. */
export function releaseOf(entries: readonly StarterEntry[]): string {
  return contentHash({
    title: 'release',
    body: entries.map((e) => `${e.starterId}@${e.version}`).join('\n'),
    format: 'text',
  });
}

/**
 * Crash safety: the service worker can be stopped at any moment, also during the install
 * that onInstalled started. The snippets are written in one transaction (all or nothing)
 * and the release is recorded only after it, so a worker that starts and finds an older
 * release (or none) simply runs the install again; a completed one costs one storage read.
 */
export async function resumeStarter(entries: StarterEntry[] = starterEntries()): Promise<StarterReport | undefined> {
  const state = StateSchema.parse(await stateItem.getValue());
  if (state.release === releaseOf(entries)) return undefined;
  return installStarter({ entries });
}

// Runs one at a time across contexts (onInstalled and a worker start can overlap; the
// settings page's restore too), so no run reads the state before another has written it.
export function installStarter(options: InstallOptions = {}): Promise<StarterReport> {
  return serialized('tonlage-starter', () => install(options));
}

async function install(options: InstallOptions): Promise<StarterReport> {
  const now = options.now ?? Date.now();
  const entries = options.entries ?? starterEntries();
  const state = StateSchema.parse(await stateItem.getValue());
  const report: StarterReport = { added: 0, updated: 0, keptEdited: 0, skippedDeleted: 0 };
  const db = getDb();
  await db.transaction('rw', db.snippets, async () => {
    const all = await db.snippets.toArray();
    const byStarter = new Map(all.filter((s) => s.starter).map((s) => [s.starter!.id, s]));
    const taken = new Map(all.filter((s) => s.shortcut).map((s) => [s.shortcut!, s.id]));
    const writes: Snippet[] = [];
    for (const entry of entries) {
      const current = byStarter.get(entry.starterId);
      const shortcutFree = (id?: string) =>
        !entry.shortcut || !taken.has(entry.shortcut) || taken.get(entry.shortcut) === id;
      if (!current) {
        if (state.installed[entry.starterId] !== undefined && !options.restoreDeleted) {
          report.skippedDeleted++;
          continue;
        }
        const snippet = toSnippet(entry, shortcutFree(), now);
        if (snippet.shortcut) taken.set(snippet.shortcut, snippet.id);
        writes.push(snippet);
        report.added++;
      } else {
        const untouched = current.starter!.hash === contentHash(current);
        if (!untouched && !options.resetEdited) {
          report.keptEdited++;
          continue;
        }
        if (untouched && current.starter!.version >= entry.version) continue;
        writes.push(toSnippet(entry, shortcutFree(current.id), now, current));
        report.updated++;
      }
      state.installed[entry.starterId] = entry.version;
    }
    await db.snippets.bulkPut(writes);
  });
  await stateItem.setValue({ ...state, release: releaseOf(entries) });
  if (report.added || report.updated) publish({ kind: 'library-changed', tables: ['snippets'] });
  return report;
}
