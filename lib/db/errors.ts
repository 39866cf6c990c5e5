import type { z } from 'zod';
import type { MessageKey } from '../i18n/messages';
import { type Notice, notice } from '../i18n/notice';
import { describeIssues } from '../issues';

/**
 * A write the library refuses. `notice` is what the agent reads (a catalogue key and its
 * values, rendered by the interface), `also` any further problems of the same write;
 * `message` names the keys and any technical detail, for logs and developers only.
 */
export const LIBRARY_ERROR_CODES = ['invalid', 'shortcut-taken', 'not-found', 'quota', 'conflict'] as const;
export type LibraryErrorCode = (typeof LIBRARY_ERROR_CODES)[number];

export class LibraryError extends Error {
  constructor(
    readonly notice: Notice,
    readonly code: LibraryErrorCode,
    detail?: string,
    readonly also: readonly Notice[] = [],
  ) {
    super(detail ? `${notice.code}: ${detail}` : notice.code);
    this.name = 'LibraryError';
  }

  /** Everything the agent should read, first the main problem. */
  get notices(): readonly Notice[] {
    return [this.notice, ...this.also];
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
    super(notice(`libConflict_${entity}`), 'conflict');
    this.name = 'ConflictError';
  }
}

/** The schema messages that are catalogue keys (lib/db/schema.ts writes them as zod messages). */
const ISSUE_CODES = [
  'libShortcutShort',
  'libShortcutLong',
  'libShortcutSpaces',
  'libTitleRequired',
  'libBodyLong',
] as const satisfies readonly MessageKey[];
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A zod message that the catalogue translates. */
export const issueCode = (code: IssueCode): IssueCode => code;

interface Issue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
}

/** One zod issue for the agent: the schema's own code with its bound, else "<field>: not valid". */
export function issueNotice(issue: Issue): Notice {
  if ((ISSUE_CODES as readonly string[]).includes(issue.message)) {
    const bounds = {
      ...(issue.minimum !== undefined && { min: Number(issue.minimum) }),
      ...(issue.maximum !== undefined && { max: Number(issue.maximum) }),
    };
    return notice(issue.message as IssueCode, bounds);
  }
  const field = (issue.path ?? []).map(String).join('.');
  return field ? notice('libInvalidField', { field }) : notice('libInvalid');
}

/** Parses with a schema and turns zod's issues into one LibraryError. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first = notice('libInvalid'), ...rest] = result.error.issues.map(issueNotice);
  throw new LibraryError(first, 'invalid', describeIssues(result.error), rest);
}

/** Maps IndexedDB's quota and constraint failures to errors the agent can act on. */
export function translateDbError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new LibraryError(notice('quotaError'), 'quota');
  }
  return error;
}
