import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../lib/template';
import { de, en } from '../i18n/say';

describe('validateTemplate', () => {
  it('accepts known placeholders and lists fill-in fields once', () => {
    const r = validateTemplate(
      'Hallo {{ customer.first_name }}, {{ticket.requester.email}} {{date +3bd short}} {{cursor}} {{input:Bestellnummer}} {{field:Bestellnummer}} {{input: Grund der Rücksendung }}',
    );
    expect(r).toEqual({
      ok: true,
      fields: [
        { key: 'Bestellnummer', label: 'Bestellnummer', kind: 'text' },
        { key: 'Grund der Rücksendung', label: 'Grund der Rücksendung', kind: 'text' },
      ],
    });
  });

  it.each([
    [
      'Hallo {{customer.frist_name}}',
      6,
      29,
      'Unknown placeholder “{{customer.frist_name}}”. Did you mean “{{customer.first_name}}”?',
    ],
    ['x {{foo}}', 2, 9, 'Unknown placeholder “{{foo}}”.'],
    [
      '{{date +3x}}',
      0,
      12,
      '“{{date +3x}}” is not a valid date. Examples: {{date}}, {{date +3d}}, {{date -1w}}, {{date +2bd short}}.',
    ],
    ['{{input:}}', 0, 10, 'A fill-in field needs a label, for example {{input:Order number}}.'],
    ['{{ }}', 0, 5, 'Empty placeholder “{{}}”.'],
    ['Hallo {{customer.name', 6, 8, '“{{” is not closed with “}}”. To write braces as text, use \\{{.'],
  ])('%j is an error at %i–%i', (body, start, end, message) => {
    const r = validateTemplate(body);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => ({ message: en(e.notice), start: e.start, end: e.end }))).toEqual([
        { message, start, end },
      ]);
  });

  it('speaks German when asked', () => {
    const r = validateTemplate('{{kunde.name}}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(de(r.errors[0]!.notice)).toMatch(/^Unbekannter Platzhalter „\{\{kunde\.name\}\}“\./);
  });
});
