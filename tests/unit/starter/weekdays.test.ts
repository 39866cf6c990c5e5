import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '@/lib/starter/phrases';
import { STARTER_TEMPLATES } from '@/lib/starter/templates';
import { renderTemplate } from '@/lib/template';
import { shiftDate } from '@/lib/template/dates';
import { parseTemplate } from '@/lib/template/parse';
import { validateTemplate } from '@/lib/template/validate';

// Issue #19: a promise made on a Friday must not land on a Sunday. Every date placeholder in
// the starter library is rendered as if inserted on each day of one week (agents also work
// weekends), and no resulting deadline may fall on a Saturday or Sunday.

const bodies: Array<[string, string, 'de' | 'en']> = [
  ...STARTER_TEMPLATES.flatMap((t) => [
    [`${t.id}/de`, t.de.body, 'de'] as [string, string, 'de'],
    [`${t.id}/en`, t.en.body, 'en'] as [string, string, 'en'],
    ...(t.deDu ? [[`${t.id}/deDu`, t.deDu.body, 'de'] as [string, string, 'de']] : []),
  ]),
  ...STARTER_PHRASES.flatMap((p) => [
    [`${p.id}/de`, p.de, 'de'] as [string, string, 'de'],
    [`${p.id}/en`, p.en, 'en'] as [string, string, 'en'],
  ]),
];

// Monday 30 November 2026 … Sunday 6 December 2026, 10:00 local time.
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(2026, 10, 30 + i, 10).getTime());
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe('starter library deadlines', () => {
  it('has date placeholders to check', () => {
    const dated = bodies.filter(([, body]) => parseTemplate(body).nodes.some((n) => n.type === 'date'));
    expect(dated.length).toBeGreaterThan(40);
  });

  it('never promises a Saturday or Sunday, whichever day the agent inserts it', () => {
    const weekend: string[] = [];
    for (const now of WEEK) {
      for (const [id, body] of bodies) {
        for (const node of parseTemplate(body).nodes) {
          if (node.type !== 'date' || node.spec.amount <= 0) continue;
          const day = shiftDate(now, node.spec.amount, node.spec.unit).getDay();
          if (day === 0 || day === 6) weekend.push(`${id} inserted on ${DAY[new Date(now).getDay()]} → ${DAY[day]}`);
        }
      }
    }
    expect(weekend).toEqual([]);
  });

  it('renders every starter text on each day of the week without a Saturday or Sunday in it', () => {
    // What the agent would send: the whole text filled in, read for the weekday names a
    // rendered date carries ("Sonntag, 6. Dezember 2026").
    const weekend: string[] = [];
    for (const now of WEEK) {
      for (const [id, body, locale] of bodies) {
        const check = validateTemplate(body);
        const fields = Object.fromEntries(check.ok ? check.fields.map((f) => [f.key, 'X']) : []);
        const values = {
          customer: { name: 'Jonas Weber', email: 'jonas@example.de' },
          agent: { name: 'Jana Berger' },
          ticket: { id: '4711', subject: 'Lieferung' },
          fields,
          now,
          locale,
        };
        const { text } = renderTemplate(body, values);
        const hit = /\b(Samstag|Sonntag|Saturday|Sunday)\b/.exec(text);
        if (hit) weekend.push(`${id} inserted on ${DAY[new Date(now).getDay()]}: ${hit[0]}`);
      }
    }
    expect(weekend).toEqual([]);
  });

  it('promises delivery, refunds and answers in business days, never in calendar days or weeks', () => {
    const calendar: string[] = [];
    const NUMBER =
      '(\\d+|ein|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)';
    const prose = new RegExp(`\\b${NUMBER} (Tage|Tagen|Tag|Wochen|Woche|days|day|weeks|week)\\b`, 'i');
    for (const [id, body] of bodies) {
      for (const node of parseTemplate(body).nodes) {
        if (node.type === 'date' && node.spec.amount > 0 && node.spec.unit !== 'bd')
          calendar.push(`${id}: {{date}} in ${node.spec.unit}`);
      }
      const hit = prose.exec(body);
      if (hit) calendar.push(`${id}: “${hit[0]}”`);
    }
    expect(calendar).toEqual([]);
  });
});
