import { problemNotice } from './messages';
import { type Parsed, parseTemplate, unknownAsFields } from './parse';
import type { TemplateError } from './render';

/**
 * What the palette asks for before inserting: a text field `{{input:Bestellnummer}}`, a
 * choice `{{choice:Versand|DHL|DPD}}` or an optional section `{{#optional:Gutschein}}…{{/optional}}`.
 */
export interface FieldSpec {
  /** The key in `values.fields`: the label as written, whitespace collapsed (`optional:Label` for sections). */
  key: string;
  label: string;
  kind: 'text' | 'choice' | 'optional';
  /** A choice's options, the first being the default. */
  options?: string[];
}

export type ValidationResult = { ok: true; fields: FieldSpec[] } | { ok: false; errors: TemplateError[] };

export interface ValidateOptions {
  /** Placeholders Tonlage cannot fill (an imported `{{ticket.due_date}}`) become text fields instead of errors. */
  askUnknown?: boolean;
}

/** Checks a template when it is saved: every placeholder must be known and well formed. */
export function validateTemplate(body: string, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseTemplate(body);
  const { nodes, problems } = options.askUnknown ? unknownAsFields(parsed) : parsed;
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((p) => ({ notice: problemNotice(p), start: p.start, end: p.end })) };
  }
  return { ok: true, fields: fieldsOf({ nodes, problems }) };
}

/** The questions of a parsed template, each once, in order of first appearance. */
export function fieldsOf({ nodes }: Parsed): FieldSpec[] {
  const fields = new Map<string, FieldSpec>();
  for (const node of nodes) {
    if (fields.has(node.type === 'optionalStart' || node.type === 'field' || node.type === 'choice' ? node.key : ''))
      continue;
    if (node.type === 'field') fields.set(node.key, { key: node.key, label: node.label, kind: 'text' });
    else if (node.type === 'choice')
      fields.set(node.key, { key: node.key, label: node.label, kind: 'choice', options: node.options });
    else if (node.type === 'optionalStart')
      fields.set(node.key, { key: node.key, label: node.label, kind: 'optional' });
  }
  return [...fields.values()];
}
