import { describe, expect, it } from 'vitest';
import type { Mood, Snippet } from '@/lib/db/schema';
import { planImport } from '@/lib/formats/plan';
import { parseZendesk } from '@/lib/formats/zendesk';
import { STARTER_TEMPLATES } from '@/lib/starter/templates';
import { inferLanguage, inferMoods, withInferredFacets } from '@/lib/suggest/infer';

function snippet(over: Partial<Snippet>): Snippet {
  return {
    id: 's',
    title: 't',
    body: '',
    format: 'text',
    tags: [],
    language: 'any',
    moods: [],
    createdAt: 1,
    updatedAt: 1,
    useCount: 0,
    ...over,
  };
}

const textOf = (v: { title: string; body: string }) => `${v.title}\n${v.body}`.replace(/\{\{[^}]*\}\}/g, ' ');

describe('inferring language and moods of a snippet (issue #15)', () => {
  // The starter library's moods were set by hand before the inference existed; it is the only
  // labelled set of replies we have, so it bounds how often an inferred mood is wrong.
  const versions = STARTER_TEMPLATES.flatMap((t) =>
    (['de', 'en', 'deDu'] as const).flatMap((k) => (t[k] ? [{ t, k, v: t[k]! }] : [])),
  );

  it('reads the language of every starter template right', () => {
    const wrong = versions.filter(({ k, v }) => inferLanguage(textOf(v)) !== (k === 'en' ? 'en' : 'de'));
    expect(wrong.map(({ t, k }) => `${t.id}/${k}`)).toEqual([]);
  });

  it('infers moods the starter library agrees with at least 70 % of the time', () => {
    let right = 0;
    let said = 0;
    for (const { t, v } of versions) {
      const got = inferMoods(textOf(v));
      said += got.length;
      right += got.filter((m) => t.moods.includes(m)).length;
    }
    expect(said).toBeGreaterThan(versions.length / 2);
    expect(right / said).toBeGreaterThanOrEqual(0.7);
  });

  it('finds grief in condolences only', () => {
    for (const { t, v } of versions) {
      expect(inferMoods(textOf(v)).includes('grief'), `${t.id}`).toBe(t.moods.includes('grief'));
    }
  });

  it('says "any" for text with no language evidence', () => {
    expect(inferLanguage('{{ticket.id}} 12345')).toBe('any');
  });

  it('fills in what the agent left open and marks it as inferred', () => {
    const s = withInferredFacets(
      snippet({ body: 'Mein herzliches Beileid zum Verlust Ihres Hundes. Wir erstatten Ihnen den Betrag.' }),
    );
    expect(s).toMatchObject({ language: 'de', inferred: { language: true, moods: true } });
    expect(s.moods).toContain<Mood>('grief');
  });

  it('never touches what the agent chose, even "any" and no moods', () => {
    const chosen = snippet({
      body: 'My condolences on the loss of your mother.',
      language: 'any',
      moods: [],
      inferred: { language: false, moods: false },
    });
    expect(withInferredFacets(chosen)).toMatchObject({ language: 'any', moods: [] });
    const set = snippet({ body: 'My condolences on the loss of your mother.', language: 'de', moods: ['praise'] });
    expect(withInferredFacets(set)).toMatchObject({ language: 'de', moods: ['praise'] });
    expect(withInferredFacets(set).inferred).toBeUndefined();
  });

  it('infers again when the text of an inferred snippet changes', () => {
    const first = withInferredFacets(
      snippet({ body: 'We will cancel your subscription as you asked, and thank you.' }),
    );
    expect(first.moods).toEqual(['cancellation']);
    const edited = withInferredFacets({
      ...first,
      body: 'Wir haben Ihren Anwalt angeschrieben und warten auf Antwort.',
    });
    expect(edited).toMatchObject({
      language: 'de',
      moods: ['legal_threat'],
      inferred: { language: true, moods: true },
    });
  });

  it('gives imported Zendesk macros a language and moods, so they can be suggested', () => {
    const parsed = parseZendesk({
      macros: [
        {
          id: 7,
          title: 'Kündigung bestätigen',
          active: true,
          actions: [{ field: 'comment_value', value: 'Hallo, wir haben Ihre Kündigung erhalten und bestätigen sie.' }],
        },
      ],
    });
    const plan = planImport(parsed, [], 'skip', { now: 5, newId: () => 'n1' });
    expect(plan.writes.snippets[0]).toMatchObject({
      language: 'de',
      moods: ['cancellation'],
      inferred: { language: true, moods: true },
    });
  });
});
