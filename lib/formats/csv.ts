import Papa from 'papaparse';
import { cleanTags, looksLikeHtml, makeEntry, reportEvery } from './entry';
import { type ImportEntry, ImportError, type ParsedImport, type ParseOptions } from './types';
import { type Notice, notice } from '../i18n/notice';

// CSV with a header row. Columns are found by name, case-insensitively (English and German
// names); the delimiter (`,` `;` tab or `|`) is read from the header row, so German Excel's
// semicolon files work. Tags are split on `,` or `;` inside the cell. A body with HTML tags
// is imported as HTML. Encoding is decided in decode.ts (UTF-8, else Windows-1252).

type Column = 'title' | 'shortcut' | 'tags' | 'body' | 'language' | 'format';

const HEADERS: Record<Column, readonly string[]> = {
  title: ['title', 'name', 'label', 'titel'],
  shortcut: ['shortcut', 'abbreviation', 'trigger', 'kürzel', 'kuerzel', 'abkürzung'],
  tags: ['tags', 'tag', 'schlagwörter', 'schlagworte'],
  body: ['body', 'text', 'content', 'inhalt'],
  language: ['language', 'lang', 'sprache'],
  format: ['format'],
};

const LANGUAGES: Record<string, 'de' | 'en' | 'any'> = {
  de: 'de',
  deutsch: 'de',
  german: 'de',
  en: 'en',
  englisch: 'en',
  english: 'en',
  any: 'any',
  alle: 'any',
  '': 'any',
};

/** The delimiter that occurs most often in the header row, outside quotes. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t' || ch === '|')) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  let best = ',';
  let bestCount = 0;
  for (const [ch, n] of counts) {
    if (n > bestCount) [best, bestCount] = [ch, n];
  }
  return best;
}

function mapColumns(header: readonly string[]): { columns: Partial<Record<Column, number>>; ignored: string[] } {
  const columns: Partial<Record<Column, number>> = {};
  const ignored: string[] = [];
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(key));
    if (column && columns[column] === undefined) columns[column] = i;
    else if (key) ignored.push(name.trim());
  });
  return { columns, ignored };
}

function rowEntry(row: readonly string[], index: number, columns: Partial<Record<Column, number>>): ImportEntry {
  const cell = (c: Column): string | undefined => {
    const i = columns[c];
    return i === undefined ? undefined : (row[i] ?? '');
  };
  const problems: Notice[] = [];
  const remarks: Notice[] = [];
  const body = cell('body') ?? '';
  const raw: Record<string, unknown> = { body };
  const shortcut = cell('shortcut')?.trim();
  if (shortcut !== undefined) raw.shortcut = shortcut;
  const title = cell('title')?.trim() || shortcut || firstLine(body);
  if (!cell('title')?.trim() && title) remarks.push(notice('csvNoTitle', { title }));
  raw.title = title;
  const tags = cell('tags');
  if (tags !== undefined) raw.tags = cleanTags(tags.split(/[,;]/));
  const language = cell('language');
  if (language !== undefined) {
    const lang = LANGUAGES[language.trim().toLowerCase()];
    if (lang) raw.language = lang;
    else problems.push(notice('csvUnknownLanguage', { language }));
  }
  const format = cell('format')?.trim().toLowerCase();
  raw.format = format === 'html' || format === 'text' ? format : looksLikeHtml(body) ? 'html' : 'text';
  return makeEntry({ index, raw, checkTemplate: true, problems, remarks });
}

function firstLine(body: string): string {
  const line =
    body
      .replace(/<[^>]*>/g, ' ')
      .trim()
      .split(/\r?\n/)[0]
      ?.trim() ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export function parseCsv(text: string, options: ParseOptions = {}): ParsedImport {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw new ImportError('csv-syntax', { line: row, detail: fatal.message });
  }
  const [header, ...rows] = result.data;
  if (!header) throw new ImportError('empty');
  const { columns, ignored } = mapColumns(header);
  if (columns.body === undefined) {
    throw new ImportError('csv-no-body', { line: 1 });
  }
  if (rows.length === 0) throw new ImportError('no-entries');
  const warnings: Notice[] = [];
  if (ignored.length > 0) warnings.push(notice('csvIgnoredColumns', { columns: ignored.join(', ') }));
  const names = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' } as const;
  warnings.push(notice(`csvReadAs_${names[delimiter as keyof typeof names]}`));
  const progress = reportEvery(options, rows.length);
  const entries = rows.map((row, index) => {
    progress(index + 1);
    return rowEntry(row, index, columns);
  });
  return { format: 'csv', entries, warnings };
}
