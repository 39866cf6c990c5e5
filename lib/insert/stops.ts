import { placeCaretBefore } from './caret';
import { selectionOf } from './selection';
import type { Target } from './targets';

// Tab stops after an insertion ({{cursor}}, then {{tab:1}}, {{tab:2}}…). A later stop can be
// kept neither as a DOM position (editors re-render their nodes) nor as an offset (the agent
// types at the earlier stops first). What stays put while the agent types before it is how
// much visible text follows it: the text after the insertion, which is counted before
// inserting, plus the template's own text after the stop. Blanks are not counted, since
// editors turn line breaks into paragraphs and drop or keep spaces (see caret.ts).
// Stops are visited in number order, which need not be the written order
// (`{{tab:2}} … {{tab:1}}`): what the agent typed at a stop also follows every stop written
// before it, so it is added to theirs (measured as the growth of the box's visible text).

const BLANK = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/;
const visible = (s: string) => [...s].filter((c) => !BLANK.test(c)).length;

interface Stop {
  /** Where it is in the inserted text. */
  at: number;
  /** The template's text after it. */
  tail: string;
  /** Visible characters typed since the insertion at stops written after it. */
  typed: number;
}

interface Session {
  el: HTMLElement;
  /** Visible characters after the insertion, in the whole box. */
  after: number;
  /** Where in the inserted text the stop the caret is at now is. */
  current: number;
  /** Visible characters in the whole box when the caret was put at the current stop. */
  length: number;
  /** The stops still to visit, in order. */
  stops: Stop[];
}
let session: Session | undefined;

const boxLength = (target: Target) =>
  visible(target.kind === 'text-control' ? target.el.value : (target.el.textContent ?? ''));

/** Visible characters after the selection (the caret, or the text an insertion replaces). */
export function visibleAfterCaret(target: Target): number | undefined {
  if (target.kind === 'text-control') {
    const el = target.el;
    return visible(el.value.slice(el.selectionEnd ?? el.value.length));
  }
  const selection = selectionOf(target.el);
  if (!selection?.rangeCount) return undefined;
  const range = target.el.ownerDocument.createRange();
  range.selectNodeContents(target.el);
  const end = selection.getRangeAt(0);
  range.setStart(end.endContainer, end.endOffset);
  return visible(range.toString());
}

/** Remembers the stops after the first (where the insertion left the caret); undefined forgets them. */
export function armStops(target: Target, after: number | undefined, text: string, stops?: number[]): void {
  session =
    after === undefined || !stops || stops.length < 2
      ? undefined
      : {
          el: target.el,
          after,
          current: stops[0]!,
          length: boxLength(target),
          stops: stops.slice(1).map((at) => ({ at, tail: text.slice(at), typed: 0 })),
        };
}

/** Tab in the box of the last insertion: moves the caret to its next stop, if one is left. */
export function moveToNextStop(target: Target): boolean {
  if (!session || session.el !== target.el) return false;
  // What was typed at the stop being left lies after the stops written before it.
  const length = boxLength(target);
  for (const stop of session.stops) if (stop.at < session.current) stop.typed += length - session.length;
  const next = session.stops.shift()!;
  const after = session.after + next.typed;
  session.current = next.at;
  session.length = length;
  if (session.stops.length === 0) session = undefined;
  if (target.kind === 'text-control') return placeInTextControl(target.el, after, next.tail);
  const moved = placeInRich(target.el, after, next.tail);
  // The browser tells editors of the new selection in a task of its own; a key typed at once
  // would reach an editor that copies the DOM selection on selectionchange (ProseMirror,
  // CKEditor 5) before that, and land at the old place. So tell them now.
  if (moved) target.el.ownerDocument.dispatchEvent(new Event('selectionchange'));
  return moved;
}

/** In a text field the template's text is there verbatim: back from the insertion's end over the stop's text. */
function placeInTextControl(el: HTMLTextAreaElement | HTMLInputElement, after: number, tail: string): boolean {
  const value = el.value;
  let end = value.length;
  for (let seen = 0; end > 0; end--) {
    if (BLANK.test(value[end - 1]!)) continue;
    if (seen === after) break;
    seen++;
  }
  let at = end;
  for (let left = visible(tail); at > 0 && left > 0; at--) if (!BLANK.test(value[at - 1]!)) left--;
  if (visible(tail) > 0) at = Math.max(0, at - /^\s*/.exec(tail)![0].length);
  el.setSelectionRange(at, at);
  return true;
}

/**
 * Back from the end of the insertion (just after its last visible character) over the stop's
 * visible text, then over the spaces the template put before it, within that text node; a
 * line break before the stop is crossed the way the first stop's was (caret.ts).
 */
function placeInRich(root: HTMLElement, after: number, tail: string): boolean {
  const selection = selectionOf(root);
  if (!selection) return false;
  const lead = /^[\s\u00a0]*/.exec(tail)![0];
  let skip = after;
  let left = visible(tail);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (let i = texts.length - 1; i >= 0; i--) {
    const node = texts[i]!;
    for (let offset = node.data.length; offset > 0; offset--) {
      if (BLANK.test(node.data[offset - 1]!)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      if (left === 0 || lead.includes('\n')) {
        // At the insertion's end (a stop with text after it goes back from here like the first).
        selection.collapse(node, offset);
        return left === 0 || placeCaretBefore(root, tail);
      }
      if (--left === 0) {
        let at = offset - 1;
        for (let n = lead.length; n > 0 && at > 0 && BLANK.test(node.data[at - 1]!); n--) at--;
        selection.collapse(node, at);
        return true;
      }
    }
  }
  return false;
}
