import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { restoreSnippets } from '../db/restore';
import type { Snippet, UsageEvent } from '../db/schema';
import { listNotes } from '../db/notes';
import { serializeTonlage, TonlageFileSchema } from '../formats/tonlage-json';
import { exportFileName } from '../formats/transfer';
import { jsonFile } from '../formats/export-protocol';
import { ALIASES, htmlToText, type TemplateValues, VARIABLES } from '../template';

// Queries and pure helpers of the options page (issue #8). Components stay thin; the
// helpers here are unit-tested in tests/unit/options.

export type { Translate } from './error-text';

export const notesQuery = () => queryOptions({ queryKey: ['notes', 'all'], queryFn: listNotes });
export const usageEventsQuery = () =>
  queryOptions({ queryKey: ['usage', 'events'], queryFn: (): Promise<UsageEvent[]> => getDb().usageEvents.toArray() });

/** Refetches everything the page shows (broadcasts also do it; this is for instant feedback). */
export function refreshAll(client: QueryClient): void {
  for (const key of ['snippets', 'notes', 'usage', 'settings']) void client.invalidateQueries({ queryKey: [key] });
}

/** Undo of a delete: the same ids and fields. */
export async function restoreSnippet(snippet: Snippet | readonly Snippet[]): Promise<void> {
  await restoreSnippets(Array.isArray(snippet) ? snippet : [snippet as Snippet]);
}

// ---- Filtering, sorting, paging ----

export type SortKey = 'title' | 'last-used' | 'most-used';
export interface SnippetFilter {
  text: string;
  tag: string;
  language: '' | Snippet['language'];
}

export function filterSnippets(snippets: readonly Snippet[], filter: SnippetFilter): Snippet[] {
  const needle = filter.text.trim().toLowerCase();
  return snippets.filter(
    (s) =>
      (!filter.tag || s.tags.includes(filter.tag)) &&
      (!filter.language || s.language === filter.language) &&
      (!needle || `${s.title}\n${s.shortcut ?? ''}\n${s.tags.join(' ')}\n${s.body}`.toLowerCase().includes(needle)),
  );
}

const byTitle = (a: Snippet, b: Snippet) => a.title.localeCompare(b.title, 'de');

export function sortSnippets(snippets: readonly Snippet[], key: SortKey): Snippet[] {
  const list = [...snippets];
  if (key === 'title') return list.sort(byTitle);
  if (key === 'most-used') return list.sort((a, b) => b.useCount - a.useCount || byTitle(a, b));
  return list.sort((a, b) => (b.lastUsedAt ?? -1) - (a.lastUsedAt ?? -1) || byTitle(a, b));
}

export const PAGE_SIZE = 200;

export function pageOf<T>(
  items: readonly T[],
  page: number,
  size = PAGE_SIZE,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(current * size, (current + 1) * size), page: current, pages };
}

export function allTags(snippets: readonly Snippet[]): string[] {
  return [...new Set(snippets.flatMap((s) => s.tags))].sort((a, b) => a.localeCompare(b, 'de'));
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

// ---- Placeholder autocompletion ----

export const PLACEHOLDER_EXTRAS = ['date +3d', 'cursor', 'input:Label'] as const;
const CANDIDATES: readonly string[] = [...VARIABLES, ...PLACEHOLDER_EXTRAS, ...Object.keys(ALIASES)];

export interface Completion {
  /** Offset of the "{{" that opened the placeholder. */
  start: number;
  query: string;
  items: string[];
}

/** What to offer when the caret is inside an unfinished "{{…" on the current line. */
export function placeholderCompletion(body: string, caret: number, limit = 11): Completion | null {
  const before = body.slice(0, caret);
  const start = before.lastIndexOf('{{');
  if (start < 0) return null;
  const query = before.slice(start + 2);
  if (/[}\n]/.test(query) || query.length > 40) return null;
  const q = query.trim().toLowerCase();
  const prefix = CANDIDATES.filter((c) => c.toLowerCase().startsWith(q));
  const inner = CANDIDATES.filter((c) => !prefix.includes(c) && c.toLowerCase().includes(q));
  const items = [...prefix, ...inner].slice(0, limit);
  return items.length ? { start, query, items } : null;
}

/** Inserts the chosen name: "{{name}}" replaces "{{query"; an existing "}}" right after is kept, not doubled. */
export function applyCompletion(body: string, caret: number, completion: Completion, name: string) {
  const after = body.slice(caret);
  const closes = after.startsWith('}}');
  const text = `{{${name}}}`;
  const next = body.slice(0, completion.start) + text + (closes ? after.slice(2) : after);
  return { body: next, caret: completion.start + text.length };
}

// ---- Preview ----

/** The sample ticket the editor's preview is rendered with. */
export function sampleValues(agentName: string, locale: 'de' | 'en', now = Date.now()): TemplateValues {
  return {
    customer: { name: 'Jonas Weber', firstName: 'Jonas', lastName: 'Weber', email: 'jonas.weber@example.de' },
    agent: { name: agentName.trim() || undefined },
    ticket: { id: '4711', subject: 'Rückgabe Hundefutter' },
    fields: {},
    now,
    locale,
  };
}

// ---- Statistics ----

export const CHARS_PER_SECOND = 5;

/** Seconds of typing saved: Σ over usage events of the inserted snippet's text length ÷ 5 characters per second. */
export function timeSavedSeconds(
  snippets: readonly Snippet[],
  events: readonly Pick<UsageEvent, 'snippetId'>[],
): number {
  const length = new Map(snippets.map((s) => [s.id, (s.format === 'html' ? htmlToText(s.body) : s.body).length]));
  const chars = events.reduce((sum, e) => sum + (length.get(e.snippetId) ?? 0), 0);
  return chars / CHARS_PER_SECOND;
}

export function topUsed(snippets: readonly Snippet[], n = 10): Snippet[] {
  return sortSnippets(
    snippets.filter((s) => s.useCount > 0),
    'most-used',
  ).slice(0, n);
}

// ---- Messages ----

export { errorText, IMPORT_REASON_KEYS, noticeText } from './error-text';

// ---- Files ----

/** Our JSON (library kind) with just these snippets. */
export function selectionExport(snippets: readonly Snippet[], now = Date.now()): string {
  const text = serializeTonlage({ kind: 'library', exportedAt: now, snippets });
  TonlageFileSchema.parse(JSON.parse(text));
  return text;
}

/** Downloads the chosen snippets as a library export. */
export function downloadSelection(snippets: readonly Snippet[], now = Date.now()): void {
  downloadBlob(exportFileName('library', now), jsonFile(selectionExport(snippets, now)));
}

export function downloadBlob(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---- Hotkeys ----

const CODE_NAMES: Record<string, string> = {
  Space: 'Space',
  Tab: 'Tab',
  Enter: 'Enter',
  Period: '.',
  Comma: ',',
  Slash: '/',
  Semicolon: ';',
};

/** "Ctrl+Shift+K" from a key press, or null for a lone modifier or a key parseHotkey cannot express. */
export function hotkeyFromEvent(
  e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>,
): string | null {
  const key = /^Key[A-Z]$/.test(e.code)
    ? e.code.slice(3)
    : /^Digit\d$/.test(e.code)
      ? e.code.slice(5)
      : CODE_NAMES[e.code];
  if (!key) return null;
  const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Meta'].filter(Boolean);
  return [...mods, key].join('+');
}
