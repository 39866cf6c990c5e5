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
  | ({ type: 'field'; key: string; label: string } & Span)
  | ({ type: 'invalid'; written: string } & Span);

export type Problem =
  | ({ code: 'unknown'; name: string; suggestion?: string } & Span)
  | ({ code: 'empty' } & Span)
  | ({ code: 'unclosed' } & Span)
  | ({ code: 'badDate'; written: string } & Span)
  | ({ code: 'emptyField' } & Span);

export interface Parsed {
  nodes: TemplateNode[];
  problems: Problem[];
}

const FIELD = /^(?:input|field)\s*:\s*([\s\S]*)$/i;

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
  return { nodes, problems };
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
    const label = (field[1] ?? '').trim().replace(/\s+/g, ' ');
    return label ? { type: 'field', key: label, label, ...span } : invalid({ code: 'emptyField', ...span });
  }
  if (/^date\b/i.test(inner)) {
    const spec = parseDate(inner);
    return spec ? { type: 'date', spec, ...span } : invalid({ code: 'badDate', written: inner, ...span });
  }
  const name = resolveVariable(inner);
  if (name) return { type: 'variable', name, written: inner, ...span };
  return invalid({ code: 'unknown', name: inner, suggestion: suggestName(inner), ...span });
}
