import { MOODS } from '../../lib/db/schema';
import { analyze } from '../../lib/tone/analyze';
import { BLEND } from '../../lib/tone/blend';
import { type Counts, macroF1, pct, tally, valenceScores, type ValenceLabel } from './metrics';
import { loadFeedback, loadMessages } from './sets';

// Chooses the blend's thresholds (lib/tone/blend.ts) on the dev part of the frozen sets, never
// on test: `npm run tune:blend`. Moods first (add and drop thresholds, by mood macro-F1), then
// valence (the model's weights, by valence macro-F1 over messages and feedback), both
// languages together so that no threshold fits one language's few items. Prints the grid's
// best; copy it into BLEND by hand, so a change of the thresholds is a reviewed commit.

const messages = loadMessages('dev');
const feedback = loadFeedback('dev');

function moodScore(): number {
  let total = 0;
  for (const lang of ['de', 'en'] as const) {
    const per = new Map<string, Counts>();
    for (const m of messages.filter((x) => x.lang === lang)) {
      const found = new Set<string>(analyze(m.text, { uiLanguage: lang }).moods.map((x) => x.label));
      for (const mood of MOODS) tally(per, mood, m.moods.includes(mood), found.has(mood));
    }
    total += macroF1(MOODS, per) / 2;
  }
  return total;
}

function valenceScore(): number {
  let total = 0;
  for (const lang of ['de', 'en'] as const) {
    const pairs = (items: ReadonlyArray<{ lang: string; text: string; valence: ValenceLabel }>) =>
      items
        .filter((x) => x.lang === lang)
        .map((x) => [x.valence, analyze(x.text, { uiLanguage: lang }).valence.label] as const);
    total += (valenceScores(pairs(messages)).macroF1 + valenceScores(pairs(feedback)).macroF1) / 4;
  }
  return total;
}

function search(
  keys: readonly [keyof typeof BLEND, keyof typeof BLEND],
  grids: readonly number[][],
  score: () => number,
) {
  let best = { score: -1, a: BLEND[keys[0]], b: BLEND[keys[1]] };
  for (const a of grids[0]!)
    for (const b of grids[1]!) {
      BLEND[keys[0]] = a;
      BLEND[keys[1]] = b;
      const s = score();
      if (s > best.score + 1e-9) best = { score: s, a, b };
    }
  BLEND[keys[0]] = best.a;
  BLEND[keys[1]] = best.b;
  console.log(`${keys[0]} ${best.a}, ${keys[1]} ${best.b}: ${pct(best.score)}`);
}

console.log(`current: moods ${pct(moodScore())}, valence ${pct(valenceScore())}`);
search(
  ['addMood', 'dropMood'],
  [
    [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01],
    [0, 0.01, 0.03, 0.05, 0.1],
  ],
  moodScore,
);
search(
  ['valenceWeight', 'valenceAlone'],
  [
    [0, 0.1, 0.2, 0.3, 0.4, 0.5],
    [0, 0.2, 0.4, 0.6, 0.8, 1],
  ],
  valenceScore,
);
search(
  ['temper', 'temperAt'],
  [
    [0, 0.25, 0.5, 0.75],
    [0.3, 0.5, 0.7, 0.9],
  ],
  valenceScore,
);
