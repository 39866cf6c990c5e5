import { type DateSpec, parseDate } from './dates';
import { resolveVariable, suggestName, type Variable } from './placeholders';

// The template parser. Total: every string becomes a list of nodes plus problems; it
// never throws. Offsets are UTF-16 indexes into the body, for highlighting in the editor.

interface Span {
  start: number;
  end: number;
}

export type TemplateNode =
  | ({ type: 'text'; value: string } & Span)
  | ({ type: 'variable'; name: Variable; written: string } & Span)
  | ({ type: 'date'; spec: DateSpec } & Span)
  | ({ type: 'cursor' } & Span)
  | ({ type: 'tab'; order: number } & Span)
  | ({ type: 'field'; key: string; label: string } & Span)
  | ({ type: 'choice'; key: string; label: string; options: string[] } & Span)
  | ({ type: 'optionalStart'; key: string; label: string } & Span)
  | ({ type: 'optionalEnd' } & Span)
  | ({ type: 'invalid'; written: string } & Span);

export type Problem =
  | ({ code: 'unknown'; name: string; suggestion?: string } & Span)
  | ({ code: 'empty' } & Span)
  | ({ code: 'unclosed' } & Span)
  | ({ code: 'badDate'; written: string } & Span)
  | ({ code: 'emptyField' } & Span)
  | ({ code: 'badChoice' } & Span)
  | ({ code: 'badTab' } & Span)
  | ({ code: 'strayOptionalEnd' } & Span)
  | ({ code: 'unclosedOptional'; label: string } & Span);

export interface Parsed {
  nodes: TemplateNode[];
  problems: Problem[];
}

const FIELD = /^(?:input|field)\s*:\s*([\s\S]*)$/i;
const CHOICE = /^choice\s*:\s*([\s\S]*)$/i;
const TAB = /^tab\s*:\s*([\s\S]*)$/i;
const OPTIONAL_START = /^#\s*optional\s*:\s*([\s\S]*)$/i;
const OPTIONAL_END = /^\/\s*optional$/i;
/** Optional sections and tab stops are few; a larger number is a typo. */
const MAX_TAB = 99;

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ');

export function parseTemplate(body: string): Parsed {
  const nodes: TemplateNode[] = [];
  const problems: Problem[] = [];
  let text = '';
  let textStart = 0;
  const flush = (end: number) => {
    if (text) nodes.push({ type: 'text', value: text, start: textStart, end });
    text = '';
    textStart = end;
  };
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    if (open < 0) break;
    text += body.slice(i, open);
    if (body[open - 1] === '\\') {
      text = `${text.slice(0, -1)}{{`; // \{{ is a literal {{
      i = open + 2;
      continue;
    }
    const close = body.indexOf('}}', open + 2);
    const next = body.indexOf('{{', open + 1);
    if (close < 0 || (next >= 0 && next < close)) {
      // "{{{name}}}": the first brace is text. "{{ a {{b}}" or a lone "{{": not closed.
      if (close < 0 || next > open + 1) problems.push({ code: 'unclosed', start: open, end: open + 2 });
      text += close < 0 || next > open + 1 ? '{{' : '{';
      i = close < 0 || next > open + 1 ? open + 2 : open + 1;
      continue;
    }
    flush(open);
    const node = classify(body.slice(open + 2, close), open, close + 2, problems);
    nodes.push(node);
    i = close + 2;
    textStart = i;
  }
  text += body.slice(i);
  flush(body.length);
  pairSections(nodes, problems);
  return { nodes, problems };
}

/** Each {{/optional}} closes the latest open section; whatever stays unpaired is invalid. */
function pairSections(nodes: TemplateNode[], problems: Problem[]): void {
  const open: number[] = [];
  const unpaired: number[] = [];
  nodes.forEach((node, k) => {
    if (node.type === 'optionalStart') open.push(k);
    else if (node.type === 'optionalEnd' && open.pop() === undefined) unpaired.push(k);
  });
  for (const k of [...unpaired, ...open].sort((a, b) => a - b)) {
    const node = nodes[k]!;
    const span = { start: node.start, end: node.end };
    if (node.type === 'optionalStart') problems.push({ code: 'unclosedOptional', label: node.label, ...span });
    else problems.push({ code: 'strayOptionalEnd', ...span });
    nodes[k] = {
      type: 'invalid',
      written: node.type === 'optionalStart' ? `#optional:${node.label}` : '/optional',
      ...span,
    };
  }
  problems.sort((a, b) => a.start - b.start);
}

function classify(raw: string, start: number, end: number, problems: Problem[]): TemplateNode {
  const inner = raw.trim();
  const span = { start, end };
  const invalid = (problem: Problem): TemplateNode => {
    problems.push(problem);
    return { type: 'invalid', written: inner, ...span };
  };
  if (inner === '') return invalid({ code: 'empty', ...span });
  if (inner.toLowerCase() === 'cursor') return { type: 'cursor', ...span };
  const field = FIELD.exec(inner);
  if (field) {
    const label = collapse(field[1] ?? '');
    return label ? { type: 'field', key: label, label, ...span } : invalid({ code: 'emptyField', ...span });
  }
  const choice = CHOICE.exec(inner);
  if (choice) {
    const [label = '', ...rest] = (choice[1] ?? '').split('|').map(collapse);
    const options = [...new Set(rest.filter(Boolean))];
    return label && options.length >= 2
      ? { type: 'choice', key: label, label, options, ...span }
      : invalid({ code: 'badChoice', ...span });
  }
  const tab = TAB.exec(inner);
  if (tab) {
    const order = /^\d{1,2}$/.test((tab[1] ?? '').trim()) ? Number((tab[1] ?? '').trim()) : 0;
    return order >= 1 && order <= MAX_TAB ? { type: 'tab', order, ...span } : invalid({ code: 'badTab', ...span });
  }
  const section = OPTIONAL_START.exec(inner);
  if (section) {
    const label = collapse(section[1] ?? '');
    return label
      ? { type: 'optionalStart', key: `optional:${label}`, label, ...span }
      : invalid({ code: 'emptyField', ...span });
  }
  if (OPTIONAL_END.test(inner)) return { type: 'optionalEnd', ...span };
  if (/^date\b/i.test(inner)) {
    const spec = parseDate(inner);
    return spec ? { type: 'date', spec, ...span } : invalid({ code: 'badDate', written: inner, ...span });
  }
  const name = resolveVariable(inner);
  if (name) return { type: 'variable', name, written: inner, ...span };
  return invalid({ code: 'unknown', name: inner, suggestion: suggestName(inner), ...span });
}

/**
 * The same template with each unknown placeholder turned into a text field labelled as
 * written: what the palette asks for when an imported macro uses a placeholder Tonlage
 * cannot fill. Other problems stay.
 */
export function unknownAsFields(parsed: Parsed): Parsed {
  const unknown = new Set(parsed.problems.filter((p) => p.code === 'unknown').map((p) => p.start));
  if (unknown.size === 0) return parsed;
  return {
    nodes: parsed.nodes.map((node) =>
      node.type === 'invalid' && unknown.has(node.start)
        ? { type: 'field', key: node.written, label: node.written, start: node.start, end: node.end }
        : node,
    ),
    problems: parsed.problems.filter((p) => p.code !== 'unknown'),
  };
}
