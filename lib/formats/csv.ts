import Papa from 'papaparse';
import { cleanTags, looksLikeHtml, makeEntry, reportEvery } from './entry';
import { type ImportEntry, ImportError, type ParsedImport, type ParseOptions } from './types';

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

function rowEntry(
  row: readonly string[],
  index: number,
  columns: Partial<Record<Column, number>>,
  options: ParseOptions,
): ImportEntry {
  const cell = (c: Column): string | undefined => {
    const i = columns[c];
    return i === undefined ? undefined : (row[i] ?? '');
  };
  const problems: string[] = [];
  const remarks: string[] = [];
  const body = cell('body') ?? '';
  const raw: Record<string, unknown> = { body };
  const shortcut = cell('shortcut')?.trim();
  if (shortcut !== undefined) raw.shortcut = shortcut;
  const title = cell('title')?.trim() || shortcut || firstLine(body);
  if (!cell('title')?.trim() && title) remarks.push(`No title; "${title}" was used.`);
  raw.title = title;
  const tags = cell('tags');
  if (tags !== undefined) raw.tags = cleanTags(tags.split(/[,;]/));
  const language = cell('language');
  if (language !== undefined) {
    const lang = LANGUAGES[language.trim().toLowerCase()];
    if (lang) raw.language = lang;
    else problems.push(`Unknown language "${language}" (use de, en or any).`);
  }
  const format = cell('format')?.trim().toLowerCase();
  raw.format = format === 'html' || format === 'text' ? format : looksLikeHtml(body) ? 'html' : 'text';
  return makeEntry({ index, raw, checkTemplate: true, problems, remarks, uiLanguage: options.uiLanguage });
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
    throw new ImportError(`CSV error in record ${row}: ${fatal.message}.`, 'csv-syntax', row);
  }
  const [header, ...rows] = result.data;
  if (!header) throw new ImportError('The file is empty.', 'empty');
  const { columns, ignored } = mapColumns(header);
  if (columns.body === undefined) {
    throw new ImportError(
      'The CSV file has no body column. Its first row must name the columns, for example "title;shortcut;tags;body" (the body column may also be called text or content).',
      'csv-no-body',
      1,
    );
  }
  if (rows.length === 0) throw new ImportError('The CSV file has a header row but no snippets.', 'no-entries');
  const warnings: string[] = [];
  if (ignored.length > 0) warnings.push(`Ignored columns: ${ignored.join(', ')}.`);
  const names = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' } as const;
  warnings.push(`Read as ${names[delimiter as keyof typeof names]}-separated values.`);
  const progress = reportEvery(options, rows.length);
  const entries = rows.map((row, index) => {
    progress(index + 1);
    return rowEntry(row, index, columns, options);
  });
  return { format: 'csv', entries, warnings };
}
