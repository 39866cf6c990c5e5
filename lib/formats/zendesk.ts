import { FOLDER_SEPARATOR, splitTitle } from '../folders';
import { cleanTags, makeEntry, reportEvery } from './entry';
import { type ImportEntry, ImportError, type ParsedImport, type ParseOptions } from './types';
import { type Notice, notice } from '../i18n/notice';

// Zendesk macros as the API returns them: GET /api/v2/macros (`{"macros": [...]}`), one
// macro (`{"macro": {...}}`) or a bare array. The comment text becomes the body: the HTML
// version if there is one, else the plain one. "Returns::Damaged item" keeps its categories
// in the title, where the library manager shows them as folders (lib/queries/folders.ts),
// and is written with tidy separators. Zendesk placeholders stay as written: the template
// language accepts them as aliases; ones it does not know make the macro invalid.

interface Action {
  field?: unknown;
  value?: unknown;
}

function macroList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value.every(isMacroLike) && value.length > 0 ? value : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { macros?: unknown; macro?: unknown };
  if (Array.isArray(record.macros)) return record.macros;
  if (isMacroLike(record.macro)) return [record.macro];
  return undefined;
}

function isMacroLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { actions?: unknown }).actions);
}

export function isZendeskMacros(value: unknown): boolean {
  return macroList(value) !== undefined;
}

/** `comment_value` is a string or a `["channel:all", text]` pair. */
function commentText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts = value.filter((v): v is string => typeof v === 'string');
    return texts.length >= 2 ? texts[texts.length - 1] : undefined;
  }
  return undefined;
}

/** " Returns :: Damaged item" → "Returns::Damaged item": the folders as Zendesk shows them. */
export function tidyCategories(title: string): string {
  const { folder, name } = splitTitle(title);
  return [...folder, name].join(FOLDER_SEPARATOR);
}

function parseMacro(macro: unknown, index: number): ImportEntry {
  if (typeof macro !== 'object' || macro === null) {
    return { index, problems: [notice('zdNotMacro')], provided: [], remarks: [] };
  }
  const m = macro as { title?: unknown; active?: unknown; actions?: unknown };
  const fullTitle = typeof m.title === 'string' ? m.title : '';
  const title = tidyCategories(fullTitle);
  const tags: string[] = [];
  const actions = (Array.isArray(m.actions) ? m.actions : []) as Action[];
  const html = actions.filter((a) => a.field === 'comment_value_html').map((a) => commentText(a.value));
  const text = actions.filter((a) => a.field === 'comment_value').map((a) => commentText(a.value));
  const remarks: Notice[] = [];
  const bodies = html.length > 0 ? html : text;
  const body = bodies.find((b) => b !== undefined);
  if (bodies.length > 1) remarks.push(notice('zdSeveralComments'));
  // The field hides it; the tag keeps it findable by search (deduplicated with the categories).
  if (m.active === false) tags.push('inactive');
  // Status, tags, priority, assignee…: ticket fields that only Zendesk itself can set.
  const fields = [...new Set(actions.map((a) => a.field).filter((f): f is string => typeof f === 'string'))];
  const unapplied = fields.filter(
    (f) => f !== 'comment_value' && f !== 'comment_value_html' && f !== 'comment_mode_is_public',
  );
  if (unapplied.length > 0) remarks.push(notice('importActionsNotApplied', { actions: unapplied.join(', ') }));
  const raw: Record<string, unknown> = {
    title,
    tags: cleanTags(tags),
    format: html.length > 0 ? 'html' : 'text',
    body,
  };
  if (m.active === false) {
    raw.inactive = true;
    remarks.push(notice('importInactiveMacro'));
  }
  const problems: Notice[] = [];
  if (body === undefined) {
    problems.push(notice('zdNoComment'));
    raw.body = '';
  }
  return makeEntry({ index, raw, checkTemplate: true, problems, remarks });
}

export function parseZendesk(value: unknown, options: ParseOptions = {}): ParsedImport {
  const macros = macroList(value);
  if (!macros) throw new ImportError('unknown-shape');
  if (macros.length === 0) throw new ImportError('no-entries');
  const progress = reportEvery(options, macros.length);
  const entries = macros.map((macro, index) => {
    progress(index + 1);
    return parseMacro(macro, index);
  });
  return { format: 'zendesk', entries, warnings: [] };
}
