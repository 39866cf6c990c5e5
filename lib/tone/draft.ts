import { checkPhrases } from './draft-phrases';
import { checkWhole } from './draft-whole';
import { detectLanguage } from './language';
import { withSentences } from './matcher';
import { tokenizeWords } from './text';
import type { DraftCheck, DraftFinding, DraftRuleId, ToneOptions } from './types';

export function check(text: string, options: ToneOptions = {}): DraftCheck {
  const ui = options.uiLanguage ?? 'de';
  const tokens = withSentences(text, tokenizeWords(text));
  const language = options.language ?? detectLanguage(text, ui, tokens);
  const moods = options.customerMoods ?? [];
  const findings = [
    ...checkPhrases(text, tokens, language, moods),
    ...checkWhole(text, tokens, language, moods, options.customerName, options.richText),
  ];
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { language, findings: findings.filter((f) => !outranked(f, findings)) };
}

// One explanation per problem: where a sentence is condescending or blames, its "obviously"
// or "ganz einfach" is part of that, not a second finding; a "sofort" in an order is the order,
// not a promise (issue #14: a command must not be explained as an overpromise).
const YIELDS_TO: Partial<Record<DraftRuleId, readonly DraftRuleId[]>> = {
  minimising: ['condescension', 'blame', 'if_you_had_read'],
  repetition: ['condescension'],
  command: ['not_responsible'],
  blame: ['if_you_had_read'],
  overpromise: ['command', 'cold_to_grief', 'passive_aggressive'],
};

function outranked(f: DraftFinding, all: readonly DraftFinding[]): boolean {
  const stronger = YIELDS_TO[f.rule];
  if (!stronger) return false;
  return all.some((g) => stronger.includes(g.rule) && g.span.start <= f.span.start && f.span.end <= g.span.end);
}
