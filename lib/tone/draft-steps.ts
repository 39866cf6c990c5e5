import * as S from './data/draft-whole-shapes';
import { type MatchToken, TokenMatcher, type TokenMatch } from './matcher';
import type { ToneLanguage } from './types';

// Token-shape checks behind the whole-text rules `no_next_step` and `cant_do` (draft-whole.ts).

type Kind =
  'step' | 'offer' | 'refusal' | 'condition' | 'alternative' | 'notStep' | 'noAlternative' | 'contrast' | 'inability';

function table(lang: ToneLanguage): TokenMatcher<Kind> {
  const rows: Array<readonly [string, Kind]> = [
    ...S.NEXT_STEP_SHAPES[lang].map((p) => [p, 'step'] as const),
    ...S.OFFER_SHAPES[lang].map((p) => [p, 'offer'] as const),
    ...S.CANT_DO_SHAPES[lang].map((p) => [p, 'refusal'] as const),
    ...S.CONDITION_SHAPES[lang].map((p) => [p, 'condition'] as const),
    ...S.ALTERNATIVE_SHAPES[lang].map((p) => [p, 'alternative'] as const),
    ...S.NOT_A_STEP_SHAPES[lang].map((p) => [p, 'notStep'] as const),
    ...S.NO_ALTERNATIVE_SHAPES[lang].map((p) => [p, 'noAlternative'] as const),
    ...S.CONTRAST_SHAPES[lang].map((p) => [p, 'contrast'] as const),
    ...S.INABILITY_SHAPES[lang].map((p) => [p, 'inability'] as const),
  ];
  return new TokenMatcher(rows);
}
const MATCHERS: Record<ToneLanguage, TokenMatcher<Kind>> = { de: table('de'), en: table('en') };

export interface StepReading {
  /** Something tells the customer what happens next. */
  nextStep: boolean;
  /** Refusals without a condition before them and without an alternative elsewhere. */
  bareRefusals: TokenMatch<Kind>[];
}

const READ = new WeakMap<readonly MatchToken[], StepReading>();

export function readSteps(toks: readonly MatchToken[], lang: ToneLanguage, text: string): StepReading {
  const known = READ.get(toks);
  if (known) return known;
  const reading = read(toks, lang, text);
  READ.set(toks, reading);
  return reading;
}

function read(toks: readonly MatchToken[], lang: ToneLanguage, text: string): StepReading {
  // Matches by sentence and kind: every relation below is within one sentence.
  const bySentence = new Map<number, Partial<Record<Kind, TokenMatch<Kind>[]>>>();
  for (const m of MATCHERS[lang].matchAll(toks)) {
    const n = toks[m.first]!.sentence;
    let row = bySentence.get(n);
    if (!row) bySentence.set(n, (row = {}));
    (row[m.tag] ??= []).push(m);
  }
  const inside = (a: TokenMatch<Kind>, b: TokenMatch<Kind>) => a.first >= b.first && a.last <= b.last;
  let nextStep = toks.some((t, i) => {
    // A question to the customer invites a reply ("Passt Ihnen die Zeit?").
    const next = toks[i + 1];
    return (!next || next.sentence !== t.sentence) && /^\s*\?/.test(text.slice(t.end, t.end + 3));
  });
  let alternatives = 0;
  const refusals: TokenMatch<Kind>[] = [];
  for (const row of bySentence.values()) {
    const no = (k: Kind) => row[k] ?? [];
    // "…können es nicht orten": not being able to find out is no refusal of the request.
    const said = no('refusal');
    const refusing = said.filter((r) => !no('inability').some((i) => i.first >= r.first && i.first <= r.last + 2));
    // An offer after a refusal in its sentence counts only after a turn ("…, but I can …").
    const turned = (m: TokenMatch<Kind>) =>
      refusing.every((r) => m.last < r.first || no('contrast').some((c) => c.first > r.last && c.first <= m.first));
    // "Wir haben uns die Sache angesehen", "please contact them directly": no step.
    const unsaid = (m: TokenMatch<Kind>) => no('notStep').some((d) => d.first >= m.first && d.first <= m.last + 3);
    const steps = no('step').filter((m) => !unsaid(m) && turned(m));
    // "we can't trace it" is no offer either.
    const overlaps = (a: TokenMatch<Kind>, b: TokenMatch<Kind>) => a.first <= b.last && a.last >= b.first;
    const offers = no('offer').filter(
      (m) => !said.some((r) => inside(m, r) || (overlaps(m, r) && !refusing.includes(r))) && turned(m),
    );
    if (steps.length > 0 || offers.length > 0) nextStep = true;
    const denied = no('noAlternative');
    // In a refusal's own sentence, only what follows a turn is an alternative ("Eine
    // Kulanzregelung ist nicht möglich" refuses the Kulanz; "…, aber ich kann …" offers).
    const turnedAlt = (a: TokenMatch<Kind>) =>
      refusing.every((r) => no('contrast').some((c) => c.first > r.last && c.first <= a.first));
    alternatives += [...no('alternative'), ...offers].filter(
      (a) =>
        !denied.some((d) => d.first <= a.first && d.last >= a.first) && !said.some((r) => inside(a, r)) && turnedAlt(a),
    ).length;
    for (const r of refusing) if (!no('condition').some((c) => c.first < r.first)) refusals.push(r);
  }
  return { nextStep, bareRefusals: alternatives > 0 ? [] : refusals.sort((a, b) => a.first - b.first) };
}
