// The selection that belongs to an element, also inside open shadow roots (issue #16: an
// editor in a web component got nothing, because the selection was read from the document).
// Chromium retargets document.getSelection() to the shadow host and offers the inner
// nodes through ShadowRoot.getSelection(); Firefox's document selection already holds them.

interface ShadowWithSelection extends ShadowRoot {
  getSelection?: () => Selection | null;
}

export function selectionOf(el: Node): Selection | null {
  const root = el.getRootNode() as ShadowWithSelection;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  const doc = el.ownerDocument ?? (el as Document);
  return doc.getSelection();
}

/** The innermost focused element: through open shadow roots and same-origin iframes (TinyMCE, CKEditor 4). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (;;) {
    const inShadow = active?.shadowRoot?.activeElement;
    if (inShadow) {
      active = inShadow;
      continue;
    }
    if (!active || (active.tagName !== 'IFRAME' && active.tagName !== 'FRAME')) return active;
    let inner: Document | null = null;
    try {
      inner = (active as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    if (!inner?.activeElement || (inner.activeElement === inner.body && !inner.body.isContentEditable)) return active;
    active = inner.activeElement;
  }
}

/** Whether the keyboard focus is in `el` (its document's focus may sit on a shadow host above it). */
export function hasFocusWithin(el: Element): boolean {
  const active = deepActiveElement(el.ownerDocument);
  return !!active && el.contains(active);
}

/** The page's focus to `el`, through the frames that hold it, so typing goes on there (issue #16). */
export function focusDeep(el: HTMLElement): void {
  const frames: Element[] = [];
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== win.parent; win = win.parent) {
    try {
      if (win.frameElement) frames.unshift(win.frameElement);
    } catch {
      break; // a cross-origin parent: not ours to focus
    }
  }
  for (const frame of frames) (frame as HTMLElement).focus({ preventScroll: true });
  el.focus({ preventScroll: true });
}
