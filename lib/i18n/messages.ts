import { DE } from './de';
import { EN, type MessageKey } from './en';
import { formatNumber } from './format';

// The catalogue's two tables (en.ts, de.ts) and the one way to render an entry.

export type { MessageKey };

export const MESSAGES = { en: EN, de: DE } as const;
export type UiLanguage = keyof typeof MESSAGES;

/** The interface language: the setting, else the browser's language, else English. */
export function resolveUiLanguage(setting: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Numbers are written the language's way ("200.000" in German, "200,000" in English). */
export function translate(
  lang: UiLanguage,
  key: MessageKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
