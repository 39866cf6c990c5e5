import { type ShelfEntry } from '../db/shelf-schema';
import { sameData } from '../formats/same';
import { CONTENT_KEYS } from '../formats/types';

// The dry run of a shelf update: what replacing the stored entries with the source's would
// do, matched by id (one id per remote entry). Pure; replaceShelfEntries runs it again
// inside its transaction, so what it reports is what it wrote.

export type ShelfPlanAction = 'new' | 'changed' | 'removed' | 'unchanged';

export interface ShelfPlanItem {
  id: string;
  title: string;
  action: ShelfPlanAction;
}

export interface ShelfPlan {
  counts: Record<ShelfPlanAction, number>;
  /** Every entry of either side, new and changed first, then removed, then unchanged. */
  items: ShelfPlanItem[];
  /** True when applying the plan changes nothing. */
  empty: boolean;
}

const ORDER: Record<ShelfPlanAction, number> = { new: 0, changed: 1, removed: 2, unchanged: 3 };

/** Same content and origin; identity, timestamps and use counts don't count as a change. */
export function sameShelfContent(a: ShelfEntry, b: ShelfEntry): boolean {
  return CONTENT_KEYS.every((key) => sameData(a[key], b[key])) && sameData(a.origin, b.origin);
}

export function planShelfUpdate(current: readonly ShelfEntry[], next: readonly ShelfEntry[]): ShelfPlan {
  const before = new Map(current.map((e) => [e.id, e]));
  const items: ShelfPlanItem[] = [];
  const seen = new Set<string>();
  for (const entry of next) {
    seen.add(entry.id);
    const old = before.get(entry.id);
    const action: ShelfPlanAction = !old ? 'new' : sameShelfContent(old, entry) ? 'unchanged' : 'changed';
    items.push({ id: entry.id, title: entry.title, action });
  }
  for (const old of current) if (!seen.has(old.id)) items.push({ id: old.id, title: old.title, action: 'removed' });
  items.sort((a, b) => ORDER[a.action] - ORDER[b.action] || a.title.localeCompare(b.title));
  const counts = { new: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const item of items) counts[item.action]++;
  return { counts, items, empty: counts.new + counts.changed + counts.removed === 0 };
}
