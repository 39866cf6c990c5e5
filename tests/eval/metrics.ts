// Counting and printing for the tone evaluation.

export type Counts = { tp: number; fp: number; fn: number };
export const VALENCES = ['negative', 'neutral', 'positive'] as const;
export type ValenceLabel = (typeof VALENCES)[number];

export const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f = Number.isFinite(p) && Number.isFinite(r) && p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

export function tally(map: Map<string, Counts>, label: string, expected: boolean, predicted: boolean): void {
  const c = map.get(label) ?? { tp: 0, fp: 0, fn: 0 };
  if (expected && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (expected) c.fn++;
  map.set(label, c);
}

export function sum(map: Map<string, Counts>): Counts {
  return [...map.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

/** The macro-F1 over labels that occur (expected or predicted), without printing. */
export function macroF1(labels: readonly string[], map: Map<string, Counts>): number {
  const fs = labels
    .map((l) => map.get(l) ?? { tp: 0, fp: 0, fn: 0 })
    .filter((c) => c.tp + c.fp + c.fn > 0)
    .map((c) => prf(c).f);
  return fs.length === 0 ? Number.NaN : fs.reduce((a, b) => a + b, 0) / fs.length;
}

/** Accuracy, macro-F1 and negative-F1 of valence pairs (expected, predicted), without printing. */
export function valenceScores(pairs: ReadonlyArray<readonly [ValenceLabel, ValenceLabel]>): {
  accuracy: number;
  macroF1: number;
  negativeF1: number;
  negative: { p: number; r: number; f: number };
} {
  const per = new Map<string, Counts>();
  for (const [e, p] of pairs) for (const v of VALENCES) tally(per, v, e === v, p === v);
  const accuracy = pairs.filter(([e, p]) => e === p).length / Math.max(1, pairs.length);
  const macro = VALENCES.reduce((s, v) => s + prf(per.get(v) ?? { tp: 0, fp: 0, fn: 0 }).f, 0) / VALENCES.length;
  const negative = prf(per.get('negative') ?? { tp: 0, fp: 0, fn: 0 });
  return { accuracy, macroF1: macro, negativeF1: negative.f, negative };
}

/** Prints P/R/F1 per label; returns the macro-F1 over labels that occur (expected or predicted). */
export function table(title: string, labels: readonly string[], map: Map<string, Counts>): number {
  console.log(`\n${title}\n  label                  P      R      F1     (tp/fp/fn)`);
  let total = 0;
  let n = 0;
  for (const l of labels) {
    const c = map.get(l) ?? { tp: 0, fp: 0, fn: 0 };
    if (c.tp + c.fp + c.fn === 0) continue;
    const { p, r, f } = prf(c);
    total += f;
    n++;
    console.log(`  ${l.padEnd(22)} ${pct(p)}  ${pct(r)}  ${pct(f)}  (${c.tp}/${c.fp}/${c.fn})`);
  }
  return n === 0 ? Number.NaN : total / n;
}

export function confusion(pairs: ReadonlyArray<readonly [ValenceLabel, ValenceLabel]>): {
  accuracy: number;
  macroF1: number;
  negativeF1: number;
} {
  console.log('  valence confusion (rows = expected, columns = predicted)');
  console.log(`  ${''.padEnd(10)}${VALENCES.map((v) => v.padStart(10)).join('')}`);
  for (const e of VALENCES) {
    const row = VALENCES.map((p) => pairs.filter(([x, y]) => x === e && y === p).length);
    console.log(`  ${e.padEnd(10)}${row.map((n) => String(n).padStart(10)).join('')}`);
  }
  const { accuracy, macroF1, negativeF1, negative: neg } = valenceScores(pairs);
  console.log(
    `  accuracy ${pct(accuracy)}  macro-F1 ${pct(macroF1)}  negative: P ${pct(neg.p)} R ${pct(neg.r)} F1 ${pct(neg.f)}`,
  );
  return { accuracy, macroF1, negativeF1 };
}
