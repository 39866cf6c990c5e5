import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FocusTracker } from '../insert/focus';
import type { HeldKey } from '../messaging/palette';
import { MAX_HELD, mergeHeld } from './held-keys';
import type { InsertOutcome, InsertRequest } from '../insert/types';
import { hideToast, showToast } from '../expand/toast';
import { FrameGoneSchema, FromFrameSchema, PALETTE_HOST_PORT, type ToFrame } from '../messaging/palette';
import { caretRect } from './caret';
import { placePalette } from './place';
import { hiddenMessage } from './messages';
import { paletteShown } from './shown';
import { guardTopLayer, type TopLayerGuard } from './top-layer';

// The palette is an extension page (palette.html) in an iframe: React, the library and
// the search index stay in the extension's origin, out of the page's reach. The content
// script places the frame near the caret, decides what it opens with, checks it is really
// visible before it gets the keyboard and before an insertion, and gives focus back when it
// closes. It talks to the frame only through the background (lib/messaging/palette.ts).
// The frame is loaded ahead, hidden, once a reply box gets focus, so the hotkey shows it at once.

const SIZE = { width: 440, height: 380 };
/** How often an open palette checks it is still seen (Firefox has no observer to say so at once). */
const RECHECK_MS = 250;

/** What the palette opens with: a shortcut typed in the box whose template needs fill-in fields. */
export interface PaletteRequest {
  query: string;
  /** Characters before the caret the insertion replaces (the typed shortcut). */
  replaceChars: number;
}

export interface PaletteHost {
  warm(): void;
  open(request?: PaletteRequest): void;
  /** Open, but the frame has not got the keyboard yet: keys typed now belong to it. */
  waiting(): boolean;
  /** Holds a key typed while `waiting()`, for the frame to apply once it has the keyboard. */
  hold(key: HeldKey): void;
  /**
   * The frame's element has the page's focus, and the frame has not yet said it has the
   * keyboard: a key reaching the page now was typed for the palette.
   */
  handingKeyboard(): boolean;
}

type Insert = (request: InsertRequest) => Promise<InsertOutcome>;

// Pinned inline and !important: page CSS cannot restyle the holder (inline important
// declarations win over any stylesheet's), and `all: initial` drops inherited ones.
const pinned = (visible: boolean, at: string) =>
  'all:initial!important;position:fixed!important;z-index:2147483647!important;top:0!important;left:0!important;' +
  `display:block!important;opacity:1!important;pointer-events:auto!important;transform:${at}!important;` +
  `visibility:${visible ? 'visible' : 'hidden'}!important`;

/** What the site's adapter says the palette must not cover near a reply box (its send button). */
type KeepClear = (box: HTMLElement) => Element[];

/**
 * How long the page's keys wait for the frame's after an insertion. The frame answers every
 * `closed` after an insertion it asked for with `typed` (empty if nothing was typed), a relay
 * round trip. In a loaded CI run it apparently took over 3 s in Firefox (the bound then): the
 * frame's key came after one typed later ("aNchtrag"). So this only bounds a frame that never
 * answers; a frame that is gone hands nothing back at once.
 */
const HAND_BACK_MS = 10_000;

/** Types keys into the reply box the way the agent would have (see lib/content/kit.ts). */
type TypeOn = (keys: HeldKey[]) => Promise<void>;

export function createPaletteHost(
  ctx: ContentScriptContext,
  focus: FocusTracker,
  insert: Insert,
  keepClear: KeepClear = () => [],
  typeOn: TypeOn = async () => {},
): PaletteHost {
  let holder: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let layer: TopLayerGuard | undefined;
  let recheck: ReturnType<typeof setInterval> | undefined;
  let port: Browser.runtime.Port | undefined;
  let token = '';
  let ready = false;
  let at = 'translate(0px, 0px)';
  /** Set while the palette is open: what it was opened with. */
  let opened: PaletteRequest | undefined;
  /** Keys typed in the page since it opened, until the frame gets the keyboard (then undefined). */
  let typed: HeldKey[] | undefined;
  /** Between "visible" (the frame was given the focus) and the frame's "keyboard". */
  let focusing = false;
  /**
   * After an insertion closed the palette: keys the agent typed on in the page, held until the
   * frame has sent what it got after the Enter ("typed"), so that both reach the reply box in
   * the order they were typed.
   */
  let returning: { page: HeldKey[]; timer: ReturnType<typeof setTimeout> | undefined; replaying?: boolean } | undefined;
  const typedOnAfter = (frameKeys: HeldKey[]) => {
    if (!returning) return;
    // A "typed" later than HAND_BACK_MS: its keys go among those still waiting, by press time.
    if (returning.replaying) return void returning.page.splice(0, Infinity, ...mergeHeld(frameKeys, returning.page));
    clearTimeout(returning.timer);
    const keys = mergeHeld(frameKeys, returning.page);
    if (keys.length === 0) {
      returning = undefined;
      return;
    }
    // Keys typed while these are being typed wait behind them: typed natively meanwhile, they
    // would change the box under the insertion's read-back, which can then undo it.
    const run = { page: [] as HeldKey[], timer: undefined, replaying: true };
    returning = run;
    void (async () => {
      try {
        for (let batch = keys; batch.length > 0; batch = run.page.splice(0)) await typeOn(batch);
      } catch (error) {
        console.warn('[tonlage]', error);
      } finally {
        if (returning === run) returning = undefined;
      }
    })();
  };

  /** The frame can't answer any more: once the insertion is done (its timer runs), type what the page held. */
  const handBackNow = () => {
    if (returning && !returning.replaying && returning.timer !== undefined) typedOnAfter([]);
  };

  let style = '';
  const pin = (visible: boolean) => {
    style = pinned(visible, at);
    holder?.setAttribute('style', style);
  };
  const post = (message: ToFrame) => port?.postMessage(message);
  const shown = () => !!holder && !!frame && !!layer?.clear() && paletteShown(holder, frame, SIZE);
  const connect = () => {
    port = browser.runtime.connect({ name: PALETTE_HOST_PORT });
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => {
      port = undefined;
      // No "typed" can come any more: the page's held keys go to the reply box now.
      handBackNow();
      // The background restarted while the agent works in the palette: pair again.
      if (opened && !ctx.isInvalid) connect();
    });
    port.postMessage({ type: 'host', token });
  };

  const build = () => {
    holder?.remove();
    port?.disconnect();
    token = crypto.randomUUID();
    ready = false;
    holder = document.createElement('tonlage-palette');
    layer = guardTopLayer(holder);
    pin(false);
    restyled.observe(holder, { attributes: true });
    // Hidden from the top layer by the page (hidePopover, or the attribute removed).
    holder.addEventListener('toggle', (event) => {
      if (opened && (event as ToggleEvent).newState === 'closed') refuse();
    });
    const root = holder.attachShadow({ mode: 'closed' });
    frame = document.createElement('iframe');
    // The pairing token, readable by the frame only (a cross-origin frame's name is not the page's to read).
    frame.name = token;
    frame.src = browser.runtime.getURL('/palette.html');
    frame.title = 'Tonlage';
    // A page served with Cross-Origin-Embedder-Policy: require-corp blocks any frame whose
    // response lacks COEP and CORP headers, and extension pages cannot send CORP (issue #16).
    // A credentialless frame may load there; it only loses cookies and web storage, which
    // the palette does not use (the library is the background's). Firefox ignores it.
    frame.setAttribute('credentialless', '');
    frame.style.cssText = `display:block;width:${SIZE.width}px;height:${SIZE.height}px;border:0;border-radius:10px;box-shadow:0 8px 28px #0005;background:transparent`;
    root.append(frame);
    connect();
    document.documentElement.append(holder);
  };

  const close = () => {
    if (!holder) return;
    opened = undefined;
    // Keys held for a palette that is gone: they were meant for its search or form, not the draft.
    typed = undefined;
    focusing = false;
    clearInterval(recheck);
    pin(false);
    layer?.lower();
    post({ type: 'closed' });
    // A text field does not get the focus back by itself when the focused frame is hidden.
    const target = focus.restore();
    if (target?.kind === 'text-control') target.el.focus({ preventScroll: true });
  };
  /** The page hid, covered or removed the palette: close it and say so. */
  const refuse = () => {
    close();
    showToast([hiddenMessage()]);
  };
  const sendOpen = () => opened && post({ type: 'open', query: opened.query, ask: opened.query !== '' });

  const onMessage = (raw: unknown) => {
    if (FrameGoneSchema.safeParse(raw).success) {
      // The frame was navigated away or closed (by the page): a fresh one next time.
      handBackNow();
      if (opened) refuse();
      holder?.remove();
      holder = undefined;
      return;
    }
    const message = FromFrameSchema.safeParse(raw);
    if (!message.success || !frame) return;
    const { data } = message;
    if (data.type === 'ready') {
      ready = true;
      sendOpen();
    } else if (data.type === 'typed') {
      typedOnAfter(data.keys);
    } else if (!opened) {
      return;
    } else if (data.type === 'close') {
      close();
    } else if (data.type === 'hidden' || !shown()) {
      refuse();
    } else if (data.type === 'visible') {
      // The keys go on being held here until the frame has the keyboard: the browser sends a
      // key to the frame only once it has taken in the focus change, and keys typed before
      // that still reach the page (where the reply box no longer has the focus).
      focusing = true;
      frame.focus();
      post({ type: 'focus' });
    } else if (data.type === 'keyboard') {
      if (!focusing || !typed) return;
      focusing = false;
      post({ type: 'held', typed });
      typed = undefined;
    } else if (data.type === 'insert') {
      const request = { ...data.request, replaceChars: opened.replaceChars };
      // The reply box gets the focus back for the insertion: keys typed from now on wait
      // for it, and for what the frame got after the Enter.
      const page: HeldKey[] = [];
      returning = { page, timer: undefined };
      void insert(request).then((outcome) => {
        if (!outcome.ok) {
          returning = undefined;
          return post({ type: 'failed', message: outcome.message });
        }
        close();
        if (returning?.page === page) returning.timer = setTimeout(() => typedOnAfter([]), HAND_BACK_MS);
      });
    }
  };

  // The page may remove or move the holder, or rewrite its style: re-create or re-pin it.
  const moved = new MutationObserver(() => {
    if (!holder || holder.parentNode === document.documentElement) return;
    if (opened) refuse();
    build();
  });
  moved.observe(document.documentElement, { childList: true });
  const restyled = new MutationObserver(() => {
    if (holder && holder.getAttribute('style') !== style) pin(!!opened);
    if (holder && holder.getAttribute('popover') !== 'manual') holder.setAttribute('popover', 'manual');
  });
  ctx.onInvalidated(() => {
    clearInterval(recheck);
    moved.disconnect();
    restyled.disconnect();
    port?.disconnect();
    holder?.remove();
  });

  return {
    warm() {
      if (!holder) build();
    },
    open(request?: PaletteRequest) {
      const target = focus.current();
      if (!target) return;
      // No port: the background restarted since the frame was built, and the frame only
      // pairs again while open, so start over with a fresh one.
      if (!holder || !port) build();
      hideToast();
      typedOnAfter([]);
      // Keys typed from now on are for this palette, not the replay of the last one.
      if (returning?.replaying) returning = undefined;
      opened = request ?? { query: '', replaceChars: 0 };
      typed = [];
      focusing = false;
      const clear = keepClear(target.el).map((el) => el.getBoundingClientRect());
      const view = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
      const { left, top } = placePalette(caretRect(target), SIZE, view, clear);
      at = `translate(${left}px, ${top}px)`;
      pin(true);
      layer!.raise();
      if (!shown()) return refuse();
      clearInterval(recheck);
      recheck = setInterval(() => {
        if (opened && !shown()) refuse();
      }, RECHECK_MS);
      // The frame checks that it is visible, then asks for the keyboard ("visible" above).
      // Before it has loaded, "ready" sends this.
      if (ready) sendOpen();
    },
    waiting: () => (!!opened && !!typed) || !!returning,
    handingKeyboard: () => focusing && !!typed && !!holder && document.activeElement === holder,
    hold(key) {
      const list = returning?.page ?? typed;
      if (list && list.length < MAX_HELD) list.push(key);
    },
  };
}
