import { selectionOf } from '../insert/selection';
import type { Target } from '../insert/targets';

/** Where the caret is in a reply box, in the top document's coordinates (the palette opens next to it). */
export function caretRect(target: Target): DOMRect {
  if (target.kind === 'rich') {
    const selection = selectionOf(target.el);
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    const rect = range?.getBoundingClientRect();
    if (rect && (rect.width || rect.height)) return offsetForFrame(target.el, rect);
    // A caret on an empty line has no rectangle of its own: take its line's block (the
    // empty paragraph), one line high, rather than the whole box, which would open the
    // palette somewhere else each time.
    const node = range?.startContainer;
    const block = (node instanceof Element ? node : node?.parentElement)?.closest('p, div, li, h1, h2, h3, blockquote');
    if (block && target.el.contains(block)) {
      const line = block.getBoundingClientRect();
      const height = Math.min(line.height, lineHeight(block));
      return offsetForFrame(target.el, new DOMRect(line.x, line.y, 1, height));
    }
  }
  return offsetForFrame(target.el, target.el.getBoundingClientRect());
}

function lineHeight(el: Element): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const value = Number.parseFloat(style?.lineHeight ?? '');
  return Number.isFinite(value) ? value : Number.parseFloat(style?.fontSize ?? '16') * 1.3 || 20;
}

/** Rectangles inside a same-origin iframe (TinyMCE) are relative to that frame. */
function offsetForFrame(el: Element, rect: DOMRect): DOMRect {
  const frame = el.ownerDocument.defaultView?.frameElement;
  if (!frame) return rect;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(rect.x + outer.x, rect.y + outer.y, rect.width, rect.height);
}
