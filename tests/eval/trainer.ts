import { MOODS } from '../../lib/db/schema';
import { ownWords } from '../../lib/tone/analyze';
import { BUCKET_BITS, BUCKETS, flatten, hashFeatures } from '../../lib/tone/hash-features';
import { featureValue, OUTPUTS, VALENCE_OUTPUTS } from '../../lib/tone/model';
import { tokenizeWords } from '../../lib/tone/text';
import type { Example } from './train-data';

// Multinomial logistic regression for valence and one-vs-rest logistic regression per mood,
// by AdaGrad over a seeded shuffle: the same data and options give the same model, bit for bit.

const K = OUTPUTS.length;

export interface TrainOptions {
  epochs: number;
  l2: number;
  lr: number;
  /** Weight of a mood's positive examples: each mood is rare. */
  posWeight: number;
  seed: number;
}

export const DEFAULTS: TrainOptions = { epochs: 30, l2: 1e-4, lr: 0.5, posWeight: 3, seed: 7 };

/** The model as lib/tone/model.ts reads it (TONE_MODEL). */
export interface ModelBody {
  version: 1;
  bits: number;
  outputs: readonly string[];
  bias: number[];
  scale: number[];
  weights: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function encode(e: Example) {
  const { text } = ownWords(e.text);
  const f = hashFeatures(text, tokenizeWords(text), e.lang);
  const target = new Float64Array(K).fill(Number.NaN);
  VALENCE_OUTPUTS.forEach((v, k) => (target[k] = e.valence === v ? 1 : 0));
  if (e.moods) MOODS.forEach((m, i) => (target[3 + i] = e.moods!.includes(m) ? 1 : 0));
  return { ids: flatten(f).ids, value: featureValue(f.count), target };
}

export function train(data: readonly Example[], o: TrainOptions = DEFAULTS, log = false): ModelBody {
  const examples = data.map(encode);
  const W = new Float64Array(BUCKETS * K);
  const G = new Float64Array(BUCKETS * K).fill(1e-8);
  const bias = new Float64Array(K);
  const biasG = new Float64Array(K).fill(1e-8);
  const random = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  const grad = new Float64Array(K);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const n of order) {
      const { ids, value, target } = examples[n]!;
      const logit = Array.from(bias);
      for (const id of ids) for (let k = 0; k < K; k++) logit[k]! += W[id * K + k]! * value;
      const top = Math.max(logit[0]!, logit[1]!, logit[2]!);
      const e = [0, 1, 2].map((k) => Math.exp(logit[k]! - top));
      const total = e[0]! + e[1]! + e[2]!;
      for (let k = 0; k < 3; k++) {
        const p = e[k]! / total;
        grad[k] = p - target[k]!;
        if (target[k] === 1) loss -= Math.log(p);
      }
      for (let k = 3; k < K; k++) {
        if (Number.isNaN(target[k])) {
          grad[k] = 0;
          continue;
        }
        const p = 1 / (1 + Math.exp(-logit[k]!));
        grad[k] = (p - target[k]!) * (target[k] === 1 ? o.posWeight : 1);
      }
      for (let k = 0; k < K; k++) {
        biasG[k]! += grad[k]! * grad[k]!;
        bias[k]! -= (o.lr * grad[k]!) / Math.sqrt(biasG[k]!);
      }
      for (const id of ids)
        for (let k = 0; k < K; k++) {
          const at = id * K + k;
          const g = grad[k]! * value + o.l2 * W[at]!;
          G[at]! += g * g;
          W[at]! -= (o.lr * g) / Math.sqrt(G[at]!);
        }
    }
    if (log && (epoch % 10 === 9 || epoch === o.epochs - 1))
      console.log(`epoch ${epoch + 1}: valence loss ${(loss / examples.length).toFixed(4)}`);
  }
  // 8-bit weights with one scale per output: a quarter of float32, and the rounding error is
  // far below what separates the classes (eval:tone reads the quantised model).
  const scale = OUTPUTS.map((_, k) => {
    let max = 0;
    for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(W[b * K + k]!));
    return max === 0 ? 1 : Number((max / 127).toPrecision(6));
  });
  const q = new Int8Array(BUCKETS * K);
  for (let b = 0; b < BUCKETS; b++) for (let k = 0; k < K; k++) q[b * K + k] = Math.round(W[b * K + k]! / scale[k]!);
  return {
    version: 1,
    bits: BUCKET_BITS,
    outputs: OUTPUTS,
    bias: Array.from(bias, (x) => Number(x.toPrecision(6))),
    scale,
    weights: Buffer.from(q.buffer).toString('base64'),
  };
}
