import { SYNTHETIC_CLIPBOARD_DATA_READABLE } from '../platform/browser';
import { insertSnippet } from './engine';
import { visibleText } from './plain';
import { selectionOf } from './selection';
import { type Target, toTarget } from './targets';
import type { InsertOutcome } from './types';

// The agent's draft, for the side panel's live check, and replacing it with a rewritten
// version through the insertion engine, so the editor's own model takes it (one undo step).

const CARET_FILLERS = /[\u200b-\u200d\u2060\ufeff]/g;

/** The reply box to read: the one the agent last worked in while it is visible, else the first visible one. */
export function draftTarget(last: Target | null, boxes: HTMLElement[]): Target | null {
  if (last?.el.getClientRects().length) return last;
  return (boxes[0] && toTarget(boxes[0])) ?? last;
}

/** Text of a reply box: the value of a text control, the visible text of a rich editor. */
export function readDraft(target: Target | null): { text: string; rich: boolean } | null {
  if (!target?.el.isConnected) return null;
  if (target.kind === 'text-control') return { text: target.el.value, rich: false };
  const text = visibleText(target.el)
    .replace(CARET_FILLERS, '')
    .replace(/\u00a0/g, ' ');
  return { text: text.replace(/\s+$/, ''), rich: true };
}

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
  if (target) {
    const win = target.el.ownerDocument.defaultView ?? window;
    target.el.focus({ preventScroll: true });
    selectionOf(target.el)?.selectAllChildren(target.el);
    // Let the editor read the new selection into its model before the paste.
    await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
  }
  // Where a synthetic paste arrives empty (Firefox), the chain types the lines as paragraphs
  // (insertText, insertParagraph), which every editor models; execCommand insertHTML over a
  // selection empties CKEditor 5's view and leaves its model as it was.
  return insertSnippet(target, SYNTHETIC_CLIPBOARD_DATA_READABLE ? { text, html: linesToHtml(text) } : { text });
}
