import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { relayPalettes } from '@/lib/background/palette-relay';
import { PALETTE_FRAME_PORT, PALETTE_HOST_PORT } from '@/lib/messaging/palette';

// The background pairs a palette frame with the content script that made it only by the
// content script's token, within one tab, and relays only messages that parse.

type Listener = (message: unknown) => void;
class FakePort {
  received: unknown[] = [];
  disconnected = false;
  private listeners: Listener[] = [];
  private onGone: (() => void)[] = [];
  constructor(
    readonly name: string,
    readonly sender: { id: string; url: string; frameId: number; tab?: { id: number } },
  ) {}
  onMessage = {
    addListener: (l: Listener) => this.listeners.push(l),
    removeListener: (l: Listener) => (this.listeners = this.listeners.filter((x) => x !== l)),
  };
  onDisconnect = { addListener: (l: () => void) => this.onGone.push(l) };
  postMessage(message: unknown) {
    this.received.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The other end sends. */
  send(message: unknown) {
    for (const l of [...this.listeners]) l(message);
  }
  /** The other end goes away. */
  close() {
    for (const l of this.onGone) l();
  }
}

const TOKEN = 'a1b2c3d4-e5f6-4789-abcd-0123456789ab';
let connect: (port: FakePort) => void;
let original: PropertyDescriptor | undefined;
beforeEach(() => {
  original = Object.getOwnPropertyDescriptor(browser.runtime, 'onConnect');
  Object.defineProperty(browser.runtime, 'onConnect', {
    configurable: true,
    value: { addListener: (l: (port: FakePort) => void) => (connect = l) },
  });
  relayPalettes();
});
afterEach(() => {
  if (original) Object.defineProperty(browser.runtime, 'onConnect', original);
});

const palette = browser.runtime.getURL('/palette.html');
const host = (tab = 7) =>
  new FakePort(PALETTE_HOST_PORT, {
    id: browser.runtime.id,
    url: 'https://acme.zendesk.com/agent/',
    frameId: 0,
    tab: { id: tab },
  });
const frame = (tab = 7, url = palette) =>
  new FakePort(PALETTE_FRAME_PORT, { id: browser.runtime.id, url, frameId: 3, tab: { id: tab } });

function pair(h = host(), f = frame()) {
  connect(h);
  connect(f);
  h.send({ type: 'host', token: TOKEN });
  f.send({ type: 'frame', token: TOKEN });
  return { h, f };
}

describe('palette relay', () => {
  it('pairs a frame with its content script by token and relays both ways', () => {
    const { h, f } = pair();
    expect(f.received).toEqual([{ type: 'paired', tabId: 7 }]);
    h.send({ type: 'open', query: 'tr-tier', ask: true });
    f.send({ type: 'insert', request: { text: 'Hallo' } });
    expect(f.received.at(-1)).toEqual({ type: 'open', query: 'tr-tier', ask: true });
    expect(h.received).toEqual([{ type: 'insert', request: { text: 'Hallo' } }]);
  });

  it('refuses a frame with another token, in another tab, or that is not palette.html', () => {
    const h = host();
    connect(h);
    h.send({ type: 'host', token: TOKEN });
    const guessed = frame();
    connect(guessed);
    guessed.send({ type: 'frame', token: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
    guessed.send({ type: 'insert', request: { text: 'x' } });
    const elsewhere = frame(8);
    connect(elsewhere);
    elsewhere.send({ type: 'frame', token: TOKEN });
    const page = frame(7, 'https://evil.example/palette.html');
    connect(page);
    expect(guessed.received).toEqual([]);
    expect(h.received).toEqual([]);
    expect([elsewhere.disconnected, page.disconnected]).toEqual([true, true]);
  });

  it('takes one frame per token, and tells the content script when it goes', () => {
    const { h, f } = pair();
    const second = frame();
    connect(second);
    second.send({ type: 'frame', token: TOKEN });
    expect(second.disconnected).toBe(true);
    f.close();
    expect(h.received).toEqual([{ type: 'gone' }]);
  });

  it('drops a port that sends what its side may not send, or what does not parse', () => {
    const { h, f } = pair();
    f.send({ type: 'open', query: 'x', ask: false });
    expect(f.disconnected).toBe(true);
    expect(h.received).toEqual([]);
    h.send({ type: 'open', query: 'x'.repeat(41), ask: false });
    expect(h.disconnected).toBe(true);
  });
});
