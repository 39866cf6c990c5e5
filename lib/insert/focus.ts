import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deepActiveElement, focusDeep, hasFocusWithin, selectionOf } from './selection';
import { type Target, toTarget } from './targets';

// Remembers the reply box the agent last worked in, and its caret or selection, so that
// an insertion started from the side panel or the palette (which take the focus away)
// lands where the agent left off. Same-origin iframes (TinyMCE, CKEditor 4) and open
// shadow roots are followed.

export interface FocusTracker {
  /** The last focused reply box, with the focus and its selection restored. */
  restore(): Target | null;
  current(): Target | null;
  /** Calls `listen` for this document and each same-origin frame document, again after a frame's document is rewritten. */
  onFrame(listen: (doc: Document) => void): void;
}

/** An editor that has just got the focus back takes its selection a moment later (CKEditor 5's focus observer). */
const FOCUS_SETTLE_MS = 100;

/** The reply box to insert into, with the focus back in it and settled there. */
export async function focusForInsert(focus: FocusTracker): Promise<Target | null> {
  const before = focus.current();
  const moved = !!before && !hasFocusWithin(before.el);
  const target = focus.restore();
  if (moved && target) await new Promise((resolve) => setTimeout(resolve, FOCUS_SETTLE_MS));
  return target;
}

export function trackFocus(ctx: ContentScriptContext, doc: Document = document): FocusTracker {
  let last: Target | null = null;
  let range: Range | null = null;
  // CKEditor 4's setData rewrites its iframe with document.write: the Document stays the
  // same object but loses every listener (issue #16). So a document counts as watched
  // only while it still has the root element it had when the listeners were added.
  const watchedRoot = new WeakMap<Document, Element | null>();
  const frameDocs = new Set<Document>();
  const frameListeners: ((doc: Document) => void)[] = [];
  const isWatched = (d: Document) => watchedRoot.has(d) && watchedRoot.get(d) === d.documentElement;

  // A page's synthetic focus event is no sign of the agent's focus: the tracker follows only
  // the browser's own events (which report where focus really is).
  const onFocus = (event?: Event) => {
    if (event && !event.isTrusted) return;
    const target = toTarget(deepActiveElement(doc));
    if (target) last = target;
    scanFrames();
  };
  const selectionListeners = new WeakMap<Document, () => void>();
  const onSelection = (source: Document) => {
    let listener = selectionListeners.get(source);
    if (!listener) {
      listener = () => {
        if (last?.kind !== 'rich' || last.el.ownerDocument !== source) return;
        const selection = selectionOf(last.el);
        if (selection?.rangeCount && last.el.contains(selection.anchorNode)) {
          range = selection.getRangeAt(0).cloneRange();
        }
      };
      selectionListeners.set(source, listener);
    }
    return listener;
  };
  const watch = (d: Document) => {
    watchedRoot.set(d, d.documentElement);
    frameDocs.add(d);
    for (const listen of frameListeners) listen(d);
    // The same function objects each time, so a document that kept its listeners gets no second copy.
    ctx.addEventListener(d, 'focusin', onFocus, { capture: true });
    ctx.addEventListener(d, 'selectionchange', onSelection(d));
  };
  // Focus moving into a same-origin iframe (TinyMCE) fires no focusin in this document (and
  // no window blur when the window was not focused): watch such frames' documents as they
  // appear. Cross-origin frames (including Tonlage's palette) give no document and are skipped.
  function scanFrames(): void {
    for (const frame of doc.querySelectorAll('iframe')) {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null;
      }
      if (inner && !isWatched(inner)) watch(inner);
    }
  }
  watch(doc);
  scanFrames();
  ctx.setInterval(scanFrames, 500);
  // The pointer entering a frame on its way to click into it.
  ctx.addEventListener(
    doc,
    'pointerover',
    (event: PointerEvent) => {
      if ((event.target as Element | null)?.tagName === 'IFRAME') scanFrames();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(doc.defaultView ?? window, 'blur', (event: FocusEvent) => {
    if (event.isTrusted) ctx.setTimeout(onFocus, 0);
  });
  onFocus();

  const alive = (): Target | null => (last && last.el.isConnected ? last : null);
  return {
    current: alive,
    onFrame(listen) {
      frameListeners.push(listen);
      for (const d of frameDocs) listen(d);
    },
    restore() {
      const target = alive() ?? toTarget(deepActiveElement(doc));
      if (!target) return null;
      // Through the frames that hold it: focusing only the element left the keyboard on
      // the top page's body for editors in iframes (issue #16).
      focusDeep(target.el);
      if (target.kind === 'rich') {
        const selection = selectionOf(target.el);
        if (
          range &&
          selection &&
          target.el.contains(range.startContainer) &&
          !target.el.contains(selection.anchorNode)
        ) {
          selection.removeAllRanges();
          selection.addRange(range);
        }
      }
      return target;
    },
  };
}
