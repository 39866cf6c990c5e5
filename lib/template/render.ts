import { Assembler } from './assemble';
import { renderDate } from './dates';
import { dropEmptyBlocks, escapeHtml, htmlToText, unusedMark } from './html';
import { missingHint, problemMessage, type UiLanguage } from './messages';
import { parseTemplate, type TemplateNode } from './parse';
import { type TemplateValues, variableValue } from './values';

export interface TemplateError {
  message: string;
  start: number;
  end: number;
}

export interface RenderOptions {
  /** 'html' bodies are HTML: values are escaped and `html` is returned besides `text`. */
  format?: 'text' | 'html';
  /** Language of hints and error messages (default 'en'). */
  uiLanguage?: UiLanguage;
}

export interface RenderResult {
  /** Plain text; for HTML bodies, the text the HTML shows. */
  text: string;
  html?: string;
  /** Offset in `text` where {{cursor}} was (the mark itself is removed). */
  cursor?: number;
  /** Offset in `html` where {{cursor}} was. */
  htmlCursor?: number;
  /** Canonical names of placeholders left out for lack of a value ("input:Label" for fields). */
  missing: string[];
  /** One line per missing value, for the agent. */
  hints: string[];
  errors: TemplateError[];
}

/** Fills a template. Never throws; unknown placeholders are left out and reported in `errors`. */
export function renderTemplate(body: string, values: TemplateValues, options: RenderOptions = {}): RenderResult {
  const ui = options.uiLanguage ?? 'en';
  const isHtml = options.format === 'html';
  const { nodes, problems } = parseTemplate(body);
  const blank = unusedMark(body);
  const marks = isHtml ? { blank, cursor: unusedMark(body, blank) } : undefined;
  const out = new Assembler(marks);
  const missing = new Set<string>();
  const hints = new Set<string>();
  const valueOf = (node: TemplateNode): string | undefined => {
    switch (node.type) {
      case 'variable':
        return variableValue(node.name, values);
      case 'date':
        return renderDate(node.spec, values.now, values.locale) || undefined;
      case 'field':
        // Own keys only: a field named "__proto__" or "constructor" must not read Object's.
        return (Object.hasOwn(values.fields, node.key) ? values.fields[node.key]?.trim() : undefined) || undefined;
      default:
        return undefined;
    }
  };

  nodes.forEach((node, k) => {
    if (node.type === 'text') return out.text(node.value);
    if (node.type === 'cursor') return out.cursor();
    const value = valueOf(node);
    if (value !== undefined) return out.value(isHtml ? escapeHtml(value) : value);
    if (node.type === 'variable' || node.type === 'field' || node.type === 'date') {
      const name = node.type === 'field' ? `input:${node.key}` : node.type === 'date' ? 'date' : node.name;
      missing.add(name);
      const shown = node.type === 'variable' ? node.written : node.type === 'field' ? node.label : 'date';
      hints.add(missingHint(shown, node.type === 'field', ui));
    }
    out.missing(out.lineBlank() && restOfLineBlank(nodes, k + 1, valueOf));
  });

  const raw = out.finish();
  const result: RenderResult = {
    text: raw,
    missing: [...missing],
    hints: [...hints],
    errors: problems.map((p) => ({ message: problemMessage(p, ui), start: p.start, end: p.end })),
  };
  if (!marks) {
    if (out.cursorAt !== undefined) result.cursor = out.cursorAt;
    return result;
  }
  const withCursor = dropEmptyBlocks(raw, marks.blank);
  const htmlCursor = withCursor.indexOf(marks.cursor);
  const textWithCursor = htmlToText(withCursor);
  const cursor = textWithCursor.indexOf(marks.cursor);
  result.html = withCursor.split(marks.cursor).join('');
  result.text = textWithCursor.split(marks.cursor).join('');
  if (htmlCursor >= 0) result.htmlCursor = htmlCursor;
  if (cursor >= 0) result.cursor = cursor;
  return result;
}

/** Whether only whitespace and other valueless placeholders follow on the current line. */
function restOfLineBlank(
  nodes: readonly TemplateNode[],
  from: number,
  valueOf: (node: TemplateNode) => string | undefined,
): boolean {
  for (let k = from; k < nodes.length; k++) {
    const node = nodes[k];
    if (!node) break;
    if (node.type === 'text') {
      const newline = node.value.indexOf('\n');
      const line = newline < 0 ? node.value : node.value.slice(0, newline);
      if (line.trim() !== '') return false;
      if (newline >= 0) return true;
    } else if (node.type === 'cursor' || valueOf(node) !== undefined) {
      return false;
    }
  }
  return true;
}
