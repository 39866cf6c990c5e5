import type { Mood } from '../db/schema';
import { notice } from '../i18n/notice';
import { DEFLECTING_RULES, type DraftPattern, type PhraseRule } from './data/draft-rules';
import { FEELINGS_RULES } from './data/draft-rules-feelings';
import { PROMISES_RULES } from './data/draft-rules-promises';
import { checkShapes } from './draft-shape-check';
import { mayMatch, requirement, textKeys } from './prefilter';
import { deletion } from './rephrase';
import type { MatchToken } from './matcher';
import { findAll, rx, sentenceAt } from './text';
import type { DraftFinding, Rewrite, ToneLanguage } from './types';

interface CompiledPattern {
  re: RegExp;
  need: string[] | null;
  rewrites: readonly string[] | undefined;
}
interface CompiledRule {
  rule: PhraseRule;
  patterns: Record<ToneLanguage, CompiledPattern[]>;
  grief: CompiledPattern[];
  exclude: Partial<Record<ToneLanguage, RegExp>>;
  excludeAfter: Partial<Record<ToneLanguage, RegExp>>;
}

function pattern(p: DraftPattern): CompiledPattern {
  const source = typeof p === 'string' ? p : p[0];
  return { re: rx(source), need: requirement(source), rewrites: typeof p === 'string' ? undefined : p[1] };
}

function optional(source: string | undefined): RegExp | undefined {
  return source === undefined ? undefined : rx(source, 'iu');
}

// Compiled once at module load: the draft check runs on every keystroke.
const COMPILED: CompiledRule[] = [...DEFLECTING_RULES, ...FEELINGS_RULES, ...PROMISES_RULES].map((rule) => ({
  rule,
  patterns: { de: rule.patterns.de.map(pattern), en: rule.patterns.en.map(pattern) },
  grief: (rule.griefOnly ?? []).map(pattern),
  exclude: { de: optional(rule.exclude?.de), en: optional(rule.exclude?.en) },
  excludeAfter: { de: optional(rule.excludeAfter?.de), en: optional(rule.excludeAfter?.en) },
}));

/** Keeps the case of the first letter: "Kein Problem" → "Gern". */
function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (!replacement || first === undefined) return replacement;
  return first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

export function checkPhrases(
  text: string,
  tokens: readonly MatchToken[],
  lang: ToneLanguage,
  moods: readonly Mood[],
): DraftFinding[] {
  const out: DraftFinding[] = [];
  const grieving = moods.includes('grief');
  const keys = textKeys(tokens);
  for (const c of COMPILED) {
    const { rule } = c;
    const patterns = grieving ? [...c.patterns[lang], ...c.grief] : c.patterns[lang];
    for (const p of patterns) {
      if (!mayMatch(p.need, keys)) continue;
      for (const m of findAll(p.re, text)) {
        const sentence = sentenceAt(text, m.start);
        const exclude = c.exclude[lang];
        if (exclude?.test(text.slice(sentence.start, sentence.end))) continue;
        const after = c.excludeAfter[lang];
        if (after) {
          const clauseEnd = text.slice(m.end).search(/[,.!?;:\n]/);
          if (after.test(text.slice(m.start, clauseEnd < 0 ? text.length : m.end + clauseEnd))) continue;
        }
        const span = rule.scope === 'sentence' ? sentence : { start: m.start, end: m.end };
        if (out.some((f) => f.rule === rule.id && f.span.start === span.start && f.span.end === span.end)) continue;
        const texts = p.rewrites ?? rule.rewrites[lang];
        const rewrites = texts.flatMap((t): Rewrite[] => {
          if (rule.scope !== 'phrase') return [{ kind: 'replace', text: t }];
          // A deletion or a lead-in ("To sum up: ") rephrases the sentence around the gap.
          if (t === '' || t.endsWith(': ')) {
            const rephrased = deletion(text, span, lang, t);
            return rephrased ? [rephrased] : [];
          }
          return [{ kind: 'replace', text: matchCase(t, m.text) }];
        });
        if (rewrites.length === 0) continue;
        out.push({
          rule: rule.id,
          span,
          severity: rule.id === 'grief_insensitive' && grieving ? 'error' : rule.severity,
          reason: notice(`reason_${rule.id}`),
          rewrites,
        });
      }
    }
  }
  // The shape rules generalise the tables above; a finding of the same rule there wins.
  for (const f of checkShapes(text, tokens, lang, grieving)) {
    if (out.some((o) => o.rule === f.rule && o.span.start < f.span.end && f.span.start < o.span.end)) continue;
    out.push(f);
  }
  return out;
}
