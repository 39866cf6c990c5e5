import { notice } from '../i18n/notice';
import type { ShapeRule } from './data/draft-shapes';
import { SHAPES_DE } from './data/draft-shapes-de';
import { SHAPES_EN } from './data/draft-shapes-en';
import { type MatchToken, TokenMatcher } from './matcher';
import { deletion } from './rephrase';
import { sentenceAt } from './text';
import type { DraftFinding, ToneLanguage } from './types';

// Runs the shape rules (data/draft-shapes*.ts) in one pass over the draft's tokens.

type Tag = { rule: number; kind: 'match' | 'grief' | 'unless' };

function compile(rules: readonly ShapeRule[]): TokenMatcher<Tag> {
  const all: Array<readonly [string, Tag]> = [];
  rules.forEach((r, rule) => {
    for (const p of r.patterns) all.push([p, { rule, kind: 'match' }]);
    for (const p of r.griefOnly ?? []) all.push([p, { rule, kind: 'grief' }]);
    for (const p of r.unless ?? []) all.push([p, { rule, kind: 'unless' }]);
  });
  return new TokenMatcher(all);
}

const TABLES: Record<ToneLanguage, { rules: readonly ShapeRule[]; matcher: TokenMatcher<Tag> }> = {
  de: { rules: SHAPES_DE, matcher: compile(SHAPES_DE) },
  en: { rules: SHAPES_EN, matcher: compile(SHAPES_EN) },
};

export function checkShapes(
  text: string,
  toks: readonly MatchToken[],
  lang: ToneLanguage,
  grieving: boolean,
): DraftFinding[] {
  const { rules, matcher } = TABLES[lang];
  const matches = matcher.matchAll(toks);
  const cancelled = new Set<string>();
  for (const m of matches) if (m.tag.kind === 'unless') cancelled.add(`${m.tag.rule}:${toks[m.first]!.sentence}`);
  const out: DraftFinding[] = [];
  const done = new Set<string>();
  for (const m of matches) {
    if (m.tag.kind === 'unless' || (m.tag.kind === 'grief' && !grieving)) continue;
    const rule = rules[m.tag.rule]!;
    const first = toks[m.first]!;
    if (cancelled.has(`${m.tag.rule}:${first.sentence}`)) continue;
    const sentence = sentenceAt(text, first.start);
    if (rule.statementOnly && text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) continue;
    const key = `${rule.id}:${sentence.start}`;
    if (done.has(key)) continue;
    done.add(key);
    if (rule.rewrite === '') {
      // A deletion: the matched words and the comma or colon after them go.
      const tail = /^[,:]?\s*/.exec(text.slice(toks[m.last]!.end))![0];
      const span = { start: first.start, end: toks[m.last]!.end + tail.length };
      const rewrite = deletion(text, span, lang);
      if (!rewrite) continue;
      out.push({
        rule: rule.id,
        span,
        severity: rule.severity,
        reason: notice(`reason_${rule.id}`),
        rewrites: [rewrite],
      });
      continue;
    }
    out.push({
      rule: rule.id,
      span: sentence,
      severity: rule.id === 'cold_to_grief' && grieving ? 'error' : rule.severity,
      reason: notice(`reason_${rule.id}`),
      rewrites: [{ kind: 'replace', text: rule.rewrite }],
    });
  }
  return out;
}
