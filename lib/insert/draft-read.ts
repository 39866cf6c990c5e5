import { visibleText } from './plain';
import { type Target, toTarget } from './targets';

// Reading the agent's draft, for the side panel's live check: apart from replacing it
// (draft.ts), because every page's first-load content script reports the draft as it
// changes and must not bundle the insertion engine (lib/content/kit-api.ts).

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
