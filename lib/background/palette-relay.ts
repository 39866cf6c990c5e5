import { browser, type Browser } from 'wxt/browser';
import {
  FrameHelloSchema,
  FromFrameSchema,
  HostHelloSchema,
  PALETTE_FRAME_PORT,
  PALETTE_HOST_PORT,
  ToFrameSchema,
} from '../messaging/palette';

// Pairs each palette frame with the content script that placed it and relays between them
// (lib/messaging/palette.ts). A pair needs the content script's random token, the frame to
// be our palette.html, and both to be in one tab; a frame the page embedded itself never
// pairs and shows nothing. Anything unexpected closes the port.

type Port = Browser.runtime.Port;
interface Pair {
  tabId: number;
  host?: Port;
  frame?: Port;
}

export function relayPalettes(): void {
  const pairs = new Map<string, Pair>();
  const palettePath = new URL(browser.runtime.getURL('/palette.html')).pathname;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  const isFrame = (url = '') =>
    URL.canParse(url) && new URL(url).origin === extensionOrigin && new URL(url).pathname === palettePath;
  const paired = (pair: Pair) => {
    if (pair.host && pair.frame) pair.frame.postMessage({ type: 'paired', tabId: pair.tabId });
  };

  browser.runtime.onConnect.addListener((port) => {
    const isHost = port.name === PALETTE_HOST_PORT;
    if (!isHost && port.name !== PALETTE_FRAME_PORT) return;
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    // The host is a content script in a tab's top frame; the frame is palette.html (whose
    // tab Firefox may not report: then the host's tab stands).
    const fromUs = sender?.id === browser.runtime.id;
    const valid = isHost
      ? fromUs && tabId !== undefined && sender?.frameId === 0 && !isFrame(sender.url)
      : fromUs && isFrame(sender?.url);
    if (!valid) return port.disconnect();

    let pair: Pair | undefined;
    const onHello = (raw: unknown) => {
      const hello = (isHost ? HostHelloSchema : FrameHelloSchema).safeParse(raw);
      const known = hello.success ? pairs.get(hello.data.token) : undefined;
      const taken = isHost ? known?.host : known?.frame;
      const tab = tabId ?? known?.tabId;
      if (!hello.success || taken || tab === undefined || (known && known.tabId !== tab)) return port.disconnect();
      pair = known ?? { tabId: tab };
      pairs.set(hello.data.token, pair);
      if (isHost) pair.host = port;
      else pair.frame = port;
      port.onMessage.removeListener(onHello);
      port.onMessage.addListener(onRelay);
      port.onDisconnect.addListener(() => {
        if (!pair) return;
        if (isHost) pair.host = undefined;
        else {
          pair.frame = undefined;
          pair.host?.postMessage({ type: 'gone' });
        }
        if (!pair.host && !pair.frame) pairs.delete(hello.data.token);
      });
      paired(pair);
    };
    const onRelay = (raw: unknown) => {
      const message = (isHost ? ToFrameSchema : FromFrameSchema).safeParse(raw);
      if (!message.success) return port.disconnect();
      (isHost ? pair?.frame : pair?.host)?.postMessage(message.data);
    };
    port.onMessage.addListener(onHello);
  });
}
