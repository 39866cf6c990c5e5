import type { Mood } from '../db/schema';
import { notice } from '../i18n/notice';
import * as D from './data/draft-whole';
import { nameKeys, namedGreeting, newGreeting, parseName } from './greeting';
import { deletion } from './rephrase';
import { readSteps } from './draft-steps';
import type { MatchToken } from './matcher';
import { findAll, rx, sentenceAt } from './text';
import type { DraftFinding, DraftRuleId, Severity, ToneLanguage } from './types';

const both = (r: Record<ToneLanguage, string>, flags = 'giu') => ({ de: rx(r.de, flags), en: rx(r.en, flags) });
const UNFORTUNATELY = both(D.UNFORTUNATELY);
const DATE = both(D.DATE);
const GREETING = rx(D.GREETING, 'iu');
const PLACEHOLDER = rx(D.PLACEHOLDER);
const IN_GREETING = rx(D.PLACEHOLDER, 'i');
const SIGN_OFF = rx(D.SIGN_OFF, 'imu');
const PAST = /\b(?:vom|seit|since|of|dated)\s*$/i;
const UPSET: readonly Mood[] = ['anger', 'frustration', 'public_threat', 'legal_threat'];

type Ctx = {
  text: string;
  tokens: readonly MatchToken[];
  lang: ToneLanguage;
  moods: readonly Mood[];
  name: string | undefined;
  /** What separates paragraphs in this reply box (see ToneOptions.richText). */
  paragraph: string;
};

function finding(
  ctx: Ctx,
  rule: DraftRuleId,
  severity: Severity,
  span: DraftFinding['span'],
  rewrites: DraftFinding['rewrites'],
): DraftFinding {
  return { rule, span, severity, reason: notice(`reason_${rule}`), rewrites };
}

function cantDo(ctx: Ctx): DraftFinding[] {
  const refusal = readSteps(ctx.tokens, ctx.lang, ctx.text).bareRefusals[0];
  if (!refusal) return [];
  const s = sentenceAt(ctx.text, ctx.tokens[refusal.first]!.start);
  return [finding(ctx, 'cant_do', 'warning', s, [{ kind: 'insert', at: s.end, text: D.CANT_DO_REWRITE[ctx.lang] }])];
}

function density(ctx: Ctx): DraftFinding[] {
  const hits = findAll(UNFORTUNATELY[ctx.lang], ctx.text);
  const words = Math.max(1, ctx.tokens.length);
  // LanguageTool flags filler above ~8% of words; two in a short reply (≥4%) already weigh.
  if (hits.length < 2 || (hits.length < 3 && hits.length / words < 0.04)) return [];
  return hits.slice(1).map((h) => {
    const span = { start: h.start, end: h.end };
    return finding(ctx, 'unfortunately_density', 'info', span, [
      deletion(ctx.text, span, ctx.lang) ?? { kind: 'replace', text: '' },
    ]);
  });
}

function allCaps(ctx: Ctx): DraftFinding[] {
  // "[BESTELLNUMMER]" is a placeholder (its own finding), not shouting.
  const holes = findAll(PLACEHOLDER, ctx.text);
  const caps = ctx.tokens.filter(
    (t) =>
      !holes.some((h) => h.start <= t.start && t.end <= h.end) &&
      t.raw.length >= 2 &&
      !/\d/.test(t.raw) &&
      t.raw === t.raw.toUpperCase() &&
      t.raw !== t.raw.toLowerCase() &&
      !D.ACRONYMS.has(t.raw),
  );
  // A long word in capitals shouts; so do two short ones in a row ("DO NOT").
  const adjacent = (a: { end: number } | undefined, b: { start: number } | undefined) =>
    !!a && !!b && /^\s+$/.test(ctx.text.slice(a.end, b.start));
  return caps
    .filter((t, i) => t.raw.length >= 4 || adjacent(caps[i - 1], t) || adjacent(t, caps[i + 1]))
    .map((t) => {
      const lower = t.raw.toLowerCase();
      const title = lower[0]!.toUpperCase() + lower.slice(1);
      return finding(ctx, 'all_caps', 'warning', { start: t.start, end: t.end }, [
        { kind: 'replace', text: lower },
        { kind: 'replace', text: title },
      ]);
    });
}

function greetingAndName(ctx: Ctx): DraftFinding[] {
  const out: DraftFinding[] = [];
  const greeting = GREETING.exec(ctx.text);
  const lead = ctx.text.length - ctx.text.trimStart().length;
  const name = parseName(ctx.name);
  if (!greeting && /\p{L}/u.test(ctx.text)) {
    out.push(
      finding(ctx, 'missing_greeting', 'info', { start: lead, end: lead }, [
        { kind: 'insert', at: lead, text: `${newGreeting(ctx.text, ctx.lang, name)}${ctx.paragraph}` },
      ]),
    );
  }
  // "Hallo Frau {{Nachname}}": the placeholder is the finding, not a missing name.
  if (name && greeting && !IN_GREETING.test(greeting[0])) {
    const seen = new Set(ctx.tokens.map((t) => t.norm));
    if (!nameKeys(name).some((k) => seen.has(k))) {
      const written = greeting[0].trim();
      const start = greeting.index + greeting[0].indexOf(written);
      const span = { start, end: start + written.length };
      out.push(
        finding(ctx, 'missing_name', 'info', span, [
          { kind: 'replace', text: namedGreeting(written, ctx.text, ctx.lang, name) },
        ]),
      );
    }
  }
  return out;
}

function placeholders(ctx: Ctx): DraftFinding[] {
  const name = parseName(ctx.name);
  const first = name?.first ?? name?.full;
  return findAll(PLACEHOLDER, ctx.text).map((m) => {
    const isName = /name/i.test(m.text);
    return finding(ctx, 'placeholder', 'error', m, [{ kind: 'replace', text: isName && first ? first : '' }]);
  });
}

function nextStep(ctx: Ctx): DraftFinding[] {
  if (!ctx.moods.some((m) => UPSET.includes(m))) return [];
  // A date ahead counts; "Ihre Nachricht vom 12. November" is history.
  const ahead = findAll(DATE[ctx.lang], ctx.text).some(
    (d) => !PAST.test(ctx.text.slice(Math.max(0, d.start - 12), d.start)),
  );
  if (ahead || readSteps(ctx.tokens, ctx.lang, ctx.text).nextStep) return [];
  SIGN_OFF.lastIndex = 0;
  const signOff = ctx.text.search(SIGN_OFF);
  const at =
    signOff > 0
      ? signOff + (ctx.text.slice(signOff).length - ctx.text.slice(signOff).trimStart().length)
      : ctx.text.length;
  const step = D.NEXT_STEP[ctx.lang].trim();
  const text = signOff > 0 ? step + ctx.paragraph : ctx.paragraph + step;
  return [finding(ctx, 'no_next_step', 'warning', { start: at, end: at }, [{ kind: 'insert', at, text }])];
}

export function checkWhole(
  text: string,
  tokens: readonly MatchToken[],
  lang: ToneLanguage,
  moods: readonly Mood[],
  name: string | undefined,
  richText?: boolean,
): DraftFinding[] {
  const plainParagraphs = richText === undefined ? text.includes('\n\n') || !text.includes('\n') : !richText;
  const ctx: Ctx = { text, tokens, lang, moods, name, paragraph: plainParagraphs ? '\n\n' : '\n' };
  return [
    ...cantDo(ctx),
    ...density(ctx),
    ...allCaps(ctx),
    ...greetingAndName(ctx),
    ...placeholders(ctx),
    ...nextStep(ctx),
  ];
}
