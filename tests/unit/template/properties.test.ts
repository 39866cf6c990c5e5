import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate, type TemplateValues, VARIABLES, validateTemplate } from '../../../lib/template';

const values: TemplateValues = {
  customer: { name: 'Anna Schmidt', email: 'anna@example.com' },
  agent: {},
  ticket: { id: '7' },
  fields: { Nummer: '1' },
  now: Date.UTC(2026, 10, 24),
  locale: 'de',
};
const hostile = fc.string({ unit: 'grapheme-ascii' });
const known = fc.constantFrom(
  ...VARIABLES,
  'ticket.requester.name',
  'current_user.name',
  'date +3bd',
  'cursor',
  'input:Nummer',
);
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom('{{', '}}', '{', '}', '\\', '\n', ' ', '<p>', '</p>'),
  known.map((name) => `{{ ${name} }}`),
);
const template = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('template properties', () => {
  it('never throws, for any string, either format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), template), fc.boolean(), (body, html) => {
        const r = renderTemplate(body, values, { format: html ? 'html' : 'text' });
        expect(typeof r.text).toBe('string');
        validateTemplate(body);
      }),
      { numRuns: 500 },
    );
    // 500 runs take about 1.5 s on an idle machine and over 5 s on a loaded shared one.
  }, 20_000);

  it('returns a text without placeholders unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (body) => {
        fc.pre(!body.includes('{{'));
        const r = renderTemplate(body, values);
        expect(r).toEqual({ text: body, missing: [], hints: [], errors: [] });
        expect(renderTemplate(body, values, { format: 'html' }).html).toBe(body);
      }),
    );
  });

  it('never leaves a known placeholder in the output', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            known.map((n) => `{{${n}}}`),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const body = parts.join(' ');
          fc.pre(
            !body.replace(/\{\{[^{}]*\}\}/g, '').includes('{') && !body.replace(/\{\{[^{}]*\}\}/g, '').includes('}'),
          );
          const r = renderTemplate(body, { ...values, customer: {}, ticket: {} });
          expect(r.text).not.toContain('{{');
        },
      ),
    );
  });

  it('escapes every value in HTML', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, subject) => {
        const r = renderTemplate(
          '<p>{{customer.name}}: {{ticket.subject}}</p>',
          { ...values, customer: { name }, ticket: { subject } },
          { format: 'html' },
        );
        const inner = (r.html ?? '').replace(/^<p>|<\/p>$/g, '');
        expect(inner).not.toMatch(/[<>"']/);
      }),
    );
  });
});
