import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FocusTracker } from '../insert/focus';
import { selectionOf } from '../insert/selection';
import type { Target } from '../insert/targets';

// The palette is an extension page (palette.html) in an iframe: React, the library and
// the search index stay in the extension's origin, out of the page's reach. The content
// script only places the frame near the caret and gives focus back when it closes. The
// frame is loaded ahead, hidden, once a reply box gets focus, so the hotkey shows it at once.

const WIDTH = 440;
const HEIGHT = 380;

export const PALETTE_MESSAGES = {
  open: 'tonlage:palette-open',
  close: 'tonlage:palette-close',
  ready: 'tonlage:palette-ready',
} as const;

function caretRect(target: Target): DOMRect {
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

/** What the palette opens with: a shortcut typed in the box whose template needs fill-in fields. */
export interface PaletteRequest {
  query: string;
  /** Characters before the caret the insertion replaces (the typed shortcut). */
  replaceChars: number;
}

export interface PaletteHost {
  warm(): void;
  open(request?: PaletteRequest): void;
}

export function createPaletteHost(ctx: ContentScriptContext, focus: FocusTracker): PaletteHost {
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let request: PaletteRequest | undefined;
  const show = () => {
    frame!.focus();
    frame!.contentWindow?.postMessage({ type: PALETTE_MESSAGES.open, ...request }, origin);
  };
  const origin = new URL(browser.runtime.getURL('/')).origin;

  const build = () => {
    host = document.createElement('tonlage-palette');
    host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:block;visibility:hidden';
    const root = host.attachShadow({ mode: 'closed' });
    frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL('/palette.html');
    frame.title = 'Tonlage';
    frame.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;border:0;border-radius:10px;box-shadow:0 8px 28px #0005;background:transparent`;
    root.append(frame);
    document.documentElement.append(host);
  };

  const close = () => {
    if (!host) return;
    host.style.visibility = 'hidden';
    focus.restore();
  };

  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
    const type = (event.data as { type?: string } | null)?.type;
    if (type === PALETTE_MESSAGES.close) close();
    // Opened before the frame had loaded: the first "open" was lost, send it again.
    if (type === PALETTE_MESSAGES.ready) {
      ready = true;
      if (host?.style.visibility === 'visible') show();
    }
  });
  ctx.onInvalidated(() => host?.remove());

  return {
    warm() {
      if (!host) build();
    },
    open(with_?: PaletteRequest) {
      request = with_;
      const target = focus.current();
      if (!target) return;
      if (!host) build();
      const rect = caretRect(target);
      const left = Math.max(8, Math.min(rect.left, innerWidth - WIDTH - 8));
      const below = rect.bottom + 6;
      const top = below + HEIGHT < innerHeight ? below : Math.max(8, rect.top - HEIGHT - 6);
      host!.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      host!.style.visibility = 'visible';
      // Focusing the frame before its page has loaded does not carry over to the loaded page
      // (it runs in the extension's process): then "ready" shows it (above).
      if (ready) show();
    },
  };
}
