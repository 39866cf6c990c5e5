import { Assembler } from './assemble';
import { renderDate } from './dates';
import { dropEmptyBlocks, escapeHtml, htmlToText, unusedMark } from './html';
import type { Notice } from '../i18n/notice';
import { missingNotice, problemNotice } from './messages';
import { parseTemplate, type TemplateNode, unknownAsFields } from './parse';
import { orderStops, takeMarks } from './stops';
import { type TemplateValues, variableValue } from './values';

export interface TemplateError {
  notice: Notice;
  start: number;
  end: number;
}

/** The value of an optional section's key (`optional:Label`) that leaves the section out. */
export const SECTION_OFF = 'off';

export interface RenderOptions {
  /** 'html' bodies are HTML: values are escaped and `html` is returned besides `text`. */
  format?: 'text' | 'html';
  /** Placeholders Tonlage cannot fill are fill-in fields (see validateTemplate). */
  askUnknown?: boolean;
  /**
   * For the preview: an empty text field stays in the text as a slot, its label between
   * `slotMarks` (returned), instead of disappearing; it gets no "left empty" hint.
   */
  slots?: boolean;
}

export interface RenderResult {
  /** Plain text; for HTML bodies, the text the HTML shows. */
  text: string;
  html?: string;
  /** Offset in `text` of the first caret stop (the mark itself is removed). */
  cursor?: number;
  /** Offset in `html` of the first caret stop. */
  htmlCursor?: number;
  /** Offsets in `text` of every caret stop in Tab order: {{cursor}}, then {{tab:1}}, {{tab:2}}… */
  stops?: number[];
  /** Canonical names of placeholders left out for lack of a value ("input:Label" for fields). */
  missing: string[];
  /** One line per missing value, for the agent. */
  hints: Notice[];
  errors: TemplateError[];
  /** With `slots`: the characters that open and close a slot in `text`. */
  slotMarks?: [string, string];
}

/** Fills a template. Never throws; unknown placeholders are left out and reported in `errors`. */
export function renderTemplate(body: string, values: TemplateValues, options: RenderOptions = {}): RenderResult {
  const isHtml = options.format === 'html';
  const parsed = parseTemplate(body);
  const { nodes, problems } = options.askUnknown ? unknownAsFields(parsed) : parsed;
  const blank = unusedMark(body);
  const cursorMark = unusedMark(body, blank);
  const slotMarks: [string, string] = [unusedMark(body + blank, cursorMark), unusedMark(body + blank + cursorMark)];
  if (slotMarks[1] === slotMarks[0]) slotMarks[1] = unusedMark(body + blank + cursorMark + slotMarks[0]);
  const marks = isHtml ? { blank, cursor: cursorMark } : undefined;
  const out = new Assembler(marks);
  const missing = new Set<string>();
  const hints = new Map<string, Notice>();
  const escape = (s: string) => (isHtml ? escapeHtml(s) : s);
  const valueOf = (node: TemplateNode): string | undefined => {
    switch (node.type) {
      case 'variable':
        return variableValue(node.name, values);
      case 'date':
        return renderDate(node.spec, values.now, values.locale) || undefined;
      case 'field': {
        // Own keys only: a field named "__proto__" or "constructor" must not read Object's.
        const typed = Object.hasOwn(values.fields, node.key) ? values.fields[node.key]?.trim() : undefined;
        return typed || (options.slots ? slotMarks[0] + node.label + slotMarks[1] : undefined);
      }
      case 'choice': {
        const chosen = Object.hasOwn(values.fields, node.key) ? values.fields[node.key]?.trim() : undefined;
        return chosen || node.options[0];
      }
      default:
        return undefined;
    }
  };
  const alone = (after: number) => out.lineBlank() && restOfLineBlank(nodes, after, valueOf);

  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type === 'text') {
      out.text(node.value);
    } else if (node.type === 'cursor' || node.type === 'tab') {
      out.stop(node.type === 'cursor' ? 0 : node.order);
    } else if (node.type === 'optionalStart') {
      if (values.fields[node.key] === SECTION_OFF) {
        // Left out: the section goes like a placeholder without a value, with its line if it had one.
        k = sectionEnd(nodes, k);
        out.missing(alone(k + 1));
      } else if (alone(k + 1)) {
        out.missing(true);
      }
    } else if (node.type === 'optionalEnd') {
      if (alone(k + 1)) out.missing(true);
    } else {
      const value = valueOf(node);
      if (value !== undefined) {
        out.value(escape(value));
        continue;
      }
      if (node.type === 'variable' || node.type === 'field' || node.type === 'date') {
        const name = node.type === 'field' ? `input:${node.key}` : node.type === 'date' ? 'date' : node.name;
        missing.add(name);
        const shown = node.type === 'variable' ? node.written : node.type === 'field' ? node.label : 'date';
        hints.set(`${node.type === 'field'}:${shown}`, missingNotice(shown, node.type === 'field'));
      }
      out.missing(alone(k + 1));
    }
  }

  const raw = out.finish();
  const result: RenderResult = {
    text: raw,
    missing: [...missing],
    hints: [...hints.values()],
    errors: problems.map((p) => ({ notice: problemNotice(p), start: p.start, end: p.end })),
  };
  if (options.slots) result.slotMarks = slotMarks;
  if (!marks) {
    setStops(
      result,
      orderStops(
        out.stops.map((s) => s.order),
        out.stops.map((s) => s.at),
      ),
    );
    return result;
  }
  const withCursor = dropEmptyBlocks(raw, marks.blank);
  const html = takeMarks(withCursor, marks.cursor);
  const text = takeMarks(htmlToText(withCursor), marks.cursor);
  const orders = out.stops.map((s) => s.order);
  result.html = html.clean;
  result.text = text.clean;
  const htmlStops = orderStops(orders, html.positions);
  if (htmlStops.length > 0) result.htmlCursor = htmlStops[0];
  setStops(result, orderStops(orders, text.positions));
  return result;
}

function setStops(result: RenderResult, stops: number[]): void {
  if (stops.length === 0) return;
  result.cursor = stops[0];
  result.stops = stops;
}

/** The index of the {{/optional}} closing the section opened at `start` (the parser paired them). */
function sectionEnd(nodes: readonly TemplateNode[], start: number): number {
  let depth = 0;
  for (let k = start; k < nodes.length; k++) {
    const type = nodes[k]!.type;
    if (type === 'optionalStart') depth++;
    else if (type === 'optionalEnd' && --depth === 0) return k;
  }
  return nodes.length - 1;
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
    } else if (node.type === 'cursor' || node.type === 'tab' || valueOf(node) !== undefined) {
      return false;
    }
  }
  return true;
}
