import { z } from 'zod';
import { MOODS, type Mood } from '../db/schema';
import { TONE_MODEL } from './data/model-tone';
import { BUCKET_BITS, BUCKETS, type Features } from './hash-features';
import type { Span } from './types';

// The learned part of the tone engine: a linear model over hashed features (hash-features.ts),
// trained by tests/eval/train-tone.ts on text written for the purpose (docs/tone.md). Three
// outputs for valence (softmax) and one logistic output per mood. Weights are 8-bit integers
// with one scale per output, stored interleaved by bucket so that a feature reads one run.

export const VALENCE_OUTPUTS = ['negative', 'neutral', 'positive'] as const;
export const OUTPUTS = [...VALENCE_OUTPUTS, ...MOODS] as const;
const K = OUTPUTS.length;

const ModelSchema = z.object({
  version: z.literal(1),
  bits: z.literal(BUCKET_BITS),
  outputs: z.array(z.string()).refine((o) => o.join() === OUTPUTS.join(), 'outputs differ from the engine’s'),
  bias: z.array(z.number()).length(K),
  scale: z.array(z.number().positive()).length(K),
  weights: z.string(),
});

interface Loaded {
  bias: readonly number[];
  scale: readonly number[];
  weights: Int8Array;
  /** Summed weights of a word's features, per cached feature array: one run per token. */
  sums: WeakMap<readonly number[], Int32Array>;
}

let loaded: Loaded | undefined;

function decode(raw: unknown): Loaded {
  const m = ModelSchema.parse(raw);
  const bytes = Uint8Array.from(atob(m.weights), (c) => c.charCodeAt(0));
  if (bytes.length !== BUCKETS * K) throw new Error(`tone model: ${bytes.length} weights, expected ${BUCKETS * K}`);
  return { bias: m.bias, scale: m.scale, weights: new Int8Array(bytes.buffer), sums: new WeakMap() };
}

const load = (): Loaded => (loaded ??= decode(TONE_MODEL));

/** Reads with another model (the blend's cross-validation in tests/eval); undefined restores the shipped one. */
export function setModel(raw: unknown): void {
  loaded = raw === undefined ? undefined : decode(raw);
}

/** Feature value: long texts must not saturate the model by length alone. */
export const featureValue = (count: number) => 1 / Math.sqrt(Math.max(1, count));

export interface Prediction {
  /** Probabilities of negative, neutral, positive. */
  valence: [number, number, number];
  moods: Record<Mood, number>;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function wordSum(model: Loaded, group: readonly number[]): Int32Array {
  let sum = model.sums.get(group);
  if (sum === undefined) {
    sum = new Int32Array(K);
    for (const id of group) for (let k = 0; k < K; k++) sum[k]! += model.weights[id * K + k]!;
    model.sums.set(group, sum);
  }
  return sum;
}

export function predict(f: Features): Prediction {
  const model = load();
  const { bias, scale, weights } = model;
  const sums = new Float64Array(K);
  for (const group of f.words) {
    const sum = wordSum(model, group);
    for (let k = 0; k < K; k++) sums[k]! += sum[k]!;
  }
  for (const id of f.ids) {
    const at = id * K;
    for (let k = 0; k < K; k++) sums[k]! += weights[at + k]!;
  }
  const v = featureValue(f.count);
  const logit = (k: number) => bias[k]! + sums[k]! * scale[k]! * v;
  const l0 = logit(0);
  const l1 = logit(1);
  const l2 = logit(2);
  const top = Math.max(l0, l1, l2);
  const e = [Math.exp(l0 - top), Math.exp(l1 - top), Math.exp(l2 - top)];
  const total = e[0]! + e[1]! + e[2]!;
  const moods = {} as Record<Mood, number>;
  MOODS.forEach((mood, i) => (moods[mood] = sigmoid(logit(3 + i))));
  return { valence: [e[0]! / total, e[1]! / total, e[2]! / total], moods };
}

/** Each token's and symbol's scaled weight per output (owner-major, K per owner), for the evidence. */
export function contributions(f: Features, owners: number): Float64Array {
  const model = load();
  const { scale, weights } = model;
  const out = new Float64Array(owners * K);
  f.words.forEach((group, i) => {
    const sum = wordSum(model, group);
    for (let k = 0; k < K; k++) out[i * K + k] = sum[k]! * scale[k]!;
  });
  f.ids.forEach((id, j) => {
    const owner = f.owner[j]!;
    if (owner >= 0) for (let k = 0; k < K; k++) out[owner * K + k]! += weights[id * K + k]! * scale[k]!;
  });
  return out;
}

/**
 * The spans that pushed an output most: the words an agent is shown when a mood or the
 * valence comes from the model. `against` is subtracted (negative valence is read against
 * positive). At most `max`, in text order.
 */
export function strongestSpans(
  contrib: Float64Array,
  spans: readonly Span[],
  output: (typeof OUTPUTS)[number],
  against?: (typeof OUTPUTS)[number],
  max = 3,
): Span[] {
  const k = OUTPUTS.indexOf(output);
  const a = against === undefined ? -1 : OUTPUTS.indexOf(against);
  const best: Array<{ at: number; w: number }> = [];
  for (let o = 0; o < spans.length; o++) {
    const w = contrib[o * K + k]! - (a >= 0 ? contrib[o * K + a]! : 0);
    if (w <= 0 || (best.length === max && w <= best[max - 1]!.w)) continue;
    best.push({ at: o, w });
    best.sort((x, y) => y.w - x.w);
    if (best.length > max) best.pop();
  }
  return best.map((b) => spans[b.at]!).sort((x, y) => x.start - y.start);
}
