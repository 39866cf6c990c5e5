import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deepActiveElement, type Target, toTarget } from './targets';

// Remembers the reply box the agent last worked in, and its caret or selection, so that
// an insertion started from the side panel or the palette (which take the focus away)
// lands where the agent left off. Same-origin iframes (TinyMCE) are followed.

export interface FocusTracker {
  /** The last focused reply box, with its selection restored. */
  restore(): Target | null;
  current(): Target | null;
  /** Calls `listen` for this document and each same-origin frame document once it gets focus. */
  onFrame(listen: (doc: Document) => void): void;
}

export function trackFocus(ctx: ContentScriptContext, doc: Document = document): FocusTracker {
  let last: Target | null = null;
  let range: Range | null = null;
  const watched = new WeakSet<Document>();
  const frameDocs: Document[] = [];
  const frameListeners: ((doc: Document) => void)[] = [];

  // A page's synthetic focus event is no sign of the agent's focus: the tracker follows only
  // the browser's own events (which report where focus really is).
  const onFocus = (event?: Event) => {
    if (event && !event.isTrusted) return;
    const target = toTarget(deepActiveElement(doc));
    if (target) last = target;
    const active = doc.activeElement;
    if (active?.tagName === 'IFRAME') {
      try {
        const inner = (active as HTMLIFrameElement).contentDocument;
        if (inner && !watched.has(inner)) watch(inner);
      } catch {
        // cross-origin frame: not ours to read
      }
    }
  };
  const onSelection = (source: Document) => () => {
    if (last?.kind !== 'rich' || last.el.ownerDocument !== source) return;
    const selection = source.getSelection();
    if (selection?.rangeCount && last.el.contains(selection.anchorNode)) range = selection.getRangeAt(0).cloneRange();
  };
  const watch = (d: Document) => {
    watched.add(d);
    frameDocs.push(d);
    for (const listen of frameListeners) listen(d);
    ctx.addEventListener(d, 'focusin', onFocus, { capture: true });
    ctx.addEventListener(d, 'selectionchange', onSelection(d));
  };
  watch(doc);
  // Focus moving into a same-origin iframe (TinyMCE) fires no focusin in this document (and
  // no window blur when the window was not focused): watch such frames' documents as they
  // appear. Cross-origin frames (including Tonlage's palette) give no document and are skipped.
  const scanFrames = () => {
    for (const frame of doc.querySelectorAll('iframe')) {
      const inner = frame.contentDocument;
      if (inner && !watched.has(inner)) watch(inner);
    }
  };
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
      if (target.kind === 'rich') {
        const selection = target.el.ownerDocument.getSelection();
        target.el.focus({ preventScroll: true });
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
