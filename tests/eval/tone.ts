import { readFileSync } from 'node:fs';
import { MOODS } from '../../lib/db/schema';
import { analyzeMessage, checkDraft, DRAFT_RULE_IDS } from '../../lib/tone/index';
import { DRAFTS } from '../fixtures/tone/drafts';
import { MESSAGES } from '../fixtures/tone/messages';
import type { LabelledDraft, LabelledMessage, ValenceLabel } from '../fixtures/tone/types';

// Evaluates the tone engine (issue #6).
//   npm run eval:tone                      labelled fixtures: all, development part, held-out part
//   npm run eval:tone -- --input FILE.tsv  any TSV with `text` and `valence` columns

const VALENCES: readonly ValenceLabel[] = ['negative', 'neutral', 'positive'];
type Counts = { tp: number; fp: number; fn: number };

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn);
  const f = Number.isFinite(p) && Number.isFinite(r) && p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}
function tally(map: Map<string, Counts>, label: string, expected: boolean, predicted: boolean): void {
  const c = map.get(label) ?? { tp: 0, fp: 0, fn: 0 };
  if (expected && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (expected) c.fn++;
  map.set(label, c);
}
function table(title: string, labels: readonly string[], map: Map<string, Counts>): number {
  console.log(`\n${title}\n  label                  P      R      F1     (tp/fp/fn)`);
  let sum = 0;
  for (const l of labels) {
    const c = map.get(l) ?? { tp: 0, fp: 0, fn: 0 };
    const { p, r, f } = prf(c);
    sum += f;
    console.log(`  ${l.padEnd(22)} ${pct(p)}  ${pct(r)}  ${pct(f)}  (${c.tp}/${c.fp}/${c.fn})`);
  }
  return sum / labels.length;
}
function confusion(pairs: Array<[ValenceLabel, ValenceLabel]>): { accuracy: number; macroF1: number } {
  console.log('\n  valence confusion (rows = expected, columns = predicted)');
  console.log(`  ${''.padEnd(10)}${VALENCES.map((v) => v.padStart(10)).join('')}`);
  const per = new Map<string, Counts>();
  for (const e of VALENCES) {
    const row = VALENCES.map((p) => pairs.filter(([x, y]) => x === e && y === p).length);
    console.log(`  ${e.padEnd(10)}${row.map((n) => String(n).padStart(10)).join('')}`);
  }
  for (const [e, p] of pairs) for (const v of VALENCES) tally(per, v, e === v, p === v);
  const accuracy = pairs.filter(([e, p]) => e === p).length / Math.max(1, pairs.length);
  const macroF1 = VALENCES.reduce((s, v) => s + prf(per.get(v) ?? { tp: 0, fp: 0, fn: 0 }).f, 0) / VALENCES.length;
  const neg = prf(per.get('negative') ?? { tp: 0, fp: 0, fn: 0 });
  console.log(
    `  accuracy ${pct(accuracy)}  macro-F1 ${pct(macroF1)}  negative: P ${pct(neg.p)} R ${pct(neg.r)} F1 ${pct(neg.f)}`,
  );
  return { accuracy, macroF1 };
}

function evalMessages(name: string, items: readonly LabelledMessage[]): void {
  console.log(`\n=== Customer messages: ${name} (${items.length}) ===`);
  const per = new Map<string, Counts>();
  const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
  let langOk = 0;
  for (const m of items) {
    const a = analyzeMessage(m.text, { uiLanguage: m.lang });
    const found = new Set(a.moods.map((x) => x.label));
    for (const mood of MOODS) tally(per, mood, m.moods.includes(mood), found.has(mood));
    pairs.push([m.valence, a.valence.label]);
    if (a.language === m.lang) langOk++;
  }
  const macro = table('  moods', MOODS, per);
  const micro = prf(
    [...per.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    }),
  );
  console.log(`  moods macro-F1 ${pct(macro)}  micro P ${pct(micro.p)} R ${pct(micro.r)} F1 ${pct(micro.f)}`);
  confusion(pairs);
  console.log(`  language accuracy ${pct(langOk / Math.max(1, items.length))}`);
}

function evalDrafts(name: string, items: readonly LabelledDraft[]): void {
  console.log(`\n=== Agent drafts: ${name} (${items.length}) ===`);
  const per = new Map<string, Counts>();
  for (const d of items) {
    const opts = {
      uiLanguage: 'en' as const,
      customerMoods: d.customerMoods ?? [],
      ...(d.customerName ? { customerName: d.customerName } : {}),
    };
    const found = new Set<string>(checkDraft(d.text, opts).findings.map((f) => f.rule));
    for (const rule of DRAFT_RULE_IDS) tally(per, rule, d.rules.includes(rule), found.has(rule));
  }
  table('  draft rules', DRAFT_RULE_IDS, per);
  const all = prf(
    [...per.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    }),
  );
  console.log(`  draft rules overall (micro): precision ${pct(all.p)}  recall ${pct(all.r)}  F1 ${pct(all.f)}`);
}

function fail(message: string): never {
  console.error(`eval:tone: ${message}`);
  process.exit(2);
}

function evalTsv(file: string): void {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const ti = header.indexOf('text');
  const vi = header.indexOf('valence');
  if (ti < 0 || vi < 0)
    fail(
      `${file}: the header must contain tab-separated "text" and "valence" columns (found: ${header.join(', ') || 'nothing'})`,
    );
  if (lines.length < 2) fail(`${file}: no data rows after the header`);
  const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split('\t');
    const unquote = (s: string | undefined) =>
      (s ?? '')
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .replace(/""/g, '"');
    const valence = unquote(cells[vi]).toLowerCase();
    if (cells.length <= Math.max(ti, vi))
      fail(
        `${file}, line ${i + 2}: expected at least ${Math.max(ti, vi) + 1} tab-separated columns, found ${cells.length}`,
      );
    if (!VALENCES.includes(valence as ValenceLabel))
      fail(`${file}, line ${i + 2}: valence must be negative, neutral or positive, found "${valence}"`);
    pairs.push([valence as ValenceLabel, analyzeMessage(unquote(cells[ti])).valence.label]);
  });
  console.log(`=== Valence on ${file} (${pairs.length} rows) ===`);
  confusion(pairs);
}

const args = process.argv.slice(2);
const inputAt = args.indexOf('--input');
if (inputAt >= 0) {
  const file = args[inputAt + 1];
  if (!file) fail('--input needs a file name: npm run eval:tone -- --input FILE.tsv');
  evalTsv(file);
} else {
  evalMessages('all', MESSAGES);
  evalMessages(
    'development (rules written against these)',
    MESSAGES.filter((m) => !m.heldOut),
  );
  evalMessages(
    'HELD-OUT',
    MESSAGES.filter((m) => m.heldOut),
  );
  evalDrafts('all', DRAFTS);
  evalDrafts(
    'development',
    DRAFTS.filter((d) => !d.heldOut),
  );
  evalDrafts(
    'HELD-OUT',
    DRAFTS.filter((d) => d.heldOut),
  );
}
