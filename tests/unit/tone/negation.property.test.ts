import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/tone/index';
import { OWN_LEXICON, parseLexicon } from '../../../lib/tone/lexicon-data';

// Negating a cue must neutralise or flip it (issue #14): "war nicht freundlich" is no praise,
// "was not terrible" is not negative. Words come from our own lexicons, so a new entry is
// covered automatically; frames are everyday sentences of a support inbox.

function words(lang: 'de' | 'en', sign: 1 | -1): string[] {
  const out: string[] = [];
  for (const data of OWN_LEXICON[lang])
    for (const l of parseLexicon(data))
      if (l.weight * sign >= 2) for (const w of l.words) if (!w.endsWith('*') && /^[a-zäöüß]+$/.test(w)) out.push(w);
  return out;
}

const FRAMES = {
  de: [(w: string, n: string) => `Der Service war ${n}${w}.`, (w: string, n: string) => `Die Lieferung ist ${n}${w}.`],
  en: [(w: string, n: string) => `The service was ${n}${w}.`, (w: string, n: string) => `The delivery is ${n}${w}.`],
};
const NEG = { de: 'nicht ', en: 'not ' };

describe('negation neutralises or flips a cue', () => {
  for (const lang of ['de', 'en'] as const) {
    for (const sign of [1, -1] as const) {
      it(`${lang}: ${sign > 0 ? 'positive' : 'negative'} words`, () => {
        fc.assert(
          fc.property(fc.constantFrom(...words(lang, sign)), fc.constantFrom(...FRAMES[lang]), (w, frame) => {
            const plain = analyzeMessage(frame(w, ''), { language: lang }).valence;
            const negated = analyzeMessage(frame(w, NEG[lang]), { language: lang }).valence;
            if (plain.label === 'neutral') return;
            // The feeling moves towards the other side and never stays where it was.
            expect(negated.label, `${frame(w, NEG[lang])}`).not.toBe(plain.label);
            expect((negated.score - plain.score) * sign).toBeLessThan(0);
          }),
          { numRuns: 150 },
        );
      });
    }
  }

  it('a negated praise or anger cue is not reported as that mood', () => {
    for (const [text, mood] of [
      ['Ich bin mit der Beratung nicht zufrieden.', 'praise'],
      ['I am not happy with the support.', 'praise'],
      ['Ich bin nicht wütend, nur müde.', 'anger'],
      ["I'm not angry, just tired.", 'anger'],
    ] as const)
      expect(
        analyzeMessage(text).moods.map((m) => m.label),
        text,
      ).not.toContain(mood);
  });
});
