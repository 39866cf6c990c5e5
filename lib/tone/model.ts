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
}

let loaded: Loaded | undefined;

function decode(raw: unknown): Loaded {
  const m = ModelSchema.parse(raw);
  const bytes = Uint8Array.from(atob(m.weights), (c) => c.charCodeAt(0));
  if (bytes.length !== BUCKETS * K) throw new Error(`tone model: ${bytes.length} weights, expected ${BUCKETS * K}`);
  return { bias: m.bias, scale: m.scale, weights: new Int8Array(bytes.buffer) };
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

export function predict(f: Features): Prediction {
  const { bias, scale, weights } = load();
  const sums = new Float64Array(K);
  for (const id of f.ids) {
    const at = id * K;
    for (let k = 0; k < K; k++) sums[k]! += weights[at + k]!;
  }
  const v = featureValue(f.ids.length);
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

/**
 * The spans that pushed an output most: the words an agent is shown when a mood or the
 * valence comes from the model. `against` is subtracted (negative valence is read against
 * positive). Tokens and symbols only; at most `max`, strongest first, in no overlap.
 */
export function strongestSpans(
  f: Features,
  spans: readonly Span[],
  output: (typeof OUTPUTS)[number],
  against?: (typeof OUTPUTS)[number],
  max = 3,
): Span[] {
  const { scale, weights } = load();
  const k = OUTPUTS.indexOf(output);
  const a = against === undefined ? -1 : OUTPUTS.indexOf(against);
  const by = new Map<number, number>();
  f.ids.forEach((id, i) => {
    const owner = f.owner[i]!;
    if (owner < 0) return;
    let w = weights[id * K + k]! * scale[k]!;
    if (a >= 0) w -= weights[id * K + a]! * scale[a]!;
    by.set(owner, (by.get(owner) ?? 0) + w);
  });
  return [...by]
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, max)
    .map(([owner]) => spans[owner]!)
    .sort((x, y) => x.start - y.start);
}
