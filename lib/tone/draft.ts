import { checkPhrases } from './draft-phrases';
import { checkWhole } from './draft-whole';
import { detectLanguage } from './language';
import { tokenizeWords } from './text';
import type { DraftCheck, ToneOptions } from './types';

export function check(text: string, options: ToneOptions = {}): DraftCheck {
  const ui = options.uiLanguage ?? 'de';
  const tokens = tokenizeWords(text);
  const language = options.language ?? detectLanguage(text, ui, tokens);
  const moods = options.customerMoods ?? [];
  const findings = [
    ...checkPhrases(text, tokens, language, moods),
    ...checkWhole(text, tokens, language, moods, options.customerName, options.richText),
  ];
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { language, findings };
}
