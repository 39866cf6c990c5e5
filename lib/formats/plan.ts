import type { Note, Snippet } from '../db/schema';
import { normalizeLabel } from './entry';
import { freeShortcut, mergeContent, newRecord, restoreRecord, withoutShortcut } from './records';
import { sameData } from './same';
import type { ImportCandidate, ImportFormat, ParsedImport } from './types';
import { type Notice, notice } from '../i18n/notice';

// The dry run. A pure function of the parsed file, the current library and the conflict
// policy; commitImport runs it again inside its transaction and writes `writes`.
//
// Which stored snippet an entry is "the same as":
//   1. our format: the snippet with the same id;
//   2. otherwise, with a shortcut: the snippet holding that shortcut if its title is the same;
//   3. otherwise, without a shortcut: a snippet with the same title and no shortcut.
// A match with identical content is "unchanged", else "changed". An entry whose shortcut is
// held by a different snippet, in the library or earlier in the same file, is a "conflict":
//   skip       the entry is not imported;
//   overwrite  the entry's content replaces the holder's (the holder keeps its id and usage);
//              if the entry matched a snippet of its own by id, the holder loses the shortcut;
//   keep-both  the entry gets the first free shortcut "gruss-2", "gruss-3", …

export type ConflictPolicy = 'skip' | 'overwrite' | 'keep-both';
export type PlanAction = 'new' | 'changed' | 'conflict' | 'unchanged' | 'invalid';

export type ShortcutHolder =
  { source: 'library'; id: string; title: string } | { source: 'file'; index: number; title: string };

export interface ConflictInfo {
  shortcut: string;
  heldBy: ShortcutHolder;
  resolution: 'skipped' | 'overwritten' | 'renamed';
  /** keep-both: the shortcut the imported snippet gets instead. */
  newShortcut?: string;
}

export interface PlanItem {
  index: number;
  title?: string;
  action: PlanAction;
  /** The stored snippet this entry creates, updates or matches. */
  snippetId?: string;
  matchedBy?: 'id' | 'shortcut' | 'title';
  conflict?: ConflictInfo;
  problems: Notice[];
  remarks: Notice[];
}

export interface PlanCounts {
  new: number;
  changed: number;
  conflicting: number;
  unchanged: number;
  invalid: number;
}

export interface Plan {
  format: ImportFormat;
  policy: ConflictPolicy;
  counts: PlanCounts;
  /** One per file entry, in file order. */
  items: PlanItem[];
  invalid: { index: number; title?: string; reasons: Notice[] }[];
  conflicts: (PlanItem & { conflict: ConflictInfo })[];
  notes: { new: number; changed: number; unchanged: number; invalid: number };
  /** A backup with settings: they replace the current ones on commit. */
  settings: boolean;
  warnings: Notice[];
  /** What commitImport puts, already free of shortcut clashes. */
  writes: { snippets: Snippet[]; notes: Note[] };
}

export interface ImportSummary {
  counts: PlanCounts;
  written: { snippets: number; notes: number };
  settingsRestored: boolean;
  plan: Plan;
}

export interface PlanOptions {
  now?: number;
  newId?: () => string;
  /** The current notes, to count a backup's notes as new, changed or unchanged. */
  existingNotes?: readonly Note[];
  /**
   * Infer language and moods of the records to write (default). The dry run passes false:
   * what it shows (counts, conflicts, remarks) never depends on them, and inferring is most of
   * the planning time (100,000 new snippets: about 20 s); the commit infers.
   */
  infer?: boolean;
  /** Called every PROGRESS_EVERY entries and at the end. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 1000;

type Holder = { id: string; source: 'library' } | { id: string; source: 'file'; index: number };

export function planImport(
  parsed: ParsedImport,
  existing: readonly Snippet[],
  policy: ConflictPolicy,
  options: PlanOptions = {},
): Plan {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const byId = new Map(existing.map((s) => [s.id, s]));
  const owner = new Map<string, Holder>();
  const byTitle = new Map<string, Snippet[]>();
  for (const s of existing) {
    if (s.shortcut) owner.set(s.shortcut, { id: s.id, source: 'library' });
    else byTitle.set(normalizeLabel(s.title), [...(byTitle.get(normalizeLabel(s.title)) ?? []), s]);
  }
  // Further shortcuts (aliases) never displace anyone: one already held by another snippet,
  // as its shortcut or a further one, is left off that entry, and the dry run says so.
  const aliasOwner = new Map<string, string>();
  for (const s of existing) for (const a of s.aliases ?? []) aliasOwner.set(a, s.id);
  const wanted = new Set(parsed.entries.flatMap((e) => (e.candidate?.shortcut ? [e.candidate.shortcut] : [])));
  const touched = new Map<string, Snippet>();
  const claimed = new Map<string, number>();
  const fileIds = new Map<string, number>();
  const items: PlanItem[] = [];
  const itemAt = new Map<number, PlanItem>();
  const current = (id: string): Snippet | undefined => touched.get(id) ?? byId.get(id);
  const infer = options.infer !== false;
  const total = parsed.entries.length;
  let seen = 0;

  const hold = (record: Snippet, index: number): void => {
    const previous = current(record.id);
    if (previous?.shortcut && previous.shortcut !== record.shortcut && owner.get(previous.shortcut)?.id === record.id) {
      owner.delete(previous.shortcut);
    }
    if (record.shortcut) owner.set(record.shortcut, { id: record.id, source: 'file', index });
    claimed.set(record.id, index);
  };
  const write = (record: Snippet, index: number): void => {
    hold(record, index);
    touched.set(record.id, record);
  };

  for (const entry of parsed.entries) {
    if (options.onProgress && ++seen % PROGRESS_EVERY === 0) options.onProgress(seen, total);
    const base = { index: entry.index, title: entry.title, problems: entry.problems, remarks: [...entry.remarks] };
    const c = entry.candidate;
    const duplicateOf = c?.id === undefined ? undefined : fileIds.get(c.id);
    if (!c || duplicateOf !== undefined) {
      const problems = c ? [notice('planSameId', { n: duplicateOf! + 1 })] : entry.problems;
      const item: PlanItem = { ...base, action: 'invalid', problems };
      items.push(item);
      itemAt.set(entry.index, item);
      continue;
    }
    if (c.id !== undefined) fileIds.set(c.id, entry.index);
    const { target, matchedBy } = findTarget(c, byId, owner, byTitle, claimed);
    if (target && claimed.has(target.id)) {
      const item: PlanItem = {
        ...base,
        action: 'invalid',
        problems: [notice('planAlreadyUpdates', { n: claimed.get(target.id)! + 1 })],
      };
      items.push(item);
      itemAt.set(entry.index, item);
      continue;
    }
    let record =
      target && matchedBy === 'id'
        ? restoreRecord(target, c, now)
        : target
          ? mergeContent(target, c, entry.provided, now, infer)
          : newRecord(c, c.id ?? newId(), now, infer);
    const item: PlanItem = { ...base, action: target ? 'changed' : 'new', snippetId: record.id, matchedBy };
    items.push(item);
    itemAt.set(entry.index, item);
    record = freeAliases(record, item, (a) => {
      const holder = owner.get(a)?.id ?? aliasOwner.get(a);
      return holder !== undefined && holder !== record.id ? current(holder)?.title : undefined;
    });
    for (const a of record.aliases ?? []) aliasOwner.set(a, record.id);

    const shortcut = record.shortcut;
    const holder = shortcut ? owner.get(shortcut) : undefined;
    if (!shortcut || !holder || holder.id === record.id) {
      if (target && sameData(record, target)) {
        item.action = 'unchanged';
        hold(record, entry.index);
      } else write(record, entry.index);
      continue;
    }
    const held = current(holder.id)!;
    const heldBy: ShortcutHolder =
      holder.source === 'library'
        ? { source: 'library', id: holder.id, title: held.title }
        : { source: 'file', index: holder.index, title: held.title };
    item.action = 'conflict';
    if (policy === 'skip') {
      item.conflict = { shortcut, heldBy, resolution: 'skipped' };
      delete item.snippetId;
    } else if (policy === 'keep-both') {
      const renamed = freeShortcut(shortcut, (s) => owner.has(s) || wanted.has(s));
      record = { ...record, shortcut: renamed };
      item.conflict = { shortcut, heldBy, resolution: 'renamed', newShortcut: renamed };
      write(record, entry.index);
    } else if (target) {
      item.conflict = { shortcut, heldBy, resolution: 'overwritten' };
      item.remarks.push(notice('planShortcutMoved', { title: held.title, shortcut }));
      owner.delete(shortcut);
      touched.set(held.id, withoutShortcut(held, now));
      write(record, entry.index);
    } else {
      record = mergeContent(held, c, entry.provided, now, infer);
      item.conflict = { shortcut, heldBy, resolution: 'overwritten' };
      item.snippetId = held.id;
      if (holder.source === 'file')
        itemAt.get(holder.index)?.remarks.push(notice('planReplacedBy', { n: entry.index + 1 }));
      write(record, entry.index);
    }
  }
  options.onProgress?.(total, total);
  return summarize(parsed, policy, items, [...touched.values()], options.existingNotes ?? []);
}

/** The record without the aliases someone else holds; each one left off is a remark. */
function freeAliases(record: Snippet, item: PlanItem, heldBy: (alias: string) => string | undefined): Snippet {
  if (!record.aliases?.length) return record;
  const kept = record.aliases.filter((a) => {
    const title = a === record.shortcut ? record.title : heldBy(a);
    if (title !== undefined) item.remarks.push(notice('planAliasTaken', { shortcut: a, title }));
    return title === undefined;
  });
  if (kept.length === record.aliases.length) return record;
  const next: Snippet = { ...record, aliases: kept };
  if (kept.length === 0) delete next.aliases;
  return next;
}

function findTarget(
  c: ImportCandidate,
  byId: ReadonlyMap<string, Snippet>,
  owner: ReadonlyMap<string, Holder>,
  byTitle: ReadonlyMap<string, Snippet[]>,
  claimed: ReadonlyMap<string, number>,
): { target?: Snippet; matchedBy?: PlanItem['matchedBy'] } {
  const byOwnId = c.id === undefined ? undefined : byId.get(c.id);
  if (byOwnId) return { target: byOwnId, matchedBy: 'id' };
  const title = normalizeLabel(c.title);
  if (c.shortcut) {
    const holder = owner.get(c.shortcut);
    const held = holder?.source === 'library' ? byId.get(holder.id) : undefined;
    if (held && !claimed.has(held.id) && normalizeLabel(held.title) === title) {
      return { target: held, matchedBy: 'shortcut' };
    }
    return {};
  }
  const sameTitle = byTitle.get(title)?.find((s) => !claimed.has(s.id) && !s.shortcut);
  return sameTitle ? { target: sameTitle, matchedBy: 'title' } : {};
}

function summarize(
  parsed: ParsedImport,
  policy: ConflictPolicy,
  items: PlanItem[],
  snippets: Snippet[],
  existingNotes: readonly Note[],
): Plan {
  const counts: PlanCounts = { new: 0, changed: 0, conflicting: 0, unchanged: 0, invalid: 0 };
  const key = { new: 'new', changed: 'changed', conflict: 'conflicting', unchanged: 'unchanged', invalid: 'invalid' };
  for (const item of items) counts[key[item.action] as keyof PlanCounts]++;
  const notesById = new Map(existingNotes.map((n) => [n.id, n]));
  const notes = { new: 0, changed: 0, unchanged: 0, invalid: parsed.invalidNotes?.length ?? 0 };
  const noteWrites: Note[] = [];
  for (const note of parsed.notes ?? []) {
    const stored = notesById.get(note.id);
    if (stored && sameData(stored, note)) {
      notes.unchanged++;
      continue;
    }
    notes[stored ? 'changed' : 'new']++;
    noteWrites.push(note);
  }
  return {
    format: parsed.format,
    policy,
    counts,
    items,
    invalid: items
      .filter((i) => i.action === 'invalid')
      .map((i) => ({ index: i.index, title: i.title, reasons: i.problems })),
    conflicts: items.filter((i): i is PlanItem & { conflict: ConflictInfo } => i.conflict !== undefined),
    notes,
    settings: parsed.settings !== undefined,
    warnings: parsed.warnings,
    writes: { snippets, notes: noteWrites },
  };
}
