import { getDb } from '../db/database';
import type { Shelf } from '../db/shelf-schema';
import type { SearchIndex } from '../search';

// The team shelves' part of the palette's search index. Shelf entries are indexed on their
// shelf (its id), so own-library bookkeeping (library-index.ts) can tell them apart. A shelf
// is re-read as a whole when its revision moved: refreshes replace entries wholesale, and
// re-adding 5,000 entries costs less than diffing them. Switched-off shelves are dropped.

export interface IndexedShelf {
  revision: number;
  ids: Set<string>;
  label: string;
  kind: Shelf['kind'];
}

export type ShelfMarks = Map<string, IndexedShelf>;

/** "shelfId@revision" for each indexed shelf, sorted: part of the packed index's stamp. */
export function shelfStamp(marks: ShelfMarks): string {
  return [...marks]
    .map(([id, m]) => `${encodeURIComponent(id)}@${m.revision}`)
    .sort()
    .join(',');
}

export function parseShelfStamp(stamp: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of stamp.split(',').filter(Boolean)) {
    const at = part.lastIndexOf('@');
    out.set(decodeURIComponent(part.slice(0, at)), Number(part.slice(at + 1)));
  }
  return out;
}

/**
 * Brings the index's shelves in line with the switched-on shelves in the database.
 * `restored`: revisions a saved index claims to hold (their ids are read back, not re-indexed).
 * Returns whether the index changed.
 */
export async function syncShelves(
  index: SearchIndex,
  marks: ShelfMarks,
  restored?: ReadonlyMap<string, number>,
): Promise<boolean> {
  const { shelves, shelfEntries } = getDb();
  const enabled = (await shelves.toArray()).filter((s) => s.enabled);
  const wanted = new Map(enabled.map((s) => [s.id, s]));
  let changed = false;
  for (const id of new Set([...marks.keys(), ...(restored?.keys() ?? [])])) {
    if (wanted.has(id)) continue;
    index.removeShelf(id);
    marks.delete(id);
    changed = true;
  }
  for (const shelf of enabled) {
    const known = marks.get(shelf.id);
    const mark = { revision: shelf.revision, label: shelf.label, kind: shelf.kind };
    if (known?.revision === shelf.revision) {
      Object.assign(known, mark);
      continue;
    }
    if (!known && restored?.get(shelf.id) === shelf.revision) {
      const ids = await shelfEntries.where('shelfId').equals(shelf.id).primaryKeys();
      marks.set(shelf.id, { ...mark, ids: new Set(ids) });
      continue;
    }
    // Read first, then swap without a pause: a search that runs meanwhile (they are not
    // queued behind syncs) sees the shelf's old entries or its new ones, never none.
    const entries = await shelfEntries.where('shelfId').equals(shelf.id).toArray();
    index.removeShelf(shelf.id);
    for (const entry of entries) index.add(entry, shelf.id);
    marks.set(shelf.id, { ...mark, ids: new Set(entries.map((e) => e.id)) });
    changed = true;
  }
  return changed;
}

/** The shelf an indexed id belongs to, if it is a team entry. */
export function shelfOf(marks: ShelfMarks, id: string): [string, IndexedShelf] | undefined {
  for (const entry of marks) if (entry[1].ids.has(id)) return entry;
  return undefined;
}

export function teamEntryCount(marks: ShelfMarks): number {
  let n = 0;
  for (const m of marks.values()) n += m.ids.size;
  return n;
}
