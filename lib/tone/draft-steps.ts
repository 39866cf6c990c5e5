import * as S from './data/draft-whole-shapes';
import { TokenMatcher, type MatchToken, type TokenMatch } from './matcher';
import type { ToneLanguage } from './types';

// Token-shape checks behind the whole-text rules `no_next_step` and `cant_do` (draft-whole.ts).

type Kind = 'step' | 'offer' | 'refusal' | 'condition' | 'alternative';

function table(lang: ToneLanguage): TokenMatcher<Kind> {
  const rows: Array<readonly [string, Kind]> = [
    ...S.NEXT_STEP_SHAPES[lang].map((p) => [p, 'step'] as const),
    ...S.OFFER_SHAPES[lang].map((p) => [p, 'offer'] as const),
    ...S.CANT_DO_SHAPES[lang].map((p) => [p, 'refusal'] as const),
    ...S.CONDITION_SHAPES[lang].map((p) => [p, 'condition'] as const),
    ...S.ALTERNATIVE_SHAPES[lang].map((p) => [p, 'alternative'] as const),
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
  const all = MATCHERS[lang].matchAll(toks);
  const of = (k: Kind) => all.filter((m) => m.tag === k);
  const refusals = of('refusal');
  // A question to the customer invites a reply ("Passt Ihnen die Zeit?").
  const asks = toks.some((t, i) => {
    const next = toks[i + 1];
    return (!next || next.sentence !== t.sentence) && /^\s*\?/.test(text.slice(t.end, t.end + 3));
  });
  const nextStep =
    asks ||
    of('step').length > 0 ||
    of('offer').some((m) => !refusals.some((r) => sameSentence(r, m) && m.first <= r.last));
  function sameSentence(a: TokenMatch<Kind>, b: TokenMatch<Kind>): boolean {
    return toks[a.first]!.sentence === toks[b.first]!.sentence;
  }
  const conditions = of('condition');
  const alternatives = of('alternative');
  const bareRefusals = refusals.filter((r) => {
    const sentence = toks[r.first]!.sentence;
    if (conditions.some((c) => toks[c.first]!.sentence === sentence && c.first < r.first)) return false;
    // An alternative anywhere but inside the refusal itself (or before it in its sentence).
    return !alternatives.some((a) => toks[a.first]!.sentence !== sentence || a.first > r.last);
  });
  return { nextStep, bareRefusals };
}
