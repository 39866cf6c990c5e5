import { selectionOf } from '../insert/selection';
import type { Target } from '../insert/targets';

/** Where the caret is in a reply box, in the top document's coordinates (the palette opens next to it). */
export function caretRect(target: Target): DOMRect {
  if (target.kind === 'rich') {
    const selection = selectionOf(target.el);
    const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
    if (rect && (rect.width || rect.height)) return offsetForFrame(target.el, rect);
  }
  return offsetForFrame(target.el, target.el.getBoundingClientRect());
}

/** Rectangles inside a same-origin iframe (TinyMCE) are relative to that frame. */
function offsetForFrame(el: Element, rect: DOMRect): DOMRect {
  const frame = el.ownerDocument.defaultView?.frameElement;
  if (!frame) return rect;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(rect.x + outer.x, rect.y + outer.y, rect.width, rect.height);
}
