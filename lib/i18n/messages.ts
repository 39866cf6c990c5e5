import { formatNumber } from './format';
import { CONFLICT_DE, CONFLICT_EN } from './conflict';
import { CONTENT_DE, CONTENT_EN } from './content';
import { MANAGER_DE, MANAGER_EN } from './manager';
import { OPTIONS_DE, OPTIONS_EN } from './options';
import { PALETTE_DE, PALETTE_EN } from './palette';
import { PANEL_DE, PANEL_EN } from './panel';
import { SHELVES_DE, SHELVES_EN } from './shelves';
import { TONE_DE, TONE_EN } from './tone';
import { ZENDESK_SHELF_DE, ZENDESK_SHELF_EN } from './zendesk-shelf';

// The catalogue: user-facing text, one table per language (`MESSAGES.en`, `MESSAGES.de`).
// English is the reference: the German table must have exactly the same keys (the type
// checker enforces it). Each UI area keeps its section in its own file (panel.ts,
// options.ts, conflict.ts, content.ts, tone.ts) so that areas can grow independently; this file joins them.

const coreEn = {
  appName: 'Tonlage',
  panelTitle: 'Tonlage co-pilot',
  noReplyBox: 'No reply box here.',
  noReplyBoxHint: 'Open a ticket in Zendesk or a conversation in Gmail.',
  noConversation: 'No conversation detected in this tab.',
  noSubject: 'Conversation without a subject',
  ticket: 'Ticket',
  customer: 'Customer',
  subject: 'Subject',
  lastMessage: 'Last message from the customer',
  library: 'Library',
  searchLibrary: 'Search the library',
  snippetCount: '{count} snippets',
  noSnippets: 'No snippets yet.',
  optionsTitle: 'Tonlage – library and settings',
  newSnippet: 'New snippet',
  title: 'Title',
  shortcut: 'Shortcut',
  body: 'Text',
  language: 'Language',
  languageAny: 'Any',
  save: 'Save',
  delete: 'Delete',
  saved: 'Saved.',
  snippets: 'Snippets',
  loading: 'Loading…',
  paletteTitle: 'Insert a template',
  paletteSearchPlaceholder: 'Search templates (title, shortcut, text)…',
  paletteHelp: '↑↓ choose · Enter insert · Esc close',
  noMatches: 'Nothing found.',
} as const;

const en = {
  ...coreEn,
  ...PANEL_EN,
  ...PALETTE_EN,
  ...OPTIONS_EN,
  ...MANAGER_EN,
  ...CONFLICT_EN,
  ...CONTENT_EN,
  ...TONE_EN,
  ...SHELVES_EN,
  ...ZENDESK_SHELF_EN,
};
export type MessageKey = keyof typeof en;

const coreDe: Record<keyof typeof coreEn, string> = {
  appName: 'Tonlage',
  panelTitle: 'Tonlage-Co-Pilot',
  noReplyBox: 'Hier gibt es kein Antwortfeld.',
  noReplyBoxHint: 'Öffnen Sie ein Ticket in Zendesk oder eine Unterhaltung in Gmail.',
  noConversation: 'In diesem Tab wurde keine Unterhaltung erkannt.',
  noSubject: 'Unterhaltung ohne Betreff',
  ticket: 'Ticket',
  customer: 'Kunde',
  subject: 'Betreff',
  lastMessage: 'Letzte Nachricht des Kunden',
  library: 'Bibliothek',
  searchLibrary: 'Bibliothek durchsuchen',
  snippetCount: '{count} Textbausteine',
  noSnippets: 'Noch keine Textbausteine.',
  optionsTitle: 'Tonlage – Bibliothek und Einstellungen',
  newSnippet: 'Neuer Textbaustein',
  title: 'Titel',
  shortcut: 'Kürzel',
  body: 'Text',
  language: 'Sprache',
  languageAny: 'Beliebig',
  save: 'Speichern',
  delete: 'Löschen',
  saved: 'Gespeichert.',
  snippets: 'Textbausteine',
  loading: 'Wird geladen …',
  paletteTitle: 'Vorlage einfügen',
  paletteSearchPlaceholder: 'Vorlagen suchen (Titel, Kürzel, Text) …',
  paletteHelp: '↑↓ auswählen · Enter einfügen · Esc schließen',
  noMatches: 'Nichts gefunden.',
};

const de: Record<MessageKey, string> = {
  ...coreDe,
  ...PANEL_DE,
  ...PALETTE_DE,
  ...OPTIONS_DE,
  ...MANAGER_DE,
  ...CONFLICT_DE,
  ...CONTENT_DE,
  ...TONE_DE,
  ...SHELVES_DE,
  ...ZENDESK_SHELF_DE,
};

export const MESSAGES = { en, de } as const;
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
