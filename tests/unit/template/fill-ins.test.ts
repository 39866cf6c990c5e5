import { describe, expect, it } from 'vitest';
import { renderTemplate, SECTION_OFF, type TemplateValues, validateTemplate } from '../../../lib/template';
import { de, en } from '../i18n/say';

// Issue #19's richer fill-ins: choices, optional sections, several tab stops, slots in the preview.

const values = (fields: Record<string, string> = {}): TemplateValues => ({
  customer: { firstName: 'Anna' },
  agent: {},
  ticket: {},
  fields,
  now: Date.UTC(2026, 11, 1),
  locale: 'de',
});

describe('choice fields', () => {
  const body = 'Ihr Paket kommt mit {{choice:Versand|DHL|DPD|Hermes}}.';
  it('are asked for with their options, the first being the default', () => {
    expect(validateTemplate(body)).toEqual({
      ok: true,
      fields: [{ key: 'Versand', label: 'Versand', kind: 'choice', options: ['DHL', 'DPD', 'Hermes'] }],
    });
    expect(renderTemplate(body, values()).text).toBe('Ihr Paket kommt mit DHL.');
    expect(renderTemplate(body, values({ Versand: 'Hermes' })).text).toBe('Ihr Paket kommt mit Hermes.');
  });
  it.each(['{{choice:Versand}}', '{{choice:Versand|DHL}}', '{{choice:|DHL|DPD}}', '{{choice:X|DHL|DHL}}'])(
    'need a label and two different options: %s',
    (bad) => {
      const r = validateTemplate(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(de(r.errors[0]!.notice)).toContain('mindestens zwei Möglichkeiten');
    },
  );
});

describe('optional sections', () => {
  const body =
    'Hallo {{customer.first_name}},\n{{#optional:Gutschein}}\nanbei ein Gutschein über 10 €.\n{{/optional}}\nViele Grüße';
  it('are in by default and their marker lines leave no blank line', () => {
    expect(renderTemplate(body, values()).text).toBe('Hallo Anna,\nanbei ein Gutschein über 10 €.\nViele Grüße');
    expect(validateTemplate(body)).toEqual({
      ok: true,
      fields: [{ key: 'optional:Gutschein', label: 'Gutschein', kind: 'optional' }],
    });
  });
  it('go with their lines when switched off', () => {
    const off = values({ 'optional:Gutschein': SECTION_OFF });
    expect(renderTemplate(body, off).text).toBe('Hallo Anna,\nViele Grüße');
  });
  it('inside a sentence take the space before them', () => {
    const inline = 'Wir erstatten den Betrag{{#optional:Porto}} samt Porto{{/optional}}.';
    expect(renderTemplate(inline, values()).text).toBe('Wir erstatten den Betrag samt Porto.');
    expect(renderTemplate(inline, values({ 'optional:Porto': SECTION_OFF })).text).toBe('Wir erstatten den Betrag.');
  });
  it('leave no empty paragraph in HTML', () => {
    const html = '<p>Hallo,</p><p>{{#optional:Gutschein}}Ein Gutschein.{{/optional}}</p><p>Grüße</p>';
    const r = renderTemplate(html, values({ 'optional:Gutschein': SECTION_OFF }), { format: 'html' });
    expect(r.html).toBe('<p>Hallo,</p><p>Grüße</p>');
  });
  it.each([
    ['{{/optional}} x', '“{{/optional}}” closes no optional section.'],
    ['{{#optional:Gutschein}} x', 'The optional section “Gutschein” is not closed with {{/optional}}.'],
  ])('unpaired markers are errors: %s', (bad, message) => {
    const r = validateTemplate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.errors[0]!.notice)).toContain(message);
  });
});

describe('tab stops', () => {
  it('come in order: {{cursor}} first, then {{tab:1}}, {{tab:2}}', () => {
    const r = renderTemplate('Nr. {{tab:2}}, Betrag {{tab:1}} €, {{cursor}}Grüße', values());
    expect(r.text).toBe('Nr. , Betrag  €, Grüße');
    expect(r.stops).toEqual([r.text.indexOf('Grüße'), 'Nr. , Betrag '.length, 'Nr. '.length]);
    expect(r.cursor).toBe(r.stops![0]);
  });
  it('work in HTML, in text and html offsets', () => {
    const r = renderTemplate('<p>A {{tab:1}}</p><p>B {{tab:2}}</p>', values(), { format: 'html' });
    expect(r.html).toBe('<p>A </p><p>B </p>');
    expect(r.stops).toEqual([2, r.text.indexOf('B ') + 2]);
    expect(r.htmlCursor).toBe('<p>A '.length);
  });
  it.each(['{{tab:0}}', '{{tab:x}}', '{{tab:100}}'])('need a number from 1 to 99: %s', (bad) => {
    expect(validateTemplate(bad).ok).toBe(false);
  });
});

describe('the preview', () => {
  it('keeps an empty text field as a marked slot, without a "left empty" hint', () => {
    const r = renderTemplate(
      'Ihre Erstattung über {{input:Betrag}} haben wir am {{input:Datum}} veranlasst.',
      values(),
      {
        slots: true,
      },
    );
    const [open, close] = r.slotMarks!;
    expect(r.text).toBe(`Ihre Erstattung über ${open}Betrag${close} haben wir am ${open}Datum${close} veranlasst.`);
    expect(r.hints).toEqual([]);
  });
});

describe('placeholders Tonlage cannot fill', () => {
  it('become text fields when asked (an imported macro), and stay errors when saving', () => {
    const body = 'Fällig am {{ticket.due_date}}.';
    expect(validateTemplate(body, { askUnknown: true })).toEqual({
      ok: true,
      fields: [{ key: 'ticket.due_date', label: 'ticket.due_date', kind: 'text' }],
    });
    expect(validateTemplate(body).ok).toBe(false);
    const r = renderTemplate(body, values({ 'ticket.due_date': '3. Dezember' }), { askUnknown: true });
    expect(r).toMatchObject({ text: 'Fällig am 3. Dezember.', errors: [] });
  });
});
