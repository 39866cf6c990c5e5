import { type Document, parseDocument } from 'yaml';
import { IMPORT_LIMITS } from './limits';
import { makeEntry, reportEvery } from './entry';
import { type ImportEntry, ImportError, type ParsedImport, type ParseOptions } from './types';
import { type Notice, notice } from '../i18n/notice';

// Espanso match files (YAML). The trigger is kept as the shortcut, colon and all
// (":gruss" stays ":gruss"); with several triggers the first is the shortcut and the others
// are further shortcuts of the same snippet (`aliases`). `$|$` becomes
// {{cursor}}. Variables are converted where the template language has an equivalent:
//   form fields  {{form1.name}} and form: "[[name]]"  → {{input:name}} (a fill-in field)
//   choice/list  {{pick}}                             → {{input:pick}} (free text, noted)
//   echo         {{sig}}                              → its text, inlined
//   date         {{today}} with offset in whole days  → {{date +Nd}} in our date format (noted)
// Anything else (shell, script, clipboard, random, match, …) cannot be filled in by
// Tonlage: the match is reported invalid with the variable's name and type.

interface EspansoVar {
  name?: unknown;
  type?: unknown;
  params?: Record<string, unknown>;
}

interface EspansoMatch {
  trigger?: unknown;
  triggers?: unknown;
  regex?: unknown;
  replace?: unknown;
  html?: unknown;
  markdown?: unknown;
  image_path?: unknown;
  form?: unknown;
  label?: unknown;
  vars?: unknown;
}

const VAR = /\{\{\s*([A-Za-z_][\w-]*)(?:\.([\w-]+))?\s*\}\}/g;
const FORM_FIELD = /\[\[\s*([\w-]+)\s*\]\]/g;
const DAY = 86_400;

function varMap(...lists: unknown[]): Map<string, EspansoVar> {
  const map = new Map<string, EspansoVar>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const v of list as EspansoVar[]) if (typeof v?.name === 'string') map.set(v.name, v);
  }
  return map;
}

function dateFor(v: EspansoVar, remarks: Notice[]): string {
  const offset = Number(v.params?.offset ?? 0);
  const days = Number.isFinite(offset) && offset % DAY === 0 ? offset / DAY : undefined;
  const format = typeof v.params?.format === 'string' ? v.params.format : '';
  const style = /%[AaBb]/.test(format) ? '' : ' short';
  remarks.push(notice(style ? 'espDateShort' : 'espDateLong', { format }));
  if (days === undefined) remarks.push(notice('espOffsetDropped'));
  const shift = days ? ` ${days > 0 ? '+' : '-'}${Math.abs(days)}d` : '';
  return `{{date${shift}${style}}}`;
}

/** Rewrites Espanso's cursor and variables into the template language. */
export function convertEspansoText(
  text: string,
  vars: Map<string, EspansoVar>,
  problems: Notice[],
  remarks: Notice[],
): string {
  const withCursor = text.replace(/\$\|\$/g, '{{cursor}}');
  return withCursor.replace(VAR, (whole, name: string, field: string | undefined) => {
    const v = vars.get(name);
    if (!v) return whole; // maybe one of ours ({{date}}, {{customer.name}}); the template check decides
    const type = typeof v.type === 'string' ? v.type : 'unknown';
    if (type === 'form' && field) return `{{input:${field}}}`;
    if (type === 'echo' && typeof v.params?.echo === 'string') return v.params.echo;
    if (type === 'date' && !field) return dateFor(v, remarks);
    if ((type === 'choice' || type === 'list') && !field) {
      remarks.push(notice('espChoiceField', { type, name }));
      return `{{input:${name}}}`;
    }
    problems.push(notice('espUnsupportedVar', { variable: whole, type }));
    return whole;
  });
}

function triggersOf(m: EspansoMatch): string[] {
  if (typeof m.trigger === 'string') return [m.trigger];
  if (Array.isArray(m.triggers)) return m.triggers.filter((t): t is string => typeof t === 'string');
  return [];
}

function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function parseMatch(m: EspansoMatch, index: number, globals: unknown): ImportEntry {
  const problems: Notice[] = [];
  const remarks: Notice[] = [];
  const triggers = triggersOf(m);
  if (triggers.length > 1) {
    remarks.push(notice('espTriggers', { count: triggers.length, triggers: triggers.join(', ') }));
  }
  if (m.regex !== undefined) problems.push(notice('espRegex'));
  if (m.image_path !== undefined) problems.push(notice('espImage'));
  const vars = varMap(globals, m.vars);
  let body: string | undefined;
  let format: 'text' | 'html' = 'text';
  const form = scalarText(m.form);
  if (scalarText(m.html) !== undefined) {
    body = scalarText(m.html);
    format = 'html';
  } else if (scalarText(m.markdown) !== undefined) {
    body = scalarText(m.markdown);
    remarks.push(notice('espMarkdown'));
  } else if (scalarText(m.replace) !== undefined) {
    body = scalarText(m.replace);
  } else if (form !== undefined) {
    body = form.replace(FORM_FIELD, (_, field: string) => `{{input:${field}}}`);
  } else if (m.image_path === undefined) {
    problems.push(notice('espNoText'));
  }
  const converted = body === undefined ? '' : convertEspansoText(body, vars, problems, remarks);
  const label = scalarText(m.label)?.trim();
  const raw: Record<string, unknown> = { title: label || triggers[0], body: converted, format };
  if (triggers[0] !== undefined) raw.shortcut = triggers[0];
  // Every further trigger expands the same snippet, as it does in Espanso.
  const more = [...new Set(triggers.slice(1))].filter((t) => t !== triggers[0]);
  if (more.length > 0) raw.aliases = more;
  return makeEntry({ index, raw, checkTemplate: true, problems, remarks });
}

/** The document as plain data; alias failures become import errors, never raw exceptions. */
function toJs(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: IMPORT_LIMITS.maxYamlAliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /Unresolved alias[^:]*:\s*(.*)$/.exec(message);
    if (unresolved) {
      throw new ImportError('yaml-alias', { params: { name: unresolved[1] ?? '' } });
    }
    if (/alias count/i.test(message)) {
      throw new ImportError('yaml-alias-bomb', { params: { max: IMPORT_LIMITS.maxYamlAliases } });
    }
    throw new ImportError('yaml-syntax', { detail: message });
  }
}

export function parseEspanso(text: string, options: ParseOptions = {}): ParsedImport {
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const what = error.message.split('\n')[0] ?? error.message;
    throw new ImportError('yaml-syntax', { line, detail: what });
  }
  const root = toJs(doc);
  const file = (typeof root === 'object' && root !== null ? root : {}) as {
    matches?: unknown;
    global_vars?: unknown;
    imports?: unknown;
  };
  if (!Array.isArray(file.matches)) {
    throw new ImportError('espanso-no-matches');
  }
  if (file.matches.length === 0) throw new ImportError('no-entries');
  const warnings: Notice[] = [];
  if (file.imports !== undefined) warnings.push(notice('espImports'));
  const matches = file.matches as unknown[];
  const progress = reportEvery(options, matches.length);
  const entries = matches.map((m, index): ImportEntry => {
    progress(index + 1);
    if (typeof m !== 'object' || m === null) {
      return { index, problems: [notice('espNotMatch')], provided: [], remarks: [] };
    }
    return parseMatch(m as EspansoMatch, index, file.global_vars);
  });
  return { format: 'espanso', entries, warnings };
}
