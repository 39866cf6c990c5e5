import { CONTENT_DE } from './de';
import { CONTENT_EN, type ContentKey } from './en';

// The content script's strings (insertion failures, toasts), in the agent's language. They
// are a section of the catalogue (en.ts, de.ts) kept as a named constant, so the content
// script bundles these few and not the whole catalogue. The language is the agent's setting,
// sent by the background with the content script's configuration (`content.config`).

export type { ContentKey };

// Until the background answers, the browser's language is the best guess.
let language: 'de' | 'en' = globalThis.navigator?.language?.toLowerCase().startsWith('de') ? 'de' : 'en';

/** Called with each configuration the background sends. */
export function setContentLanguage(next: 'de' | 'en'): void {
  language = next;
}

export function contentText(key: ContentKey): string {
  return (language === 'de' ? CONTENT_DE : CONTENT_EN)[key];
}
