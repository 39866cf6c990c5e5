import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, type TemplateValues, validateTemplate, VARIABLES } from '@/lib/template';
import { nasty, params, TIMEOUT } from './runs';

// Property-based fuzzing of the template parser (issue #13): total on every string, its
// nodes tile the body in order, and what it calls valid renders without leftovers.

const piece = fc.oneof(
  nasty,
  fc.constantFrom('{{', '}}', '{', '}', '\\{{', '\\', ' ', ':', '+', '-', 'bd', 'short', '{{date', '{{input:'),
  fc
    .constantFrom(...VARIABLES, 'date +3bd', 'date -2w short', 'cursor', 'input:Nummer', 'ticket.requester.name')
    .map((name) => `{{${name}}}`),
);
const body = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

const values: TemplateValues = {
  customer: { name: 'Anna Schmidt', email: 'anna@example.com' },
  agent: { name: 'Sam' },
  ticket: { id: '7', subject: 'Rückgabe' },
  fields: { Nummer: '1' },
  now: Date.UTC(2026, 10, 24),
  locale: 'de',
};

describe('fuzz: template parser', () => {
  it(
    'never throws, and its nodes tile the body exactly, in order',
    () => {
      fc.assert(
        fc.property(body, (text) => {
          const { nodes, problems } = parseTemplate(text);
          let at = 0;
          for (const node of nodes) {
            expect(node.start).toBe(at);
            expect(node.end).toBeGreaterThan(node.start);
            at = node.end;
          }
          expect(at).toBe(text.length);
          for (const p of problems) {
            expect(p.start).toBeGreaterThanOrEqual(0);
            expect(p.end).toBeLessThanOrEqual(text.length);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'renders a valid template in both formats without throwing or leaving a known placeholder',
    () => {
      fc.assert(
        fc.property(body, fc.boolean(), (text, html) => {
          const check = validateTemplate(text);
          const r = renderTemplate(text, values, { format: html ? 'html' : 'text' });
          expect(typeof r.text).toBe('string');
          // A backslash escapes "{{" into literal text, so only unescaped bodies are checked.
          if (check.ok && !text.includes('\\')) {
            for (const name of VARIABLES) expect(r.text).not.toContain(`{{${name}}}`);
            expect(r.errors).toEqual([]);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );
});
