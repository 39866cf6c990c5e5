import { expect } from 'vitest';
import { LibraryError } from '@/lib/db/errors';
import { translate } from '@/lib/i18n/messages';
import type { Notice } from '@/lib/i18n/notice';

// Tests read what lower layers report as the agent would: a notice rendered from the catalogue.

export const en = (n: Notice): string => translate('en', n.code, n.params);
export const de = (n: Notice): string => translate('de', n.code, n.params);

function said(error: unknown, lang: 'en' | 'de'): string {
  expect(error).toBeInstanceOf(LibraryError);
  return (error as LibraryError).notices.map((n) => translate(lang, n.code, n.params)).join(' ');
}

/** The English text of the LibraryError `run` throws. */
export function thrown(run: () => unknown, lang: 'en' | 'de' = 'en'): string {
  try {
    run();
  } catch (error) {
    return said(error, lang);
  }
  throw new Error('nothing was thrown');
}

/** The English text of the LibraryError `promise` rejects with. */
export async function rejected(promise: Promise<unknown>, lang: 'en' | 'de' = 'en'): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return said(error, lang);
  }
  throw new Error('the promise resolved');
}
