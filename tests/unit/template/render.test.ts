import { describe, expect, it } from 'vitest';
import { renderTemplate, type TemplateValues, valuesFromContext } from '../../../lib/template';
import { de, en } from '../i18n/say';

const NOW = new Date(2026, 10, 24, 10, 0).getTime(); // Tuesday, 24 November 2026, local time

function values(over: Partial<TemplateValues> = {}): TemplateValues {
  return {
    customer: { name: 'Anna Schmidt', firstName: 'Anna', lastName: 'Schmidt', email: 'anna@example.com' },
    agent: { name: 'Jonas Weber' },
    ticket: { id: '4711', subject: 'Wo ist mein Paket?' },
    fields: {},
    now: NOW,
    locale: 'de',
    ...over,
  };
}
const none = values({ customer: {}, agent: {}, ticket: {} });

describe('renderTemplate: placeholders', () => {
  it.each([
    ['Hallo {{customer.first_name}},', 'Hallo Anna,'],
    ['{{ customer.name }} <{{customer.email}}>', 'Anna Schmidt <anna@example.com>'],
    ['{{customer.last_name}} / {{agent.first_name}} / {{agent.name}}', 'Schmidt / Jonas / Jonas Weber'],
    ['#{{ticket.id}}: {{ticket.subject}}', '#4711: Wo ist mein Paket?'],
    ['{{ticket.requester.first_name}} {{ticket.requester.last_name}}', 'Anna Schmidt'],
    ['{{ticket.requester.name}} {{ticket.requester.email}}', 'Anna Schmidt anna@example.com'],
    ['{{current_user.first_name}} {{current_user.name}} {{ticket.title}}', 'Jonas Jonas Weber Wo ist mein Paket?'],
    ['{{CUSTOMER.FIRST_NAME}}', 'Anna'],
    ['\\{{customer.name}} stays', '{{customer.name}} stays'],
  ])('%s → %s', (body, expected) => {
    expect(renderTemplate(body, values()).text).toBe(expected);
  });

  it('derives first and last name from a display name', () => {
    const v = values({ customer: { name: 'Schmidt, Anna' }, agent: { name: 'Jonas Weber' } });
    expect(renderTemplate('{{customer.first_name}} {{customer.last_name}} {{agent.first_name}}', v).text).toBe(
      'Anna Schmidt Jonas',
    );
  });
});

describe('renderTemplate: dates', () => {
  it.each([
    ['{{date}}', 'de', 'Dienstag, 24. November 2026'],
    ['{{date}}', 'en', 'Tuesday, 24 November 2026'],
    ['{{date +3d}}', 'de', 'Freitag, 27. November 2026'],
    ['{{date -1d}}', 'en', 'Monday, 23 November 2026'],
    ['{{date +2w}}', 'de', 'Dienstag, 8. Dezember 2026'],
    ['{{date +3bd}}', 'de', 'Freitag, 27. November 2026'],
    ['{{date +4bd}}', 'de', 'Montag, 30. November 2026'],
    ['{{date -2bd short}}', 'de', '20.11.2026'],
    ['{{date +1m short}}', 'en', '24/12/2026'],
    ['{{ date+1y }}', 'en', 'Wednesday, 24 November 2027'],
  ] as const)('%s (%s) → %s', (body, locale, expected) => {
    expect(renderTemplate(body, values({ locale })).text).toBe(expected);
  });

  it('clamps month ends', () => {
    const now = new Date(2026, 0, 31, 12).getTime();
    expect(renderTemplate('{{date +1m short}}', values({ now })).text).toBe('28.02.2026');
  });
});

describe('renderTemplate: missing values degrade gracefully', () => {
  it.each([
    ['Hallo {{customer.first_name}},', 'Hallo,'],
    ['Hallo {{customer.first_name}} {{customer.last_name}}, danke!', 'Hallo, danke!'],
    ['{{customer.name}} schrieb:', 'schrieb:'],
    ['Hallo,\n{{customer.name}}\nDanke', 'Hallo,\nDanke'],
    ['Hallo,\n  {{customer.name}} {{customer.email}}  \nDanke', 'Hallo,\nDanke'],
    ['Grüße\n{{agent.name}}', 'Grüße'],
    ['Ticket {{ticket.id}}.', 'Ticket.'],
  ])('%j → %j', (body, expected) => {
    expect(renderTemplate(body, none).text).toBe(expected);
  });

  it('lists what was missing, with hints in the UI language', () => {
    const r = renderTemplate('Hallo {{customer.first_name}}, {{input:Bestellnummer}} {{ticket.requester.name}}', none);
    expect(r.missing).toEqual(['customer.first_name', 'input:Bestellnummer', 'customer.name']);
    expect(r.hints.map(de)).toContain('customer.first_name wurde auf dieser Seite nicht gefunden.');
    expect(r.hints.map(de)).toContain('Das Feld „Bestellnummer“ wurde nicht ausgefüllt.');
    expect(renderTemplate('{{customer.email}}', none).hints.map(en)).toEqual([
      'customer.email was not found on this page.',
    ]);
  });

  it('leaves out unknown placeholders and reports them', () => {
    const r = renderTemplate('Hallo {{customer.frist_name}}!', values());
    expect(r.text).toBe('Hallo!');
    expect(r.errors).toHaveLength(1);
    expect(en(r.errors[0]!.notice)).toContain('customer.first_name');
  });
});

describe('renderTemplate: fields and cursor', () => {
  it('fills fields by label', () => {
    const v = values({ fields: { Bestellnummer: '12345' } });
    expect(renderTemplate('Bestellung {{input:Bestellnummer}} ({{ field: Bestellnummer }})', v).text).toBe(
      'Bestellung 12345 (12345)',
    );
  });

  it('returns the cursor offset and removes the mark', () => {
    const r = renderTemplate('Hallo {{customer.first_name}},\n\n{{cursor}}\n\nGrüße', values());
    expect(r.text).toBe('Hallo Anna,\n\n\n\nGrüße');
    expect(r.cursor).toBe('Hallo Anna,\n\n'.length);
  });
});

describe('renderTemplate: HTML', () => {
  it('escapes values and gives html and text', () => {
    const v = values({ customer: { firstName: '<img src=x onerror=alert(1)>' } });
    const r = renderTemplate('<p>Hallo <b>{{customer.first_name}}</b>,</p><p>{{cursor}}Danke</p>', v, {
      format: 'html',
    });
    expect(r.html).toBe('<p>Hallo <b>&lt;img src=x onerror=alert(1)&gt;</b>,</p><p>Danke</p>');
    expect(r.text).toBe('Hallo <img src=x onerror=alert(1)>,\nDanke');
    expect(r.cursor).toBe(r.text.indexOf('Danke'));
    expect(r.htmlCursor).toBe(r.html?.indexOf('Danke'));
  });

  it('drops paragraphs that only held a missing value', () => {
    const r = renderTemplate('<p>Hallo {{customer.first_name}},</p><p>{{ticket.subject}}</p><p>Danke</p>', none, {
      format: 'html',
    });
    expect(r.html).toBe('<p>Hallo,</p><p>Danke</p>');
    expect(r.text).toBe('Hallo,\nDanke');
  });
});

describe('valuesFromContext', () => {
  it('takes customer, ticket and language from the page', () => {
    const v = valuesFromContext(
      {
        site: 'zendesk',
        host: 'acme.zendesk.com',
        conversationKey: 't/1',
        ticketId: '1',
        subject: 'Refund',
        customer: { name: 'Joe Bloggs', email: 'joe@example.com' },
        language: 'en',
        hasReplyBox: true,
      },
      { name: 'Jonas Weber' },
      NOW,
    );
    expect(v.locale).toBe('en');
    expect(
      renderTemplate('Hi {{customer.first_name}}, re #{{ticket.id}} {{ticket.subject}} – {{agent.first_name}}', v).text,
    ).toBe('Hi Joe, re #1 Refund – Jonas');
  });
});
