import type { DraftFinding } from './types';

/**
 * Applies one rewrite of a finding and returns the new text (pure). An out-of-range index or a
 * finding from another text version returns the text unchanged rather than throwing.
 */
export function applyRewrite(text: string, finding: DraftFinding, rewriteIndex = 0): string {
  const rewrite = finding.rewrites[rewriteIndex];
  if (!rewrite) return text;
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(Number.isFinite(n) ? n : 0)));
  if (rewrite.kind === 'insert') {
    const at = clamp(rewrite.at);
    return text.slice(0, at) + rewrite.text + text.slice(at);
  }
  const span = rewrite.span ?? finding.span;
  const start = clamp(span.start);
  const end = Math.max(start, clamp(span.end));
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (rewrite.text === '') {
    // Deleting words: no double space; if the deleted words began with a capital (a sentence
    // start in either language), the word that now opens the sentence gets the capital.
    if (/\s$/.test(before) && /^\s/.test(after)) after = after.trimStart();
    const removed = text.slice(start, end);
    if (/^\p{Lu}/u.test(removed))
      after = after.replace(/^(\s*)(\p{Ll})/u, (_m, s: string, c: string) => s + c.toUpperCase());
    if (before.endsWith(' ') && /^[,.!?]/.test(after)) before = before.trimEnd();
  }
  return before + rewrite.text + after;
}
