import { afterEach, describe, expect, it } from 'vitest';
import { blendValence, setValenceLimits, VALENCE_LIMITS, valenceInputs, valenceProbabilities } from '@/lib/tone/blend';

// Where the rules reached a side, the blend overrules them only when clearly sure, and only in
// a message long enough that one word is not the message (VALENCE_LIMITS, docs/tone.md).

const BAND = 0.25;
/** The model reads the message as clearly negative. */
const NEGATIVE: [number, number, number] = [0.97, 0.02, 0.01];
/** The rules found one friendly word. */
const FRIENDLY = 0.4;

afterEach(() => setValenceLimits(undefined));

describe('blendValence where the rules reached a side', () => {
  it('the blend is sure enough here to turn the label over (checked, so the cases below mean something)', () => {
    const q = valenceProbabilities(valenceInputs(FRIENDLY, false, NEGATIVE));
    expect(q[0]).toBeGreaterThanOrEqual(VALENCE_LIMITS.cross);
  });

  it('a long message the model reads as negative is negative, whatever one friendly word says', () => {
    expect(blendValence(FRIENDLY, false, NEGATIVE, 'blend', BAND, new Set(), 30)).toBeLessThanOrEqual(-BAND);
  });

  it('in a short message the word the rules found is the message', () => {
    const words = VALENCE_LIMITS.crossWords - 1;
    expect(blendValence(FRIENDLY, false, NEGATIVE, 'blend', BAND, new Set(), words)).toBe(FRIENDLY);
  });

  it('never goes back to the side of a cue the rules turned by negation', () => {
    // "nicht schlecht": the rules turned a negative cue; the model reads the negative word.
    const v = blendValence(FRIENDLY, false, NEGATIVE, 'blend', BAND, new Set([-1]), 30);
    expect(v).toBeGreaterThan(-BAND);
  });

  it('keeps the rules where the blend is not sure enough', () => {
    setValenceLimits({ ...VALENCE_LIMITS, cross: 0.999 });
    expect(blendValence(FRIENDLY, false, NEGATIVE, 'blend', BAND, new Set(), 30)).toBe(FRIENDLY);
  });

  it('the rules alone are never changed', () => {
    expect(blendValence(FRIENDLY, false, NEGATIVE, 'rules', BAND, new Set(), 30)).toBe(FRIENDLY);
  });
});
