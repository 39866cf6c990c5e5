import type { z } from 'zod';
import { describeIssues } from '../issues';

/** A write the library refuses, with a message fit to show the agent. */
export class LibraryError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid' | 'shortcut-taken' | 'not-found' | 'quota' | 'conflict',
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export type ConflictEntity = 'snippet' | 'note' | 'settings';

/**
 * A write refused because the entry changed elsewhere since the writer read it. Carries what
 * is stored now, so the interface can offer "reload", "keep mine" (write again with
 * `current`'s revision as the base) and "see both".
 */
export class ConflictError<T = unknown> extends LibraryError {
  constructor(
    readonly entity: ConflictEntity,
    readonly current: T,
  ) {
    super(`This ${entity} was changed elsewhere after you opened it. Nothing was saved.`, 'conflict');
    this.name = 'ConflictError';
  }
}

/** Parses with a schema and turns zod's issues into one readable LibraryError. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new LibraryError(describeIssues(result.error), 'invalid');
}

/** Maps IndexedDB's quota and constraint failures to errors the agent can act on. */
export function translateDbError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new LibraryError('The browser has no more storage for Tonlage. Nothing was changed.', 'quota');
  }
  return error;
}
