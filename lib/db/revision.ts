import { ConflictError, type ConflictEntity } from './errors';

// Optimistic concurrency for snippets and notes. The revision of a stored entry is its
// `updatedAt`: every content write moves it strictly forward (even twice in one
// millisecond), so "the revision I started from" is the `updatedAt` the editor loaded.
// Using the existing field needs no schema change, travels in every export, and keeps
// insertions (use counts) from counting as edits, since recordUsage leaves updatedAt alone.

/** The revision a write starts from: the `updatedAt` of the entry as the writer last read it. */
export type Revision = number;

/** What every content write of an existing entry must say. */
export interface WriteBase {
  base: Revision;
  now?: number;
}

/** Refuses a write whose base is not the stored revision. Call inside the write's transaction. */
export function assertRevision<T extends { updatedAt: number }>(
  entity: ConflictEntity,
  current: T,
  base: Revision,
): void {
  if (current.updatedAt !== base) throw new ConflictError<T>(entity, current);
}

/** The next revision: now, but always after the current one. */
export function nextRevision(current: { updatedAt: number }, now = Date.now()): number {
  return Math.max(now, current.updatedAt + 1);
}
