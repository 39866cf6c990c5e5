import { MOODS, type Mood } from '../db/schema';
import { hashFeatures } from './hash-features';
import { type Prediction, predict, strongestSpans } from './model';
import type { Token } from './text';
import type { Evidence, Span, ToneLanguage, ValenceLabel } from './types';

// How the rules and the learned model are combined (docs/tone.md). The rules stay the
// evidence an agent is shown; the model adds a mood or a valence where the rules found
// nothing (most missed complaints matched no cue at all), and tempers a rules finding only
// when it is confident the other way. The thresholds were chosen on the dev part of the
// frozen sets (`npm run eval:tone -- --part dev --no-test` prints rules, model and blend).

export const BLEND = {
  /** A mood the rules missed is added when the model gives it at least this probability. */
  addMood: 0.7,
  /** A mood the rules found is dropped when the model gives it less than this. */
  dropMood: 0,
  /** When the rules found no feeling at all, the model's (p_positive − p_negative) counts this much. */
  valenceAlone: 0,
  /** Where the model agrees with the rules' sign, this much of it is added. */
  valenceWeight: 0.1,
  /** Where it disagrees by at least `temperAt`, the rules' score shrinks by this share. */
  temper: 0.25,
  temperAt: 0.5,
};

export type Mode = 'rules' | 'model' | 'blend';

/** What the model read, with the words behind each reading (for the evidence view). */
export interface ModelReading {
  prediction: Prediction;
  /** Evidence for a mood or a valence label the model gives. */
  spans(output: Mood | ValenceLabel): Evidence[];
}

export function readModel(text: string, tokens: readonly Token[], lang: ToneLanguage): ModelReading {
  const features = hashFeatures(text, tokens, lang);
  const prediction = predict(features);
  const all: Span[] = [...tokens, ...features.symbols];
  return {
    prediction,
    spans(output) {
      const against = output === 'negative' ? 'positive' : output === 'positive' ? 'negative' : undefined;
      return strongestSpans(features, all, output, against).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    },
  };
}

/**
 * The valence score after blending; `score` is the rules' score in [-1, 1]. Where the rules
 * scored something the model never turns its sign, only strengthens or tempers it: a negated
 * cue ("nicht schlecht") must stay turned, and words the rules explain stay the explanation.
 */
export function blendValence(score: number, foundNothing: boolean, p: Prediction['valence'], mode: Mode): number {
  const model = p[2] - p[0];
  if (mode === 'rules') return score;
  if (mode === 'model') return p[1] >= p[0] && p[1] >= p[2] ? 0 : model;
  if (foundNothing) return model * BLEND.valenceAlone;
  if (Math.sign(model) === Math.sign(score)) return Math.max(-1, Math.min(1, score + model * BLEND.valenceWeight));
  return Math.abs(model) >= BLEND.temperAt ? score * (1 - BLEND.temper) : score;
}

/** A mood from the model alone is an overall impression: it ranks below any mood a cue shows. */
export function modelStrength(p: number): number {
  const span = Math.max(1e-6, 1 - BLEND.addMood);
  return 0.35 + 0.3 * Math.min(1, Math.max(0, (p - BLEND.addMood) / span));
}

/** Which moods to keep and which to add, given the rules' strengths and the model's probabilities. */
export function blendMoods(
  rules: ReadonlyMap<Mood, number>,
  p: Prediction['moods'],
  mode: Mode,
): { keep: Set<Mood>; add: Mood[] } {
  const keep = new Set<Mood>();
  const add: Mood[] = [];
  for (const mood of MOODS) {
    const found = rules.has(mood);
    if (mode === 'rules') {
      if (found) keep.add(mood);
    } else if (mode === 'model') {
      if (p[mood] >= 0.5) add.push(mood);
    } else if (found) {
      if (p[mood] >= BLEND.dropMood) keep.add(mood);
    } else if (p[mood] >= BLEND.addMood) add.push(mood);
  }
  return { keep, add };
}
