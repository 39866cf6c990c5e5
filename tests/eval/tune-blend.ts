import { MOODS } from '../../lib/db/schema';
import { analyze } from '../../lib/tone/analyze';
import { BLEND } from '../../lib/tone/blend';
import { setModel } from '../../lib/tone/model';
import { type Counts, macroF1, pct, tally, valenceScores, type ValenceLabel } from './metrics';
import { loadFeedback, loadMessages } from './sets';
import { type Example, loadTraining } from './train-data';
import { train, type ModelBody } from './trainer';

// Chooses the blend's thresholds (lib/tone/blend.ts): `npm run tune:blend`. Never on test.
// Two judges, weighed equally: the dev part of the frozen sets with the shipped model, and
// five-fold cross-validation on the training corpus (a model trained on four folds reads the
// fifth). Dev alone would favour the rules, which were tuned on dev; the corpus was written
// blind to them. Moods first (add and drop thresholds, by mood macro-F1), then valence (by
// valence macro-F1), both languages together. Prints the grid's best; copy it into BLEND by
// hand, so that a change of the thresholds is a reviewed commit.

interface Item {
  lang: 'de' | 'en';
  text: string;
  valence: ValenceLabel;
  moods: readonly string[] | null;
}
interface Judge {
  model: ModelBody | undefined;
  items: Item[];
}

const FOLDS = 5;
const training = loadTraining();
const folds: Judge[] = [];
for (let f = 0; f < FOLDS; f++) {
  const held = (_: Example, i: number) => i % FOLDS === f;
  folds.push({
    model: train(training.filter((e, i) => !held(e, i))),
    // The fixtures train but do not judge: the rules were written with them.
    items: training.filter((e, i) => held(e, i) && e.source === 'corpus'),
  });
}
const dev: Judge[] = [
  { model: undefined, items: [...loadMessages('dev'), ...loadFeedback('dev').map((x) => ({ ...x, moods: null }))] },
];

function score(judges: readonly Judge[], what: 'moods' | 'valence'): number {
  let total = 0;
  for (const lang of ['de', 'en'] as const) {
    const per = new Map<string, Counts>();
    const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
    for (const j of judges) {
      setModel(j.model);
      for (const it of j.items.filter((x) => x.lang === lang)) {
        if (what === 'moods' && it.moods === null) continue;
        const a = analyze(it.text, { uiLanguage: lang });
        if (what === 'valence') pairs.push([it.valence, a.valence.label]);
        else {
          const found = new Set<string>(a.moods.map((x) => x.label));
          for (const mood of MOODS) tally(per, mood, it.moods!.includes(mood), found.has(mood));
        }
      }
    }
    total += (what === 'moods' ? macroF1(MOODS, per) : valenceScores(pairs).macroF1) / 2;
  }
  setModel(undefined);
  return total;
}

const both = (what: 'moods' | 'valence') => () => {
  const d = score(dev, what);
  const c = score(folds, what);
  return { d, c, s: (d + c) / 2 };
};

function search(
  keys: readonly [keyof typeof BLEND, keyof typeof BLEND],
  grid: readonly number[][],
  judge: () => { d: number; c: number; s: number },
) {
  let best = { s: -1, d: 0, c: 0, a: BLEND[keys[0]], b: BLEND[keys[1]] };
  for (const a of grid[0]!)
    for (const b of grid[1]!) {
      BLEND[keys[0]] = a;
      BLEND[keys[1]] = b;
      const r = judge();
      if (r.s > best.s + 1e-9) best = { ...r, a, b };
    }
  BLEND[keys[0]] = best.a;
  BLEND[keys[1]] = best.b;
  console.log(`${keys[0]} ${best.a}, ${keys[1]} ${best.b}: dev ${pct(best.d)}, cross-validation ${pct(best.c)}`);
}

const now = { moods: both('moods')(), valence: both('valence')() };
console.log(
  `current: moods dev ${pct(now.moods.d)} cv ${pct(now.moods.c)}; valence dev ${pct(now.valence.d)} cv ${pct(now.valence.c)}`,
);
const at = process.argv.indexOf('--only');
const run = (name: string) => at < 0 || process.argv[at + 1] === name;
const G = {
  moods: [
    [0.5, 0.6, 0.7, 0.8, 0.9, 1.01],
    [0, 0.02, 0.05],
  ],
  valence: [
    [0, 0.25, 0.5, 0.75, 1],
    [0.5, 0.6, 0.7, 0.8, 0.9, 1.01],
  ],
  temper: [
    [0.25, 0.5, 0.75, 1],
    [0.5, 0.6, 0.7, 0.8, 0.9],
  ],
};
if (run('moods')) search(['addMood', 'dropMood'], G.moods, both('moods'));
if (run('valence')) search(['valenceAlone', 'confident'], G.valence, both('valence'));
if (run('temper')) search(['temper', 'confident'], G.temper, both('valence'));
