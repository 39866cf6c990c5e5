import { problemNotice } from './messages';
import { parseTemplate } from './parse';
import type { TemplateError } from './render';

/** A fill-in field the palette asks for before inserting: `{{input:Bestellnummer}}`. */
export interface FieldSpec {
  /** The key in `values.fields`: the label as written, whitespace collapsed. */
  key: string;
  label: string;
}

export type ValidationResult = { ok: true; fields: FieldSpec[] } | { ok: false; errors: TemplateError[] };

/** Checks a template when it is saved: every placeholder must be known and well formed. */
export function validateTemplate(body: string): ValidationResult {
  const { nodes, problems } = parseTemplate(body);
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((p) => ({ notice: problemNotice(p), start: p.start, end: p.end })) };
  }
  const fields = new Map<string, FieldSpec>();
  for (const node of nodes) {
    if (node.type === 'field' && !fields.has(node.key)) fields.set(node.key, { key: node.key, label: node.label });
  }
  return { ok: true, fields: [...fields.values()] };
}
