import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate, type TemplateValues } from '../../../lib/template';

// Issue #16: a missing value takes the space and the separator that only made sense with it.

const none: TemplateValues = { customer: {}, agent: {}, ticket: {}, fields: {}, now: 0, locale: 'de' };
const anna: TemplateValues = { ...none, customer: { name: 'Anna Schmidt' } };

const word = fc.stringMatching(/^[A-Za-zäöüß]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const separator = fc.constantFrom('', ',', ';', ':');
const closing = fc.constantFrom('', '.', '!', '?', ',', '…');
const tail = fc.oneof(
  fc.constant(''),
  words.map((w) => ` ${w}`),
);
const placeholder = fc.constantFrom('{{customer.first_name}}', '{{ticket.requester.first_name}}');
/** Two punctuation marks or a space before one: what a missing value must not leave behind. */
const ORPHANS = /[,;:][.,!?;:…]| [.,!?;:…]| {2}/;

describe('missing values and punctuation', () => {
  it.each([
    ['Vielen Dank für Ihre Geduld, {{customer.first_name}}.', 'Vielen Dank für Ihre Geduld.'],
    ['Hallo {{customer.first_name}},', 'Hallo,'],
    ['Hallo {{customer.first_name}} ,', 'Hallo,'],
    ['Danke, {{customer.first_name}}!', 'Danke!'],
    ['Hallo {{customer.first_name}}, wie geht es?', 'Hallo, wie geht es?'],
  ])('%j → %j', (body, text) => {
    expect(renderTemplate(body, none).text).toBe(text);
  });

  it('works in HTML bodies too', () => {
    const r = renderTemplate('<p>Danke, {{customer.first_name}}.</p>', none, { format: 'html' });
    expect(r.html).toBe('<p>Danke.</p>');
    expect(r.text).toBe('Danke.');
  });

  it('leaves no orphaned space or separator, and changes nothing when the value is there', () => {
    fc.assert(
      fc.property(words, separator, placeholder, closing, tail, (head, sep, ph, close, rest) => {
        const body = `${head}${sep} ${ph}${close}${rest}`;
        const missing = renderTemplate(body, none).text;
        expect(missing).not.toMatch(ORPHANS);
        expect(missing.startsWith(head)).toBe(true);
        expect(missing.endsWith(rest)).toBe(true);
        // The clause still ends the way the template ended it; a lone separator stays.
        const end = close || sep;
        if (end) expect(missing.slice(head.length, missing.length - rest.length)).toBe(end);
        expect(renderTemplate(body, anna).text).toBe(`${head}${sep} Anna${close}${rest}`);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps punctuation the template wrote itself when every value is there', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constantFrom(', ', '. ', ' ,', ' ', ',.')), { maxLength: 10 }),
        (parts) => {
          const body = parts.join('');
          expect(renderTemplate(body, none).text).toBe(body);
        },
      ),
    );
  });
});
