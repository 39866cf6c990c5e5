import { selectionOf } from './selection';

// Putting the caret at the template's cursor mark after an insertion. Counting characters
// back with Selection.modify went wrong in rich editors (issue #16: typing after the
// insertion landed a few letters off): a blank line between paragraphs is two characters
// in the text but one step for the selection, and editors drop or keep trailing spaces.
// So the caret goes back over the visible, non-blank characters after the mark, then over
// the break or spaces in front of them.

const BLANK = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/;

/** Moves the caret from the end of the insertion to just before `tail` (the text after the cursor mark). */
export function placeCaretBefore(root: HTMLElement, tail: string): boolean {
  const selection = selectionOf(root);
  if (!selection?.rangeCount || !tail) return false;
  let remaining = [...tail].filter((c) => !BLANK.test(c)).length;
  const end = selection.getRangeAt(0);
  const texts: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (end.comparePoint(node, 0) > 0) break;
    texts.push(node as Text);
  }
  for (let i = texts.length - 1; i >= 0 && remaining > 0; i--) {
    const node = texts[i]!;
    const value = node.data;
    let offset = node === end.endContainer ? end.endOffset : value.length;
    while (offset > 0 && remaining > 0) {
      offset--;
      if (!BLANK.test(value[offset]!)) remaining--;
    }
    if (remaining === 0) {
      selection.collapse(node, offset);
      const lead = tail.match(/^[\s\u00a0]*/)![0];
      let breaks = lead.split('\n').length - 1;
      if (!breaks) for (let k = 0; k < lead.length; k++) selection.modify('move', 'backward', 'character');
      // One step crosses a paragraph boundary; editors that keep a blank line as an empty
      // paragraph need one more step for each.
      while (breaks-- > 0) {
        selection.modify('move', 'backward', 'character');
        if (!inEmptyBlock(selection.anchorNode)) break;
      }
      return true;
    }
  }
  return false;
}

function inEmptyBlock(node: Node | null): boolean {
  const el = node instanceof Element ? node : node?.parentElement;
  const block = el?.closest('p, div, li, h1, h2, h3, h4, blockquote, pre');
  return !!block && [...(block.textContent ?? '')].every((c) => BLANK.test(c));
}
