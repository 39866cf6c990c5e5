import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { toBackground } from '@/lib/messaging/background';

// Both ends of the protocol parse what arrives. WXT's fake browser delivers runtime
// messages within the test's context.

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const { handle, send } = toBackground;

describe('messaging protocol', () => {
  it('delivers a valid request and returns the validated answer', async () => {
    stops.push(handle('tab.getContext', ({ tabId }) => (tabId === 7 ? null : null)));
    await expect(send('tab.getContext', { tabId: 7 })).resolves.toBeNull();
  });

  it('refuses to send a malformed request', async () => {
    await expect(send('insert.expandShortcut', { shortcut: '' })).rejects.toThrow(
      /Refusing to send an invalid "insert.expandShortcut" message: shortcut:/,
    );
  });

  it('the receiver rejects malformed data sent around the typed API', async () => {
    stops.push(handle('tab.getContext', () => null));
    const raw = await fakeBrowser.runtime.sendMessage({
      id: 1,
      type: 'tab.getContext',
      data: { tabId: 'x' },
      timestamp: 0,
    });
    expect((raw as { err?: { message: string } }).err?.message).toMatch(/Invalid "tab.getContext" message/);
  });

  it('the sender rejects an answer that breaks the protocol', async () => {
    // A handler bug: returns something that is not a rendered snippet.
    stops.push(handle('insert.expandShortcut', () => ({ title: 'no id' }) as never));
    await expect(send('insert.expandShortcut', { shortcut: 'x' })).rejects.toThrow(
      /Invalid answer to "insert.expandShortcut"/,
    );
  });
});
