import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '@/lib/starter/phrases';
import { STARTER_TEMPLATES } from '@/lib/starter/templates';
import { shiftDate } from '@/lib/template/dates';
import { parseTemplate } from '@/lib/template/parse';

// Issue #19: a promise made on a Friday must not land on a Sunday. Every date placeholder in
// the starter library is rendered as if inserted on each day of one week (agents also work
// weekends), and no resulting deadline may fall on a Saturday or Sunday.

const bodies: Array<[string, string]> = [
  ...STARTER_TEMPLATES.flatMap((t) => [
    [`${t.id}/de`, t.de.body] as [string, string],
    [`${t.id}/en`, t.en.body] as [string, string],
    ...(t.deDu ? [[`${t.id}/deDu`, t.deDu.body] as [string, string]] : []),
  ]),
  ...STARTER_PHRASES.flatMap((p) => [
    [`${p.id}/de`, p.de] as [string, string],
    [`${p.id}/en`, p.en] as [string, string],
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
});
