import { getDb } from '../db/database';
import { translateDbError } from '../db/errors';
import {
  SHELF_CHANGE_ITEMS,
  type Shelf,
  type ShelfChange,
  type ShelfEntry,
  type ShelfEntryInput,
  ShelfEntryInputSchema,
  ShelfEntrySchema,
  type ShelfError,
  ShelfErrorSchema,
  type ShelfKind,
  ShelfSchema,
  shelfEntryId,
} from '../db/shelf-schema';
import { compact } from '../formats/same';
import { publish } from '../messaging/broadcast';
import { withInferredFacets } from '../suggest/infer';
import { planShelfUpdate, type ShelfPlan } from './plan';

// The shelf repository, the only writer of the shelves and shelfEntries tables. Entries are
// replaced as a whole per refresh, in one transaction: a refresh that fails half-way leaves
// the last good copy. Every write publishes `library-changed` for "shelves".

/** Why the store refused; `code` is translated in lib/i18n (`shelf.refused.<code>`). */
export class ShelfRefusal extends Error {
  constructor(
    readonly code: 'not-found' | 'preset' | 'duplicate-entry' | 'invalid',
    readonly detail?: string,
  ) {
    super(detail ? `shelf ${code}: ${detail}` : `shelf ${code}`);
    this.name = 'ShelfRefusal';
  }
}

export interface ShelfInit {
  id: string;
  kind: ShelfKind;
  label: string;
  source: string;
  enabled?: boolean;
  preset?: boolean;
  sha256?: string;
}

export interface ReplaceMeta {
  etag?: string;
  now?: number;
  /** Who asked for this update; recorded with what it changed (`Shelf.lastChange`). */
  trigger?: ShelfChange['trigger'];
}

/** The record of an applied plan that changed something, for the agent to read afterwards. */
export function shelfChange(plan: ShelfPlan, at: number, trigger: ShelfChange['trigger']): ShelfChange {
  const items = plan.items.flatMap((i) =>
    i.action === 'unchanged' ? [] : [{ title: i.title.slice(0, 200), action: i.action }],
  );
  const { new: added, changed, removed } = plan.counts;
  return { at, trigger, counts: { new: added, changed, removed }, items: items.slice(0, SHELF_CHANGE_ITEMS) };
}

function changed(): void {
  publish({ kind: 'library-changed', tables: ['shelves'] });
}

function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ShelfRefusal('invalid', error instanceof Error ? error.message.slice(0, 500) : undefined);
  }
}

async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translateDbError(error);
  }
}

export async function listShelves(): Promise<Shelf[]> {
  return getDb().shelves.orderBy('label').toArray();
}

export async function getShelf(id: string): Promise<Shelf | undefined> {
  return getDb().shelves.get(id);
}

export async function listShelfEntries(shelfId: string): Promise<ShelfEntry[]> {
  return getDb().shelfEntries.where('shelfId').equals(shelfId).toArray();
}

export async function getShelfEntry(id: string): Promise<ShelfEntry | undefined> {
  return getDb().shelfEntries.get(id);
}

/** Creates the shelf, or updates its label, source, switch, preset flag and pin; entries stay. */
export async function saveShelf(init: ShelfInit, now = Date.now()): Promise<Shelf> {
  const db = getDb();
  const shelf = await write(() =>
    db.transaction('rw', db.shelves, async () => {
      const current = await db.shelves.get(init.id);
      const next = parsed(() =>
        ShelfSchema.parse(
          compact({
            ...(current ?? { createdAt: now, entryCount: 0, revision: 0, enabled: true }),
            ...compact(init),
            sha256: init.sha256,
          }),
        ),
      );
      await db.shelves.put(next);
      return next;
    }),
  );
  changed();
  return shelf;
}

export async function setShelfEnabled(id: string, enabled: boolean): Promise<Shelf> {
  return patchShelf(id, (s) => ({ ...s, enabled }));
}

/** A refresh that found nothing new (HTTP 304): the copy is current as of `now`. */
export async function markShelfFresh(id: string, meta: ReplaceMeta = {}): Promise<Shelf> {
  return patchShelf(id, (s) => {
    const next = { ...s, lastRefreshAt: meta.now ?? Date.now(), etag: meta.etag ?? s.etag };
    delete next.lastError;
    return next;
  });
}

/** A failed refresh: the entries stay as they were, the shelf says why. */
export async function recordShelfError(id: string, error: Omit<ShelfError, 'at'> & { at?: number }): Promise<Shelf> {
  const lastError = parsed(() => ShelfErrorSchema.parse({ ...error, at: error.at ?? Date.now() }));
  return patchShelf(id, (s) => ({ ...s, lastError }));
}

async function patchShelf(id: string, patch: (s: Shelf) => Shelf): Promise<Shelf> {
  const db = getDb();
  const shelf = await write(() =>
    db.transaction('rw', db.shelves, async () => {
      const current = await db.shelves.get(id);
      if (!current) throw new ShelfRefusal('not-found', id);
      const next = parsed(() => ShelfSchema.parse(compact(patch(current))));
      await db.shelves.put(next);
      return next;
    }),
  );
  changed();
  return shelf;
}

/** The stored form of the source's entries, keeping use counts and creation times of known ones. */
export function toShelfEntries(
  shelfId: string,
  inputs: readonly ShelfEntryInput[],
  previous: ReadonlyMap<string, ShelfEntry>,
  now: number,
): ShelfEntry[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    // Team entries are suggested like own ones: language and moods the source left open are
    // inferred from the text (marked as such), as on import; values the source set stay.
    const draft = withInferredFacets(parsed(() => ShelfEntryInputSchema.parse(input)));
    const id = shelfEntryId(shelfId, draft.origin.remoteId);
    if (seen.has(id)) throw new ShelfRefusal('duplicate-entry', draft.origin.remoteId);
    seen.add(id);
    const old = previous.get(id);
    const stamp = draft.origin.updatedAt ?? now;
    const entry = parsed(() =>
      ShelfEntrySchema.parse(
        compact({
          ...draft,
          shortcut: draft.shortcut || undefined,
          id,
          shelfId,
          createdAt: old?.createdAt ?? stamp,
          updatedAt: stamp,
          useCount: old?.useCount ?? 0,
          lastUsedAt: old?.lastUsedAt,
        }),
      ),
    );
    // An unchanged entry keeps its stored revision, so the search index need not re-read it.
    if (old && planShelfUpdate([old], [entry]).empty) return old;
    if (old) entry.updatedAt = Math.max(entry.updatedAt, old.updatedAt + 1);
    return entry;
  });
}

/** The dry run of `replaceShelfEntries` against what is stored now. */
export async function previewShelfEntries(
  shelfId: string,
  inputs: readonly ShelfEntryInput[],
  now = Date.now(),
): Promise<ShelfPlan> {
  const current = await listShelfEntries(shelfId);
  const next = toShelfEntries(shelfId, inputs, new Map(current.map((e) => [e.id, e])), now);
  return planShelfUpdate(current, next);
}

/**
 * Makes the shelf's entries exactly `inputs`, in one transaction: every entry is validated
 * before anything is written, and a failure leaves the previous entries and meta untouched.
 * Clears the shelf's error and records the refresh time, the ETag and, if anything changed,
 * what did (`lastChange`). Returns the plan.
 */
export async function replaceShelfEntries(
  shelfId: string,
  inputs: readonly ShelfEntryInput[],
  meta: ReplaceMeta = {},
): Promise<ShelfPlan> {
  const now = meta.now ?? Date.now();
  const db = getDb();
  const plan = await write(() =>
    db.transaction('rw', db.shelves, db.shelfEntries, async () => {
      const shelf = await db.shelves.get(shelfId);
      if (!shelf) throw new ShelfRefusal('not-found', shelfId);
      const current = await db.shelfEntries.where('shelfId').equals(shelfId).toArray();
      const next = toShelfEntries(shelfId, inputs, new Map(current.map((e) => [e.id, e])), now);
      const plan = planShelfUpdate(current, next);
      const removed = plan.items.filter((i) => i.action === 'removed').map((i) => i.id);
      if (removed.length > 0) await db.shelfEntries.bulkDelete(removed);
      const written = new Set(plan.items.filter((i) => i.action === 'new' || i.action === 'changed').map((i) => i.id));
      await db.shelfEntries.bulkPut(next.filter((e) => written.has(e.id)));
      const updated: Shelf = {
        ...shelf,
        lastRefreshAt: now,
        etag: meta.etag,
        entryCount: next.length,
        revision: plan.empty ? shelf.revision : shelf.revision + 1,
        lastChange: plan.empty ? shelf.lastChange : shelfChange(plan, now, meta.trigger ?? 'manual'),
      };
      delete updated.lastError;
      await db.shelves.put(parsed(() => ShelfSchema.parse(compact(updated))));
      return plan;
    }),
  );
  changed();
  return plan;
}

/** Unsubscribes: the shelf and its entries go. A preset can only go with `asAdmin`. */
export async function removeShelf(id: string, options: { asAdmin?: boolean } = {}): Promise<void> {
  const db = getDb();
  await write(() =>
    db.transaction('rw', db.shelves, db.shelfEntries, async () => {
      const shelf = await db.shelves.get(id);
      if (!shelf) return;
      if (shelf.preset && !options.asAdmin) throw new ShelfRefusal('preset', id);
      await db.shelfEntries.where('shelfId').equals(id).delete();
      await db.shelves.delete(id);
    }),
  );
  changed();
}

/** Every entry of the switched-on shelves (search index, suggestions). */
export async function listEnabledShelfEntries(): Promise<{ shelves: Shelf[]; entries: ShelfEntry[] }> {
  const db = getDb();
  return db.transaction('r', db.shelves, db.shelfEntries, async () => {
    const shelves = (await db.shelves.toArray()).filter((s) => s.enabled);
    const entries = await db.shelfEntries
      .where('shelfId')
      .anyOf(shelves.map((s) => s.id))
      .toArray();
    return { shelves, entries };
  });
}

/** A switched-on team entry with this shortcut (own snippets win; the caller asks them first). */
export async function findTeamByShortcut(shortcut: string): Promise<ShelfEntry | undefined> {
  const db = getDb();
  const enabled = new Set((await db.shelves.toArray()).filter((s) => s.enabled).map((s) => s.id));
  const entries = await db.shelfEntries.where('shortcut').equals(shortcut).toArray();
  return entries.find((e) => enabled.has(e.shelfId) && !e.inactive);
}

/** The shortcuts of switched-on team entries (the content script's expansion list). */
export async function teamShortcuts(): Promise<string[]> {
  const { entries } = await listEnabledShelfEntries();
  return entries.flatMap((e) => (e.shortcut && !e.inactive ? [e.shortcut] : []));
}
