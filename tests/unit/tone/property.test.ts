import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, applyRewrite, checkDraft } from '../../../lib/tone/index';

// Any string (including lone surrogates and control characters) must neither throw nor
// produce spans outside the text.
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const lang = fc.constantFrom('de' as const, 'en' as const, undefined);

describe('tone engine on arbitrary input', () => {
  it('analyzeMessage never throws and evidence lies within the text', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const a = analyzeMessage(t, l ? { language: l } : {});
        expect(a.valence.score).toBeGreaterThanOrEqual(-1);
        expect(a.valence.score).toBeLessThanOrEqual(1);
        for (const m of a.moods) {
          expect(m.strength).toBeGreaterThan(0);
          expect(m.strength).toBeLessThanOrEqual(1);
          for (const e of m.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(e.start, e.end)).toBe(e.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checkDraft never throws, spans lie within the text and every rewrite applies', () => {
    fc.assert(
      fc.property(text, lang, fc.string({ maxLength: 30 }), (t, l, name) => {
        const r = checkDraft(t, {
          customerMoods: ['anger', 'grief'],
          customerName: name,
          ...(l ? { language: l } : {}),
        });
        for (const f of r.findings) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
          expect(f.span.end).toBeLessThanOrEqual(t.length);
          expect(f.rewrites.length).toBeGreaterThan(0);
          for (let i = 0; i < f.rewrites.length; i++) expect(typeof applyRewrite(t, f, i)).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays correct on texts built from trigger words', () => {
    const words = fc.constantFrom(
      'Sie hätten',
      'kein Problem',
      'leider',
      'Anwalt',
      'gestorben',
      'Instagram',
      'NICHT',
      '{{x}}',
      '!!!',
      'just',
      'ä',
      '\n',
      '. ',
      'Hallo,',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 40 }).map((a) => a.join(' ')),
        (t) => {
          for (const f of checkDraft(t, { customerMoods: ['anger'] }).findings)
            expect(f.span.end).toBeLessThanOrEqual(t.length);
          for (const m of analyzeMessage(t).moods)
            for (const e of m.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
        },
      ),
    );
  });
});
