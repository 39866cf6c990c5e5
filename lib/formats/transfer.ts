import type { Table } from 'dexie';
import { publish } from '../messaging/broadcast';
import { getDb } from '../db/database';
import { LibraryError, translateDbError } from '../db/errors';
import { type Note, NoteSchema, type Snippet, SnippetSchema } from '../db/schema';
import { DEFAULT_SETTINGS, getSettings, type Settings, updateSettings } from '../settings';
import { type ConflictPolicy, type ImportSummary, type Plan, planImport } from './plan';
import { compact } from './same';
import { serializeTonlageParts } from './tonlage-json';
import type { ParsedImport, ProgressCallback } from './types';
import { type Notice, notice } from '../i18n/notice';

// Import, export and wipe of the whole library (issue #8), beside the planner: lib/db knows
// nothing of file formats. An import is all or nothing:
// it plans and writes inside ONE read-write transaction over snippets, notes and usage
// events, so an invalid record, a failed write, a full disk or a closed tab (which aborts
// the uncommitted transaction) leaves the library exactly as it was. Settings live in
// extension storage, outside IndexedDB: a backup's settings are written after the
// transaction has committed.

export {
  type ConflictInfo,
  type ConflictPolicy,
  type ImportSummary,
  type Plan,
  type PlanItem,
  planImport,
} from './plan';

export interface CommitOptions {
  /** Phases "prepare", "validate" and "write" (parseImportFile reports "parse"). Throwing aborts the import. */
  onProgress?: ProgressCallback;
  /** Restore: replace the snippets (and, for a backup, the notes) with the file's, in the same transaction. */
  replace?: boolean;
  /** Backups: also replace the settings. Default true. */
  restoreSettings?: boolean;
  now?: number;
  /** Records per bulkPut; progress is reported after each. */
  chunkSize?: number;
  /** Publish `library-changed` after the commit (default); false leaves it to the caller (announceImport). */
  announce?: boolean;
}

function validated<T>(records: readonly T[], parse: (r: T) => T, refusal: (r: T) => Notice, report: () => void): T[] {
  return records.map((record) => {
    let out: T;
    try {
      out = parse(record);
    } catch (error) {
      throw new LibraryError(refusal(record), 'invalid', String(error));
    }
    report();
    return compact(out as object) as T;
  });
}

export async function commitImport(
  parsed: ParsedImport,
  policy: ConflictPolicy,
  options: CommitOptions = {},
): Promise<ImportSummary> {
  const db = getDb();
  const now = options.now ?? Date.now();
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const progress = options.onProgress ?? (() => {});
  let plan: Plan | undefined;
  try {
    await db.transaction('rw', db.snippets, db.notes, db.usageEvents, async () => {
      // A library export has no notes: replacing with it keeps the notes.
      const replaceNotes = options.replace === true && parsed.notes !== undefined;
      const existing = options.replace ? [] : await db.snippets.toArray();
      const existingNotes = replaceNotes ? [] : await db.notes.toArray();
      // Planning infers language and moods of the new records: for a large file that takes
      // seconds, so it reports progress as the "prepare" phase.
      plan = planImport(parsed, existing, policy, {
        now,
        existingNotes,
        onProgress: (done, total) => progress({ phase: 'prepare', done, total }),
      });
      const total = plan.writes.snippets.length + plan.writes.notes.length;
      let done = 0;
      const tick = (phase: 'validate' | 'write', step: number) => {
        done += step;
        if (step > 1 || done === total || done % chunkSize === 0) progress({ phase, done, total });
      };
      const snippets = validated<Snippet>(
        plan.writes.snippets,
        (s) => SnippetSchema.parse(s),
        (s) => notice('libSnippetUnstorable', { title: s.title }),
        () => tick('validate', 1),
      );
      const notes = validated<Note>(
        plan.writes.notes,
        (n) => NoteSchema.parse(n),
        (n) => notice('libNoteUnstorable', { id: n.id }),
        () => tick('validate', 1),
      );
      done = 0;
      if (options.replace) await db.snippets.clear();
      if (replaceNotes) await db.notes.clear();
      // All chunks are queued at once: the database writes one while the next is being
      // cloned, instead of waiting for each before cloning the next.
      const writes: Promise<void>[] = [];
      const queue = <T>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[]) => {
        for (let i = 0; i < rows.length; i += chunkSize) {
          const chunk = rows.slice(i, i + chunkSize);
          writes.push(table.bulkPut(chunk).then(() => tick('write', chunk.length)));
        }
      };
      queue(db.snippets, snippets);
      queue(db.notes, notes);
      await Promise.all(writes);
      if (options.replace) {
        const kept = new Set(snippets.map((s) => s.id));
        await db.usageEvents.filter((e) => !kept.has(e.snippetId)).delete();
      }
    });
  } catch (error) {
    throw translateImportError(error);
  }
  const done = plan!;
  if (options.announce !== false) announceImport(done, parsed, options.replace === true);
  const settingsRestored = options.restoreSettings !== false && (await restoreImportedSettings(parsed));
  return {
    counts: done.counts,
    written: { snippets: done.writes.snippets.length, notes: done.writes.notes.length },
    settingsRestored,
    plan: done,
  };
}

/** Tells the other contexts which tables a committed import changed. */
export function announceImport(plan: Plan, parsed: ParsedImport, replace: boolean): void {
  const tables = [
    ...(plan.writes.snippets.length > 0 || replace ? (['snippets'] as const) : []),
    ...(plan.writes.notes.length > 0 || (replace && parsed.notes) ? (['notes'] as const) : []),
    ...(replace ? (['usage'] as const) : []),
  ];
  if (tables.length > 0) publish({ kind: 'library-changed', tables });
}

/** A backup's settings replace the current ones, after its records were committed; false when it has none. */
export async function restoreImportedSettings(parsed: Pick<ParsedImport, 'settings'>): Promise<boolean> {
  if (parsed.settings === undefined) return false;
  try {
    await updateSettings(parsed.settings, 'overwrite');
  } catch {
    throw new LibraryError(notice('libSettingsUnsaved'), 'invalid');
  }
  return true;
}

function errorNames(error: unknown): string[] {
  const e = error as { name?: unknown; inner?: { name?: unknown }; failures?: unknown } | null;
  const failures = Array.isArray(e?.failures) ? (e.failures as { name?: unknown }[]) : [];
  return [e?.name, e?.inner?.name, ...failures.map((f) => f?.name)].filter((n): n is string => typeof n === 'string');
}

/** IndexedDB failures as errors the agent can act on; every one of them means "nothing changed". */
export function translateImportError(error: unknown): unknown {
  if (error instanceof LibraryError) return error;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return translateDbError({ name: 'QuotaExceededError' });
  if (names.includes('ConstraintError')) {
    return new LibraryError(notice('libImportClash'), 'shortcut-taken');
  }
  if (names.some((n) => n === 'AbortError' || n === 'DatabaseClosedError' || n === 'PrematureCommitError')) {
    return new LibraryError(notice('libImportInterrupted'), 'invalid');
  }
  return error;
}

export interface ExportOptions {
  now?: number;
  /** A backup's settings as read by the caller (a worker cannot read extension storage); default: read here. */
  settings?: Settings;
  /** Called as records are read and written: `done` of `total`, where total counts every record twice. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** How many records one read of an export fetches: progress between reads, not one 100,000-row getAll. */
export const READ_PAGE = 5000;

/** All rows of a table in primary-key order (the order toArray gives), read page by page. */
async function readPaged<T extends { id: string }>(
  table: Table<T, string>,
  onPage: (read: number) => void,
): Promise<T[]> {
  const rows: T[] = [];
  let page = await table.limit(READ_PAGE).toArray();
  while (page.length > 0) {
    rows.push(...page);
    onPage(page.length);
    if (page.length < READ_PAGE) break;
    page = await table
      .where(':id')
      .above(page[page.length - 1]!.id)
      .limit(READ_PAGE)
      .toArray();
  }
  return rows;
}

/** Our JSON: "backup" = snippets, notes and settings; "library" = snippets only. The file as its parts (see serializeTonlageParts). */
export async function exportLibraryParts(kind: 'backup' | 'library', options: ExportOptions = {}): Promise<string[]> {
  const db = getDb();
  const settings = kind === 'backup' ? (options.settings ?? (await getSettings())) : undefined;
  let total = 0;
  let done = 0;
  const report = (step: number) => {
    done += step;
    options.onProgress?.({ done, total });
  };
  // One read transaction: the file is one moment's library, even while the agent edits.
  const [snippets, notes] = await db.transaction('r', db.snippets, db.notes, async () => {
    const [snippetCount, noteCount] = await Promise.all([
      db.snippets.count(),
      kind === 'backup' ? db.notes.count() : Promise.resolve(0),
    ]);
    total = 2 * (snippetCount + noteCount);
    report(0);
    const readSnippets = await readPaged(db.snippets, report);
    const readNotes = kind === 'backup' ? await readPaged(db.notes, report) : [];
    return [readSnippets, readNotes] as const;
  });
  // Records are counted as they are written; the count taken first was exact inside the transaction.
  const read = done;
  return serializeTonlageParts({ kind, exportedAt: options.now ?? Date.now(), snippets, notes, settings }, (written) =>
    options.onProgress?.({ done: read + written, total }),
  );
}

/** The export as one text (tests, benchmarks); the options page writes the parts as a Blob. */
export async function exportLibrary(kind: 'backup' | 'library', options: ExportOptions = {}): Promise<string> {
  return (await exportLibraryParts(kind, options)).join('');
}

/** "tonlage-backup-2026-04-01.json" (local date). */
export function exportFileName(kind: 'backup' | 'library', now = Date.now()): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tonlage-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** Empties snippets, notes, usage events and calming outcomes in one transaction; optionally resets the settings. */
export async function wipeLibrary(options: { settings?: boolean } = {}): Promise<void> {
  const db = getDb();
  try {
    await db.transaction('rw', [db.snippets, db.notes, db.usageEvents, db.outcomes], () =>
      Promise.all([db.snippets.clear(), db.notes.clear(), db.usageEvents.clear(), db.outcomes.clear()]),
    );
  } catch (error) {
    throw translateImportError(error);
  }
  publish({ kind: 'library-changed', tables: ['snippets', 'notes', 'usage'] });
  if (options.settings) await updateSettings(DEFAULT_SETTINGS, 'overwrite');
}
