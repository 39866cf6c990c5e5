import type { Shelf, ShelfChange, ShelfEntryInput, ShelfError } from '../db/shelf-schema';
import { type FetchPackOptions, fetchPack } from './pack';
import type { ShelfPlan } from './plan';
import { getShelf, markShelfFresh, previewShelfEntries, recordShelfError, replaceShelfEntries } from './store';

// One refresh of a pack shelf: fetch, then record the outcome. A failure only sets the
// shelf's error; the entries stay the last good copy. With `apply: false` a changed pack is
// only planned (the options page shows the dry run, then applies the same entries).

export type PackRefresh =
  | { status: 'unchanged'; shelf: Shelf }
  | { status: 'failed'; error: Omit<ShelfError, 'at'> }
  | { status: 'applied'; plan: ShelfPlan }
  | { status: 'preview'; plan: ShelfPlan; pending: PendingPack };

export interface PendingPack {
  shelfId: string;
  entries: ShelfEntryInput[];
  etag?: string;
}

export async function refreshPack(
  shelfId: string,
  options: FetchPackOptions & { apply: boolean; trigger?: ShelfChange['trigger'] },
): Promise<PackRefresh> {
  const shelf = await getShelf(shelfId);
  if (!shelf || shelf.kind !== 'pack') return { status: 'failed', error: { code: 'not-found' } };
  const now = options.now ?? Date.now();
  const unconditional = options.unconditional || shelf.entryCount === 0;
  const result = await fetchPack(shelf, { ...options, unconditional, now });
  if (result.status === 'not-modified') return { status: 'unchanged', shelf: await markShelfFresh(shelfId, { now }) };
  if (result.status === 'failed') {
    await recordShelfError(shelfId, { ...result.error, at: now });
    return result;
  }
  const pending = { shelfId, entries: result.entries, etag: result.etag };
  if (options.apply) return { status: 'applied', plan: await applyPack(pending, now, options.trigger) };
  const plan = await previewShelfEntries(shelfId, result.entries, now);
  if (plan.empty) {
    await applyPack(pending, now);
    return { status: 'unchanged', shelf: (await getShelf(shelfId))! };
  }
  return { status: 'preview', plan, pending };
}

export function applyPack(
  pending: PendingPack,
  now = Date.now(),
  trigger: ShelfChange['trigger'] = 'manual',
): Promise<ShelfPlan> {
  return replaceShelfEntries(pending.shelfId, pending.entries, { etag: pending.etag, now, trigger });
}
