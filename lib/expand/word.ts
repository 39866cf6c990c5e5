import { selectionOf } from '../insert/selection';
import type { Target } from '../insert/targets';

const LAST_WORD = /(\S+)$/;

/** The word just before the caret in a reply box (for abbreviations), or null. */
export function wordBeforeCaret(target: Target): string | null {
  if (target.kind === 'text-control') {
    const { selectionStart: start, selectionEnd: end, value } = target.el;
    if (start === null || start !== end) return null;
    return value.slice(0, start).match(LAST_WORD)?.[1] ?? null;
  }
  const selection = selectionOf(target.el);
  if (!selection?.isCollapsed || !selection.anchorNode || !target.el.contains(selection.anchorNode)) return null;
  // Editors put the caret in a text node or between elements (CKEditor, ProseMirror):
  // read the text of the caret's block up to the caret either way.
  let block: Node = selection.anchorNode;
  while (
    block.parentNode &&
    block.parentNode !== target.el &&
    !/^(P|DIV|LI|H\d|BLOCKQUOTE|PRE)$/.test(block.nodeName)
  ) {
    block = block.parentNode;
  }
  const range = target.el.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEnd(selection.anchorNode, selection.anchorOffset);
  return range.toString().match(LAST_WORD)?.[1] ?? null;
}
