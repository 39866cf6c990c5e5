import { MOODS } from '../../lib/db/schema';
import { analyze } from '../../lib/tone/analyze';
import type { Mode } from '../../lib/tone/blend';
import { type Counts, macroF1, pct, prf, tally, valenceScores, type ValenceLabel } from './metrics';
import { type Lang, loadFeedback, loadMessages, type Part } from './sets';

// The blend's value made visible (issue #14): the same items read by the rules alone, the
// learned model alone and both blended, one line each.

const MODES: readonly Mode[] = ['rules', 'model', 'blend'];

function row(part: Part, lang: Lang, mode: Mode): string {
  const per = new Map<string, Counts>();
  const msgPairs: Array<[ValenceLabel, ValenceLabel]> = [];
  for (const m of loadMessages(part).filter((x) => x.lang === lang)) {
    const a = analyze(m.text, { uiLanguage: m.lang }, mode);
    const found = new Set<string>(a.moods.map((x) => x.label));
    for (const mood of MOODS) tally(per, mood, m.moods.includes(mood), found.has(mood));
    msgPairs.push([m.valence, a.valence.label]);
  }
  const fbPairs = loadFeedback(part)
    .filter((f) => f.lang === lang)
    .map((f) => [f.valence, analyze(f.text, { uiLanguage: f.lang }, mode).valence.label] as const);
  const p = (mood: string) => prf(per.get(mood) ?? { tp: 0, fp: 0, fn: 0 }).p;
  const msg = valenceScores(msgPairs);
  const fb = valenceScores(fbPairs);
  return [
    mode.padEnd(6),
    pct(macroF1(MOODS, per)),
    pct(p('praise')),
    pct(p('urgency')),
    pct(msg.macroF1),
    pct(msg.negativeF1),
    pct(fb.macroF1),
    pct(fb.negativeF1),
    pct(fb.negative.r),
  ].join('  ');
}

/** Prints rules-only, model-only and blended figures for one part of the frozen sets. */
export function compareModes(part: Part): void {
  console.log(`\n=== ${part.toUpperCase()}: rules only, model only, blended ===`);
  console.log(
    '  lang mode    moods  praiseP urgncyP msgVal msgNeg  fbVal  fbNeg  fbNegR   (macro-F1 / negative-F1 / recall)',
  );
  for (const lang of ['de', 'en'] as const)
    for (const mode of MODES) console.log(`  ${lang}   ${row(part, lang, mode)}`);
}
