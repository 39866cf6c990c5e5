import { browser, type Browser } from 'wxt/browser';
import { type FromFrame, PairedSchema, PALETTE_FRAME_PORT, type ToFrame, ToFrameSchema } from '@/lib/messaging/palette';

// The frame's end of the palette channel (lib/messaging/palette.ts). The token the content
// script gave this frame is its name; a frame without one (embedded by a page) never pairs
// and shows nothing. Messages are parsed on arrival; nothing goes to window.parent.

export interface FrameChannel {
  post(message: FromFrame): void;
  /** Keep the port open again after the background restarted (only while the palette is open). */
  stayConnected(open: boolean): void;
}

export function connectFrame(onPaired: (tabId: number) => void, onMessage: (message: ToFrame) => void): FrameChannel {
  const token = window.name;
  let port: Browser.runtime.Port | undefined;
  let open = false;
  let wasPaired = false;
  const connect = () => {
    port = browser.runtime.connect({ name: PALETTE_FRAME_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const paired = PairedSchema.safeParse(raw);
      if (paired.success) {
        onPaired(paired.data.tabId);
        if (!wasPaired) port?.postMessage({ type: 'ready' } satisfies FromFrame);
        wasPaired = true;
        return;
      }
      const message = ToFrameSchema.safeParse(raw);
      if (message.success) onMessage(message.data);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (open) connect();
    });
    port.postMessage({ type: 'frame', token });
  };
  if (/^[\w-]{16,64}$/.test(token)) connect();
  return {
    post: (message) => port?.postMessage(message),
    stayConnected(value) {
      open = value;
      if (open && !port && wasPaired) connect();
    },
  };
}
