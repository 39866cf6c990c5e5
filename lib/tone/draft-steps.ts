import * as S from './data/draft-whole-shapes';
import { TokenMatcher, type MatchToken, type TokenMatch } from './matcher';
import type { ToneLanguage } from './types';

// Token-shape checks behind the whole-text rules `no_next_step` and `cant_do` (draft-whole.ts).

type Kind = 'step' | 'offer' | 'refusal' | 'condition' | 'alternative' | 'notStep' | 'noAlternative' | 'contrast';

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
  const sentence = (m: TokenMatch<Kind>) => toks[m.first]!.sentence;
  const inside = (a: TokenMatch<Kind>, b: TokenMatch<Kind>) => a.first >= b.first && a.last <= b.last;
  const refusals = of('refusal');
  const notSteps = of('notStep');
  // "Wir haben uns die Sache angesehen", "please contact them directly": no step.
  const unsaid = (m: TokenMatch<Kind>) => notSteps.some((d) => d.first >= m.first && d.first <= m.last + 3);
  // A question to the customer invites a reply ("Passt Ihnen die Zeit?").
  const asks = toks.some((t, i) => {
    const next = toks[i + 1];
    return (!next || next.sentence !== t.sentence) && /^\s*\?/.test(text.slice(t.end, t.end + 3));
  });
  const contrasts = of('contrast');
  // An offer after a refusal in its sentence counts only after a turn ("…, but I can …").
  const turned = (m: TokenMatch<Kind>) =>
    refusals.every(
      (r) =>
        sentence(r) !== sentence(m) ||
        m.last < r.first ||
        contrasts.some((c) => sentence(c) === sentence(m) && c.first > r.last && c.first <= m.first),
    );
  const steps = of('step').filter((m) => !unsaid(m) && turned(m));
  const offers = of('offer').filter(
    (m) => !refusals.some((r) => sentence(r) === sentence(m) && inside(m, r)) && turned(m),
  );
  const nextStep = asks || steps.length > 0 || offers.length > 0;
  const conditions = of('condition');
  const denied = of('noAlternative');
  const alternatives = [...of('alternative'), ...steps, ...offers].filter(
    (a) =>
      !denied.some((d) => inside(a, d) || (sentence(d) === sentence(a) && d.last >= a.first && d.first <= a.first)) &&
      !refusals.some((r) => inside(a, r)) &&
      turned(a),
  );
  const bareRefusals = refusals.filter((r) => {
    if (conditions.some((c) => sentence(c) === sentence(r) && c.first < r.first)) return false;
    return !alternatives.some((a) => a !== r);
  });
  return { nextStep, bareRefusals };
}
