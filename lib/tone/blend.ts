import { z } from 'zod';
import { MOODS, type Mood } from '../db/schema';
import { BLEND_WEIGHTS } from './data/blend-weights';
import { hashFeatures } from './hash-features';
import { contributions, type Prediction, predict, strongestSpans } from './model';
import type { Token } from './text';
import type { Evidence, Span, ToneLanguage, ValenceLabel } from './types';

// How the rules and the learned model are combined (docs/tone.md): a small second-level model
// ("stacking"). Per mood, a logistic regression over what the rules found (a cue's strength)
// and what the model reads (its log-odds) decides whether the mood is shown; for valence, a
// softmax over the rules' score and the model's probabilities decides the label. Its weights
// are fitted by `npm run tune:blend` on cross-validated readings of the training corpus (a
// model trained on four folds reads the fifth), never on the frozen sets: how far to trust the
// rules is learnt on text they were not tuned on. The rules stay the evidence an agent is shown.

export type Mode = 'rules' | 'model' | 'blend';

/**
 * How sure the blend must be before it overrules a side the rules reached. `neutralise`: its
 * probability of neutral needed to set that side aside. Chosen by hand, not fitted: 0.5 would
 * gain 0.3 points of valence macro-F1 in cross-validation, but sets aside plain statements such
 * as "Das Essen schmeckt gut." that the model, short of such text, reads as neutral. `cross`: its
 * probability of the other side needed to turn the label over, the words that moved the model
 * then shown as the reason. `npm run tune:blend` prints the cross-validated figures for a grid of
 * both; the choice is made there (docs/tone.md), never on the frozen sets.
 */
export interface ValenceLimits {
  neutralise: number;
  cross: number;
  /** Only in a message of at least this many words: in a short one, the word the rules found is the message. */
  crossWords: number;
}
export const VALENCE_LIMITS: Readonly<ValenceLimits> = { neutralise: 0.6, cross: 0.6, crossWords: 10 };
let limits: Readonly<ValenceLimits> = VALENCE_LIMITS;

/** Other limits for the fitting script's grid; undefined restores the shipped ones. */
export function setValenceLimits(next: ValenceLimits | undefined): void {
  limits = next ?? VALENCE_LIMITS;
}

const Logistic = z.strictObject({ bias: z.number(), weights: z.array(z.number()), threshold: z.number() });
const WeightsSchema = z.strictObject({
  version: z.literal(1),
  moods: z.strictObject(Object.fromEntries(MOODS.map((m) => [m, Logistic])) as Record<Mood, typeof Logistic>),
  valence: z.strictObject({ bias: z.array(z.number()).length(3), weights: z.array(z.array(z.number())).length(3) }),
});
export type BlendWeights = z.infer<typeof WeightsSchema>;

let weights: BlendWeights | undefined;
const load = (): BlendWeights => (weights ??= WeightsSchema.parse(BLEND_WEIGHTS));

/** Blends with other weights (the fitting script in tests/eval); undefined restores the shipped ones. */
export function setBlendWeights(raw: unknown): void {
  weights = raw === undefined ? undefined : WeightsSchema.parse(raw);
}

const clip = (x: number) => Math.max(-8, Math.min(8, x));
const logit = (p: number) => clip(Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** What the mood blend reads: the cue strength (0 when no cue counts), whether a cue counts, the model's log-odds, and both together. */
export function moodInputs(strength: number, found: boolean, p: number): number[] {
  const f = found ? 1 : 0;
  const l = logit(p);
  return [found ? strength : 0, f, l, f * l];
}

/** What the valence blend reads: the rules' score by side, whether they scored nothing, and the model's log-ratios against neutral. */
export function valenceInputs(rules: number, nothing: boolean, p: Prediction['valence']): number[] {
  const n = Math.max(1e-6, p[1]);
  return [
    Math.max(0, rules),
    Math.max(0, -rules),
    nothing ? 1 : 0,
    clip(Math.log(Math.max(1e-6, p[0]) / n)),
    clip(Math.log(Math.max(1e-6, p[2]) / n)),
  ];
}

const dot = (w: readonly number[], x: readonly number[]) => w.reduce((s, wi, i) => s + wi * (x[i] ?? 0), 0);

/** A logistic regression's probability for `inputs` (a mood's part of the blend). */
export const logistic = (m: { bias: number; weights: readonly number[] }, inputs: readonly number[]): number =>
  sigmoid(m.bias + dot(m.weights, inputs));

/** The blend's probabilities of negative, neutral, positive. */
export function valenceProbabilities(inputs: readonly number[]): [number, number, number] {
  const v = load().valence;
  const z = [0, 1, 2].map((k) => v.bias[k]! + dot(v.weights[k]!, inputs));
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const total = e[0]! + e[1]! + e[2]!;
  return [e[0]! / total, e[1]! / total, e[2]! / total];
}

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
 * The valence score after blending; `score` is the rules' score in [-1, 1] and `band` the
 * neutral band around 0. The blend's most likely label decides; the score keeps the rules'
 * strength where they agree. Where the rules reached a side, with their words highlighted, the
 * blend overrules them only when clearly sure (`limits`): neutral takes `neutralise`, the other
 * side `cross`, and only in a message of `crossWords` words or more (a report of a failure
 * that holds one friendly word is no positive message; in "The service was awful." the word is
 * the message, whatever the model makes of the frame). It never goes back to
 * the side of a cue the rules turned by negation (`turned`), so "nicht gut" stays turned.
 */
export function blendValence(
  score: number,
  foundNothing: boolean,
  p: Prediction['valence'],
  mode: Mode,
  band: number,
  turned: ReadonlySet<number> = new Set(),
  words = 0,
): number {
  if (mode === 'rules') return score;
  const q = mode === 'model' ? p : valenceProbabilities(valenceInputs(score, foundNothing, p));
  const top = q[0] >= q[1] && q[0] >= q[2] ? 0 : q[1] >= q[2] ? 1 : 2;
  const lean = q[2] - q[0];
  const reached = mode === 'blend' && Math.abs(score) >= band;
  if (reached && top === 1 && q[1] < limits.neutralise) return score;
  if (top === 1) return lean * band * 0.96;
  const side = top === 2 ? 1 : -1;
  if (mode === 'blend') {
    if (reached && (Math.sign(score) === side || q[top] < limits.cross || words < limits.crossWords)) return score;
    // Never back to the side of a cue the rules turned ("nicht dreckig" is no complaint because
    // the model reads one).
    if (turned.has(side)) return lean * band * 0.96;
  }
  return side * Math.max(Math.abs(lean), band);
}

/** A mood from the model alone is an overall impression: it ranks below any mood a cue shows. */
export function modelStrength(q: number, threshold: number): number {
  const span = Math.max(1e-6, 1 - threshold);
  return 0.35 + 0.3 * Math.min(1, Math.max(0, (q - threshold) / span));
}

/**
 * Which moods to keep and which to add (with their strength), given the rules' strengths and
 * the model's probabilities. In the blend, a mood whose cue the rules found negated or
 * cancelled (`blocked`) is never added: the model must not bring back what the rules ruled out.
 */
export function blendMoods(
  rules: ReadonlyMap<Mood, number>,
  p: Prediction['moods'],
  mode: Mode,
  blocked: ReadonlySet<Mood> = new Set(),
): { keep: Set<Mood>; add: Array<{ mood: Mood; strength: number }> } {
  const keep = new Set<Mood>();
  const add: Array<{ mood: Mood; strength: number }> = [];
  for (const mood of MOODS) {
    const found = rules.has(mood);
    if (mode === 'rules') {
      if (found) keep.add(mood);
      continue;
    }
    if (mode === 'model') {
      if (p[mood] >= 0.5) add.push({ mood, strength: modelStrength(p[mood], 0.5) });
      continue;
    }
    const m = load().moods[mood];
    const q = logistic(m, moodInputs(rules.get(mood) ?? 0, found, p[mood]));
    if (q < m.threshold) continue;
    if (found) keep.add(mood);
    else if (!blocked.has(mood)) add.push({ mood, strength: modelStrength(q, m.threshold) });
  }
  return { keep, add };
}
