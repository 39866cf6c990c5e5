import { LibraryError } from '../db/errors';
import { ImportError } from '../formats/types';
import type { MessageKey } from '../i18n/messages';
import type { Notice } from '../i18n/notice';

// Failures as the agent reads them, for every extension page (options, side panel).

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export { IMPORT_REASON_KEYS } from '../formats/types';

/** A notice (lib/i18n/notice.ts) in the agent's language. */
export const noticeText = (n: Notice, t: Translate): string => t(n.code, n.params);

/** A failure as the agent should read it: the library's and the importer's notices translated, other errors as they are. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ImportError) {
    const where = error.line ? ` ${t('importErrLine', { line: error.line })}` : '';
    return `${noticeText(error.notice, t)}${where} ${t('libraryUntouched')}`;
  }
  if (error instanceof LibraryError) return error.notices.map((n) => noticeText(n, t)).join(' ');
  return error instanceof Error ? error.message : String(error);
}
