import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOODS, type Mood } from '../../lib/db/schema';
import { blendReading } from '../../lib/tone/analyze';
import {
  type BlendWeights,
  blendMoods,
  blendValence,
  logistic,
  moodInputs,
  setBlendWeights,
  setValenceLimits,
  VALENCE_LIMITS,
  valenceInputs,
} from '../../lib/tone/blend';
import { setModel } from '../../lib/tone/model';
import { type Counts, macroF1, pct, tally, valenceScores, type ValenceLabel } from './metrics';
import { loadFeedback, loadMessages } from './sets';
import { type Example, loadTraining } from './train-data';
import { train } from './trainer';

// Fits the blend of rules and model (lib/tone/blend.ts) and writes lib/tone/data/blend-weights.ts:
//   npm run tune:blend
// The blend is a second-level model, so it is fitted on readings of text neither part has
// seen: five-fold cross-validation on the training corpus (a model trained on four folds reads
// the fifth; the rules were never tuned on the corpus, which was written blind to them). The
// fixtures train the model but are not read here, since the rules were written with them. The
// frozen dev part is only reported (the rules were tuned on it, so it flatters them); test is
// never read. The printed figures come from a second cross-validation over the readings (the
// blend fitted on four fifths scores the fifth), beside the rules alone, the model alone and
// the previous hand-set blend on the same readings.

const FOLDS = 5;
const NEUTRAL_BAND = 0.25;
const VALENCES = ['negative', 'neutral', 'positive'] as const;

interface Row {
  lang: 'de' | 'en';
  valence: ValenceLabel;
  moods: readonly string[] | null;
  reading: ReturnType<typeof blendReading>;
}

function readAll(items: ReadonlyArray<Omit<Row, 'reading'> & { text: string }>): Row[] {
  return items.map((it) => ({ ...it, reading: blendReading(it.text, { uiLanguage: it.lang }) }));
}

const training = loadTraining();
const rows: Row[] = [];
for (let f = 0; f < FOLDS; f++) {
  const held = (_: Example, i: number) => i % FOLDS === f;
  setModel(train(training.filter((e, i) => !held(e, i))));
  rows.push(...readAll(training.filter((e, i) => held(e, i) && e.source === 'corpus')));
  console.log(`fold ${f + 1} of ${FOLDS} read`);
}
setModel(undefined);
const dev = readAll([...loadMessages('dev'), ...loadFeedback('dev').map((x) => ({ ...x, moods: null }))]);

// ---- fitting ------------------------------------------------------------------------------

const L2 = 0.01;

/** Logistic regression by Newton's method (few inputs, so exact and deterministic). */
function fitLogistic(x: readonly number[][], y: readonly number[]): { bias: number; weights: number[] } {
  const d = (x[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((xi, n) => {
      const v = [1, ...xi];
      const p = 1 / (1 + Math.exp(-v.reduce((s, vi, i) => s + vi * w[i]!, 0)));
      for (let i = 0; i < d; i++) {
        g[i]! += (p - y[n]!) * v[i]!;
        for (let j = 0; j < d; j++) H[i]![j]! += p * (1 - p) * v[i]! * v[j]!;
      }
    });
    for (let i = 1; i < d; i++) {
      g[i]! += L2 * x.length * w[i]!;
      H[i]![i]! += L2 * x.length;
    }
    for (let i = 0; i < d; i++) H[i]![i]! += 1e-9;
    const step = solve(H, g);
    for (let i = 0; i < d; i++) w[i]! -= step[i]!;
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: round(w[0]!), weights: w.slice(1).map(round) };
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r]![c]! / M[c]![c]!;
      for (let j = c; j <= n; j++) M[r]![j]! -= k * M[c]![j]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/** Softmax regression by gradient descent with a fixed schedule (deterministic). */
function fitSoftmax(x: readonly number[][], y: readonly number[]): { bias: number[]; weights: number[][] } {
  const d = x[0]?.length ?? 0;
  const W = Array.from({ length: 3 }, () => new Array<number>(d).fill(0));
  const b = [0, 0, 0];
  const lr = 0.5;
  for (let iter = 0; iter < 1500; iter++) {
    const gW = Array.from({ length: 3 }, () => new Array<number>(d).fill(0));
    const gb = [0, 0, 0];
    x.forEach((xi, n) => {
      const z = [0, 1, 2].map((k) => b[k]! + W[k]!.reduce((s, wk, i) => s + wk * xi[i]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e[0]! + e[1]! + e[2]!;
      for (let k = 0; k < 3; k++) {
        const g = e[k]! / total - (y[n] === k ? 1 : 0);
        gb[k]! += g;
        for (let i = 0; i < d; i++) gW[k]![i]! += g * xi[i]!;
      }
    });
    for (let k = 0; k < 3; k++) {
      b[k]! -= (lr * gb[k]!) / x.length;
      for (let i = 0; i < d; i++) W[k]![i]! -= lr * (gW[k]![i]! / x.length + L2 * W[k]![i]!);
    }
  }
  return { bias: b.map(round), weights: W.map((r) => r.map(round)) };
}

const round = (v: number) => Number(v.toPrecision(6));

/**
 * Praise and urgency are held to a precision of 0.90 (issue #14): a routine "danke" shown as
 * praise, or "heute" as urgency, misleads the agent more than a missed one. Their threshold
 * maximises F0.5, which weighs precision more; the other moods maximise F1.
 */
const BETA: Partial<Record<Mood, number>> = { praise: 0.5, urgency: 0.5 };

function moodF1(rs: readonly Row[], mood: Mood, threshold: number, fit: { bias: number; weights: number[] }): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rs) {
    const x = moodInputs(r.reading.moods.get(mood) ?? 0, r.reading.moods.has(mood), r.reading.prediction.moods[mood]);
    // As blendMoods decides: above the threshold, and never a mood whose cue the rules blocked.
    const yes = logistic(fit, x) >= threshold && (r.reading.moods.has(mood) || !r.reading.blocked.has(mood));
    const truth = r.moods!.includes(mood);
    if (yes && truth) tp++;
    else if (yes) fp++;
    else if (truth) fn++;
  }
  const b2 = (BETA[mood] ?? 1) ** 2;
  return tp === 0 ? 0 : ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp);
}

function fit(rs: readonly Row[]): BlendWeights {
  const withMoods = rs.filter((r) => r.moods !== null);
  const moods = {} as BlendWeights['moods'];
  for (const mood of MOODS) {
    const x = withMoods.map((r) =>
      moodInputs(r.reading.moods.get(mood) ?? 0, r.reading.moods.has(mood), r.reading.prediction.moods[mood]),
    );
    const y = withMoods.map((r) => (r.moods!.includes(mood) ? 1 : 0));
    const logistic = fitLogistic(x, y);
    // Moods are rare: the threshold that gives the best F1 on the readings, from a coarse grid.
    let best = { t: 0.5, f: -1 };
    for (const t of [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
      const f = moodF1(withMoods, mood, t, logistic);
      if (f > best.f + 1e-9) best = { t, f };
    }
    moods[mood] = { ...logistic, threshold: best.t };
  }
  const valence = fitSoftmax(
    rs.map((r) => valenceInputs(r.reading.rules, r.reading.nothing, r.reading.prediction.valence)),
    rs.map((r) => VALENCES.indexOf(r.valence)),
  );
  return { version: 1, moods, valence };
}

// ---- judging ------------------------------------------------------------------------------

type Way = 'rules' | 'model' | 'previous' | 'blend';

/** The hand-set blend this one replaces (addMood 0.5, dropMood 0, valenceAlone 0.25, confident 0.7, temper 0.5). */
function previousValence(score: number, nothing: boolean, p: readonly number[]): number {
  const model = p[2]! - p[0]!;
  if (nothing) return model * 0.25;
  const top = p[0]! >= p[1]! && p[0]! >= p[2]! ? 0 : p[1]! >= p[2]! ? 1 : 2;
  if (p[top]! < 0.7) return score;
  if (top === 1 || Math.sign(score) === -Math.sign(model)) return score * 0.5;
  return Math.sign(model) * Math.max(Math.abs(score), 0.3);
}

function readingOf(r: Row, way: Way): { moods: Set<string>; valence: ValenceLabel } {
  const { moods: rules, blocked, prediction: p, rules: score, nothing, turned, words } = r.reading;
  const out = new Set<string>();
  let v: number;
  if (way === 'previous') {
    for (const mood of MOODS) if (rules.has(mood) || (p.moods[mood] >= 0.5 && !blocked.has(mood))) out.add(mood);
    v = previousValence(score, nothing, p.valence);
  } else {
    const mode = way;
    const { keep, add } = blendMoods(rules, p.moods, mode, blocked);
    for (const mood of keep) out.add(mood);
    for (const a of add) out.add(a.mood);
    v = blendValence(score, nothing, p.valence, mode, NEUTRAL_BAND, turned, words);
  }
  if (out.has('sarcasm')) out.delete('praise');
  return { moods: out, valence: v <= -NEUTRAL_BAND ? 'negative' : v >= NEUTRAL_BAND ? 'positive' : 'neutral' };
}

function judge(rs: readonly Row[], way: Way, lang: 'de' | 'en') {
  const per = new Map<string, Counts>();
  const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
  for (const r of rs.filter((x) => x.lang === lang)) {
    const got = readingOf(r, way);
    pairs.push([r.valence, got.valence]);
    if (r.moods) for (const mood of MOODS) tally(per, mood, r.moods.includes(mood), got.moods.has(mood));
  }
  const v = valenceScores(pairs);
  return {
    moods: macroF1(MOODS, per),
    praiseP: precision(per.get('praise')),
    urgencyP: precision(per.get('urgency')),
    valence: v.macroF1,
    negF1: v.negativeF1,
  };
}
const precision = (c: Counts | undefined) => (c && c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0);

/** Second-level cross-validation: the blend fitted on four fifths of the readings scores the fifth. */
function crossValidated(): Map<string, ReturnType<typeof judge>> {
  const out = new Map<string, ReturnType<typeof judge>>();
  const ways: Way[] = ['rules', 'model', 'previous', 'blend'];
  for (const lang of ['de', 'en'] as const)
    for (const way of ways) {
      const parts: Array<ReturnType<typeof judge>> = [];
      for (let f = 0; f < FOLDS; f++) {
        const heldOut = rows.filter((_, i) => i % FOLDS === f);
        if (way === 'blend') setBlendWeights(fit(rows.filter((_, i) => i % FOLDS !== f)));
        parts.push(judge(heldOut, way, lang));
      }
      const mean = (k: keyof ReturnType<typeof judge>) => parts.reduce((s, p) => s + p[k], 0) / parts.length;
      out.set(`${lang} ${way}`, {
        moods: mean('moods'),
        praiseP: mean('praiseP'),
        urgencyP: mean('urgencyP'),
        valence: mean('valence'),
        negF1: mean('negF1'),
      });
    }
  setBlendWeights(undefined);
  return out;
}

const table = (title: string, get: (lang: 'de' | 'en', way: Way) => ReturnType<typeof judge>) => {
  console.log(`\n${title}\n  lang way        moods  praiseP  urgencyP  valence  negF1`);
  for (const lang of ['de', 'en'] as const)
    for (const way of ['rules', 'model', 'previous', 'blend'] as const) {
      const j = get(lang, way);
      console.log(
        `  ${lang}   ${way.padEnd(9)}  ${pct(j.moods)}  ${pct(j.praiseP)}    ${pct(j.urgencyP)}     ${pct(j.valence)}    ${pct(j.negF1)}`,
      );
    }
};

const cv = crossValidated();
table('Cross-validated on the training corpus (the blend fitted on other folds):', (l, w) => cv.get(`${l} ${w}`)!);

/**
 * How sure the blend must be to overrule a side the rules reached (VALENCE_LIMITS in
 * lib/tone/blend.ts): the same cross-validation, per pair of limits. The shipped pair is chosen
 * by hand from this table (docs/tone.md), since a plain statement the model reads wrongly costs
 * more trust than the table shows.
 */
function limitsGrid(): void {
  const foldWeights = Array.from({ length: FOLDS }, (_, f) => fit(rows.filter((_, i) => i % FOLDS !== f)));
  console.log(`\nValence limits, cross-validated (shipped: ${JSON.stringify(VALENCE_LIMITS)}):`);
  console.log('  neutralise  cross  words   de valence  de negF1   en valence  en negF1');
  for (const neutralise of [0.5, 0.6])
    for (const cross of [0.5, 0.6, 0.7, 1.01])
      for (const crossWords of cross > 1 ? [0] : [0, 6, 10, 15, 25]) {
        setValenceLimits({ neutralise, cross, crossWords });
        const score = (lang: 'de' | 'en', key: 'valence' | 'negF1') =>
          foldWeights.reduce((sum, w, f) => {
            setBlendWeights(w);
            return (
              sum +
              judge(
                rows.filter((_, i) => i % FOLDS === f),
                'blend',
                lang,
              )[key]
            );
          }, 0) / FOLDS;
        console.log(
          `  ${neutralise.toFixed(2).padStart(10)}  ${cross >= 1 ? 'never' : cross.toFixed(2).padStart(5)}  ${String(crossWords).padStart(5)}   ${pct(score('de', 'valence'))}     ${pct(score('de', 'negF1'))}      ${pct(score('en', 'valence'))}     ${pct(score('en', 'negF1'))}`,
        );
      }
  setValenceLimits(undefined);
  setBlendWeights(undefined);
}
limitsGrid();

const weights = fit(rows);
setBlendWeights(weights);
table('Frozen dev part, for information (the rules were tuned on it):', (l, w) => judge(dev, w, l));
setBlendWeights(undefined);

const file = join(import.meta.dirname, '../../lib/tone/data/blend-weights.ts');
writeFileSync(
  file,
  `// Generated by tests/eval/tune-blend.ts (npm run tune:blend) from cross-validated readings of
// ${rows.length} corpus messages. Do not edit by hand; docs/tone.md says how the blend is fitted.

/* prettier-ignore */
export const BLEND_WEIGHTS: unknown = ${JSON.stringify(weights)};
`,
);
console.log(`\nwrote ${file}`);
