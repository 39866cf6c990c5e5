import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MOODS, MoodSchema } from '@/lib/db/schema';
import { STARTER_TEMPLATES } from '@/lib/starter/templates';
import { DRAFT_RULE_IDS } from '@/lib/tone/types';

// The frozen evaluation sets (issues #14 and #15) are data an evaluation trusts blindly: a
// typo in an id or a mood would silently score as a miss, so every line is checked here.

const DIR = join(import.meta.dirname, '..', '..', 'eval', 'sets');
const PARTS = ['dev', 'test'] as const;
const LANGS = ['de', 'en'] as const;

const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
/** Rule ids the README defines in its rule table: the new ones live there until the engine has them. */
const ruleSection = readme.slice(readme.indexOf('## Labelling guide: draft rules'));
const README_RULES = [...ruleSection.matchAll(/^\| `([a-z_]+)`\s*\|/gmu)].map((m) => m[1] ?? '');
const RULES = new Set<string>([...DRAFT_RULE_IDS, ...README_RULES]);
const TEMPLATE_IDS = new Set(STARTER_TEMPLATES.map((t) => t.id));

const Lang = z.enum(LANGS);
const Valence = z.enum(['negative', 'neutral', 'positive']);
const Text = z.string().trim().min(1);
const Moods = z.array(MoodSchema).refine((m) => new Set(m).size === m.length, 'duplicate mood');

const Message = z.strictObject({ id: Text, lang: Lang, text: Text, valence: Valence, moods: Moods });
const Feedback = z.strictObject({
  id: Text,
  lang: Lang,
  channel: z.enum(['tweet', 'review', 'feedback']),
  text: Text,
  valence: Valence,
});
const Draft = z.strictObject({
  id: Text,
  lang: Lang,
  text: Text,
  rules: z.array(z.string().refine((r) => RULES.has(r), 'unknown rule id')),
  customerMoods: Moods,
  customerName: Text,
});
const TemplateId = z.string().refine((id) => TEMPLATE_IDS.has(id), 'not a starter template id');
const Ticket = z
  .strictObject({
    id: Text,
    lang: Lang,
    subject: Text,
    message: Text,
    acceptable: z.array(TemplateId).min(1),
    clashing: z.array(TemplateId),
  })
  .refine((t) => !t.clashing.some((id) => t.acceptable.includes(id)), 'an id is both acceptable and clashing');

function load<T extends { id: string; lang: string }>(part: string, file: string, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(join(DIR, part, file), 'utf8')
    .split('\n')
    .filter(Boolean);
  return lines.map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${part}/${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

describe.each(PARTS)('frozen evaluation set, %s part', (part) => {
  const sets = {
    messages: load(part, 'messages.jsonl', Message),
    feedback: load(part, 'feedback.jsonl', Feedback),
    drafts: load(part, 'drafts.jsonl', Draft),
    tickets: load(part, 'tickets.jsonl', Ticket),
  };

  it('has unique ids that name their language and part', () => {
    for (const rows of Object.values(sets)) {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of rows) expect(r.id.startsWith(`${r.lang}-${part}-`), r.id).toBe(true);
    }
  });

  it.each(LANGS)('has the sizes the issues ask for (%s)', (lang) => {
    const of = <T extends { lang: string }>(rows: T[]) => rows.filter((r) => r.lang === lang);
    expect(of(sets.messages).length).toBeGreaterThanOrEqual(160);
    expect(of(sets.feedback).length).toBeGreaterThanOrEqual(150);
    expect(of(sets.drafts).length).toBeGreaterThanOrEqual(50);
    expect(of(sets.tickets).length).toBeGreaterThanOrEqual(part === 'dev' ? 60 : 40);
    for (const mood of MOODS) {
      const n = of(sets.messages).filter((m) => m.moods.includes(mood)).length;
      expect(n, `${lang} ${mood}`).toBeGreaterThanOrEqual(12);
    }
    const drafts = of(sets.drafts);
    const good = drafts.filter((d) => d.rules.length === 0).length;
    expect(good / drafts.length).toBeGreaterThan(0.35);
    expect(good / drafts.length).toBeLessThan(0.65);
    const feedback = of(sets.feedback);
    const negative = feedback.filter((f) => f.valence === 'negative').length / feedback.length;
    expect(negative).toBeGreaterThan(0.35);
    expect(negative).toBeLessThan(0.5);
  });
});

describe('frozen evaluation set, test2 part', () => {
  const sets = {
    messages: load('test2', 'messages.jsonl', Message),
    feedback: load('test2', 'feedback.jsonl', Feedback),
    drafts: load('test2', 'drafts.jsonl', Draft),
  };

  it('has unique ids that name their language and part, and no text twice', () => {
    for (const rows of Object.values(sets)) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.text.trim())).size).toBe(rows.length);
      for (const r of rows) expect(r.id.startsWith(`${r.lang}-test2-`), r.id).toBe(true);
    }
  });

  it.each(LANGS)('has the sizes its README gives (%s)', (lang) => {
    const of = <T extends { lang: string }>(rows: T[]) => rows.filter((r) => r.lang === lang);
    expect(of(sets.messages).length).toBe(150);
    expect(of(sets.feedback).length).toBe(100);
    expect(of(sets.drafts).length).toBe(50);
    for (const mood of MOODS) {
      const n = of(sets.messages).filter((m) => m.moods.includes(mood)).length;
      expect(n, `${lang} ${mood}`).toBeGreaterThanOrEqual(12);
    }
    const good = of(sets.drafts).filter((d) => d.rules.length === 0).length;
    expect(good).toBe(22);
  });
});

describe('frozen evaluation set, test3 part', () => {
  const sets = {
    messages: load('test3', 'messages.jsonl', Message),
    feedback: load('test3', 'feedback.jsonl', Feedback),
    tickets: load('test3', 'tickets.jsonl', Ticket),
  };

  it('has unique ids that name their language and part, and no text twice', () => {
    for (const rows of Object.values(sets)) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const r of rows) expect(r.id.startsWith(`${r.lang}-test3-`), r.id).toBe(true);
    }
    for (const rows of [sets.messages, sets.feedback])
      expect(new Set(rows.map((r) => r.text.trim())).size).toBe(rows.length);
    expect(new Set(sets.tickets.map((t) => t.message.trim())).size).toBe(sets.tickets.length);
  });

  it.each(LANGS)('has the sizes its README gives (%s)', (lang) => {
    const of = <T extends { lang: string }>(rows: T[]) => rows.filter((r) => r.lang === lang);
    expect(of(sets.messages).length).toBe(150);
    expect(of(sets.feedback).length).toBe(100);
    expect(of(sets.tickets).length).toBe(60);
    for (const mood of MOODS) {
      const n = of(sets.messages).filter((m) => m.moods.includes(mood)).length;
      expect(n, `${lang} ${mood}`).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('README of the evaluation sets', () => {
  it('defines the new draft rule ids it uses', () => {
    for (const id of ['passive_aggressive', 'if_you_had_read', 'condescension', 'cold_to_grief']) {
      expect(README_RULES).toContain(id);
    }
  });
});
