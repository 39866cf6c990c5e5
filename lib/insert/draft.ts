import { insertSnippet } from './engine';
import type { Target } from './targets';
import type { InsertOutcome } from './types';

// The agent's draft, for the side panel's live check, and replacing it with a rewritten
// version through the insertion engine, so the editor's own model takes it (one undo step).

export { draftTarget, readDraft } from './draft-read';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph per line, so the editor keeps the draft's line structure. */
export function linesToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

/** Replaces the whole content of the reply box with `text`. */
export async function replaceDraft(target: Target | null, text: string): Promise<InsertOutcome> {
  if (target?.kind === 'text-control') {
    target.el.focus({ preventScroll: true });
    target.el.setSelectionRange(0, target.el.value.length);
    return insertSnippet(target, { text });
  }
  // The chain selects the whole content and waits until the editor has taken that selection
  // (lib/insert/late-selection.ts), and its read-back refuses a result that kept the old draft.
  // In Firefox, where the chain starts with execCommand, it types the lines as paragraphs
  // (insertText, insertParagraph), which every editor models; execCommand insertHTML over a
  // selection empties CKEditor 5's view and leaves its model as it was.
  return insertSnippet(
    target,
    import.meta.env.FIREFOX ? { text, replaceAll: true } : { text, html: linesToHtml(text), replaceAll: true },
  );
}
