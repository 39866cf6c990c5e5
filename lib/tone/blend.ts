import { MOODS, type Mood } from '../db/schema';
import { hashFeatures } from './hash-features';
import { contributions, type Prediction, predict, strongestSpans } from './model';
import type { Token } from './text';
import type { Evidence, Span, ToneLanguage, ValenceLabel } from './types';

// How the rules and the learned model are combined (docs/tone.md). The rules stay the
// evidence an agent is shown; the model adds a mood or a valence where the rules found
// nothing (most missed complaints matched no cue at all), and tempers a rules finding only
// when it is confident the other way. The thresholds are what `npm run tune:blend` chose: dev
// and cross-validation on the training corpus, weighed equally (docs/tone.md says why).

export const BLEND = {
  /** A mood the rules missed is added when the model gives it at least this probability. */
  addMood: 0.5,
  /** A mood the rules found is dropped when the model gives it less than this (0: never). */
  dropMood: 0,
  /** When the rules found no feeling at all, the model's (p_positive − p_negative) counts this much. */
  valenceAlone: 0.25,
  /** The model's valence counts where its most likely label has at least this probability. */
  confident: 0.7,
  /** A confident model against the rules' side (or for neutral) shrinks their score by this share. */
  temper: 0.5,
};

export type Mode = 'rules' | 'model' | 'blend';

/** Where a confident model picks a side the rules left neutral, the score it gets. */
const SIDE = 0.3;

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
  let contrib: Float64Array | undefined;
  return {
    prediction,
    spans(output) {
      contrib ??= contributions(features, all.length);
      const against = output === 'negative' ? 'positive' : output === 'positive' ? 'negative' : undefined;
      return strongestSpans(contrib, all, output, against).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    },
  };
}

/**
 * The valence score after blending; `score` is the rules' score in [-1, 1]. A confident model
 * decides between neutral and a side, strengthens the rules or tempers them; it never turns
 * one side into the other, so a negated cue ("nicht gut") stays turned.
 */
export function blendValence(score: number, foundNothing: boolean, p: Prediction['valence'], mode: Mode): number {
  const model = p[2] - p[0];
  if (mode === 'rules') return score;
  if (mode === 'model') return p[1] >= p[0] && p[1] >= p[2] ? 0 : model;
  if (foundNothing) return model * BLEND.valenceAlone;
  const top = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
  if (p[top] < BLEND.confident) return score;
  // Never straight from one side to the other: a turned cue ("nicht gut") stays turned.
  if (top === 1 || Math.sign(score) === -Math.sign(model)) return score * (1 - BLEND.temper);
  return Math.sign(model) * Math.max(Math.abs(score), SIDE);
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
