import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { ImportError, type ImportErrorReason } from '@/lib/formats';
import { LibraryError } from '@/lib/db/errors';
import { MESSAGES, translate } from '@/lib/i18n/messages';
import {
  applyCompletion,
  errorText,
  filterSnippets,
  hotkeyFromEvent,
  IMPORT_REASON_KEYS,
  pageOf,
  parseTags,
  placeholderCompletion,
  selectionExport,
  sortSnippets,
  timeSavedSeconds,
  topUsed,
} from '@/lib/queries/options';
import { parseHotkey } from '@/lib/expand/keys';
import { TonlageFileSchema } from '@/lib/formats';
import { notice } from '@/lib/i18n/notice';

const snippet = (over: Partial<Snippet>): Snippet => ({
  id: over.title ?? 'x',
  title: 'x',
  body: '',
  format: 'text',
  tags: [],
  language: 'any',
  moods: [],
  createdAt: 1,
  updatedAt: 1,
  useCount: 0,
  ...over,
});

const library = [
  snippet({ title: 'Zustellung', tags: ['versand'], language: 'de', useCount: 3, lastUsedAt: 100 }),
  snippet({ title: 'Apology', shortcut: 'sorry', body: 'We are sorry', language: 'en', useCount: 7, lastUsedAt: 50 }),
  snippet({ title: 'Ärger', tags: ['versand', 'wut'], language: 'de', useCount: 0 }),
  snippet({ title: 'Refund', body: '<p>Refund <b>done</b></p>', format: 'html', language: 'en', useCount: 7 }),
];

describe('filtering and sorting', () => {
  it('filters by text (title, shortcut, tags, body), tag and language together', () => {
    const f = (text: string, tag = '', language: '' | Snippet['language'] = '') =>
      filterSnippets(library, { text, tag, language }).map((s) => s.title);
    expect(f('SORRY')).toEqual(['Apology']);
    expect(f('', 'versand')).toEqual(['Zustellung', 'Ärger']);
    expect(f('', 'versand', 'de')).toEqual(['Zustellung', 'Ärger']);
    expect(f('', '', 'en')).toEqual(['Apology', 'Refund']);
    expect(f('refund', '', 'de')).toEqual([]);
  });

  it('sorts by title (German collation), last used and most used with title as tie-breaker', () => {
    expect(sortSnippets(library, 'title').map((s) => s.title)).toEqual(['Apology', 'Ärger', 'Refund', 'Zustellung']);
    expect(sortSnippets(library, 'last-used').map((s) => s.title)).toEqual([
      'Zustellung',
      'Apology',
      'Ärger',
      'Refund',
    ]);
    expect(sortSnippets(library, 'most-used').map((s) => s.title)).toEqual([
      'Apology',
      'Refund',
      'Zustellung',
      'Ärger',
    ]);
  });

  it('pages 10,000 snippets and clamps the page', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => i);
    const first = pageOf(many, 0, 100);
    expect(first.items).toHaveLength(100);
    expect(first.pages).toBe(100);
    expect(pageOf(many, 500, 100).page).toBe(99);
    expect(pageOf([], 3, 100)).toEqual({ items: [], page: 0, pages: 1 });
  });

  it('parses comma-separated tags without blanks or duplicates', () => {
    expect(parseTags(' a, b ,, a ,c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('placeholder autocompletion', () => {
  it('offers names after "{{", prefix matches first', () => {
    const body = 'Hallo {{cus';
    const c = placeholderCompletion(body, body.length)!;
    expect(c.start).toBe(6);
    expect(c.items[0]).toBe('customer.first_name');
    expect(c.items).toContain('customer.email');
    expect(placeholderCompletion('Hallo {{', 8)!.items).toEqual(expect.arrayContaining(['agent.name', 'cursor']));
    expect(placeholderCompletion('{{dat', 5)!.items).toContain('date +3d');
    expect(placeholderCompletion('{{inp', 5)!.items).toContain('input:Label');
  });

  it('offers nothing outside an open placeholder or for an unknown prefix', () => {
    expect(placeholderCompletion('Hallo {{agent.name}} x', 22)).toBeNull();
    expect(placeholderCompletion('plain text', 5)).toBeNull();
    expect(placeholderCompletion('{{zzz', 5)).toBeNull();
    expect(placeholderCompletion('{{cus\ntomer', 11)).toBeNull();
  });

  it('inserts the chosen name and does not double a closing "}}"', () => {
    const c = placeholderCompletion('Hi {{cu', 7)!;
    expect(applyCompletion('Hi {{cu', 7, c, 'customer.name')).toEqual({ body: 'Hi {{customer.name}}', caret: 20 });
    const c2 = placeholderCompletion('Hi {{cu}}!', 7)!;
    expect(applyCompletion('Hi {{cu}}!', 7, c2, 'customer.name').body).toBe('Hi {{customer.name}}!');
  });
});

describe('statistics', () => {
  it('estimates time saved as Σ text length ÷ 5 characters per second (HTML counted as its text)', () => {
    const events = [{ snippetId: 'Apology' }, { snippetId: 'Apology' }, { snippetId: 'Refund' }, { snippetId: 'gone' }];
    // "We are sorry" = 12 chars twice, "Refund done" = 11 chars, a deleted snippet counts 0.
    expect(timeSavedSeconds(library, events)).toBeCloseTo((12 + 12 + 11) / 5);
    expect(timeSavedSeconds(library, [])).toBe(0);
  });

  it('lists the most used snippets, never unused ones', () => {
    expect(topUsed(library, 2).map((s) => s.title)).toEqual(['Apology', 'Refund']);
    expect(topUsed(library).map((s) => s.title)).not.toContain('Ärger');
  });
});

describe('messages', () => {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate('de', key, vars);

  it('has a German and an English message for every import reason code', () => {
    const reasons = Object.keys(IMPORT_REASON_KEYS) as ImportErrorReason[];
    expect(reasons).toHaveLength(16);
    for (const reason of reasons) {
      expect(MESSAGES.en[IMPORT_REASON_KEYS[reason]]).toBeTruthy();
      expect(MESSAGES.de[IMPORT_REASON_KEYS[reason]]).not.toBe(MESSAGES.en[IMPORT_REASON_KEYS[reason]]);
    }
  });

  it('translates import errors with the line and says the library is untouched', () => {
    const text = errorText(new ImportError('not-json', { line: 3 }), t);
    expect(text).toBe('Die Datei ist kein gültiges JSON. (Zeile 3) Ihre Bibliothek wurde nicht verändert.');
  });

  it('translates the library’s notices and keeps other errors as they are', () => {
    expect(errorText(new LibraryError(notice('quotaError'), 'quota'), t)).toContain('keinen Speicherplatz');
    const taken = new LibraryError(notice('libShortcutTaken', { shortcut: 'a', holder: 'B' }), 'shortcut-taken');
    expect(errorText(taken, t)).toBe('Das Kürzel „a“ ist schon an „B“ vergeben.');
    expect(errorText(new Error('a bug'), t)).toBe('a bug');
  });
});

describe('selection export and hotkeys', () => {
  it('exports only the given snippets as a valid Tonlage library file', () => {
    const file = TonlageFileSchema.parse(JSON.parse(selectionExport(library.slice(0, 2), 5)));
    expect(file.kind).toBe('library');
    expect(file.snippets.map((s) => s.title)).toEqual(['Zustellung', 'Apology']);
  });

  it('records key combinations that parseHotkey accepts', () => {
    const ev = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
      code,
      ctrlKey: false,
      altKey: false,
      shiftKey: false,
      metaKey: false,
      ...mods,
    });
    expect(hotkeyFromEvent(ev('Space', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+Space');
    expect(hotkeyFromEvent(ev('KeyK', { altKey: true }))).toBe('Alt+K');
    expect(hotkeyFromEvent(ev('ShiftLeft', { shiftKey: true }))).toBeNull();
    for (const combo of ['Ctrl+Shift+Space', 'Alt+K', 'Ctrl+7', 'Meta+.']) {
      const parsed = parseHotkey(combo);
      expect(parsed).not.toBeNull();
    }
    expect(parseHotkey(hotkeyFromEvent(ev('Period', { metaKey: true }))!)?.code).toBe('Period');
  });
});
