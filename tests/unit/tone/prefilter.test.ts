import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASE_RULES } from '../../../lib/tone/data/draft-rules';
import { PHRASE_RULES_2 } from '../../../lib/tone/data/draft-rules-2';
import { MOODS_DE } from '../../../lib/tone/data/moods-de';
import { MOODS_EN } from '../../../lib/tone/data/moods-en';
import { PHRASES_DE } from '../../../lib/tone/data/valence-de';
import { PHRASES_EN } from '../../../lib/tone/data/valence-en';
import { mayMatch, requirement, textKeys } from '../../../lib/tone/prefilter';
import { rx, tokenize } from '../../../lib/tone/text';
import { DRAFTS } from '../../fixtures/tone/drafts';
import { MESSAGES } from '../../fixtures/tone/messages';

// The pre-check may only skip a pattern that cannot match: every match found by the regex
// must have passed it, or a finding would silently disappear.

const SOURCES = [
  ...[MOODS_DE, MOODS_EN].flatMap((rules) => Object.values(rules).flatMap((list) => list.map((r) => r[0]))),
  ...[...PHRASE_RULES, ...PHRASE_RULES_2].flatMap((r) =>
    [...r.patterns.de, ...r.patterns.en, ...(r.griefOnly ?? [])].map((p) => (typeof p === 'string' ? p : p[0])),
  ),
  ...[...PHRASES_DE, ...PHRASES_EN].map(([s]) => s),
];
const COMPILED = SOURCES.map((s) => ({ source: s, re: rx(s, 'gimu'), need: requirement(s) }));
const TEXTS = [...MESSAGES.map((m) => m.text), ...DRAFTS.map((d) => d.text)];

function check(text: string): void {
  const keys = textKeys(tokenize(text));
  for (const c of COMPILED) {
    c.re.lastIndex = 0;
    if (c.re.test(text)) expect(mayMatch(c.need, keys), `${c.source} on "${text}"`).toBe(true);
  }
}

describe('rule pre-check', () => {
  it('reduces nearly every pattern', () => {
    expect(COMPILED.filter((c) => c.need === null).length).toBeLessThan(COMPILED.length * 0.1);
  });

  it('never skips a pattern that matches a fixture text', () => {
    for (const t of TEXTS) check(t);
  });

  it('never skips a pattern that matches pieces of fixture texts glued with odd characters', () => {
    const piece = fc
      .constantFrom(...TEXTS)
      .chain((t) => fc.tuple(fc.nat(t.length), fc.nat(80)).map(([a, n]) => t.slice(a, a + n)));
    const glue = fc.constantFrom(' ', '', "'", '’', '-', '_', 'ä', 'ss', '\n', '!!', 'Ü');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, glue), { maxLength: 4 }), (parts) => {
        check(parts.map(([p, g]) => p + g).join(''));
      }),
      { numRuns: 200 },
    );
  });
});
