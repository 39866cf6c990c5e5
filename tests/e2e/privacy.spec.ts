import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, extensionPage, launchWithExtension, openReplica, ZENDESK_URL } from './browser';

// The library lives in the extension's origin: a helpdesk page's own scripts (or a hostile
// script injected into it) cannot read snippets or notes. There is no MAIN-world helper;
// these tests try the doors a page script has.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('what a page script can reach', () => {
  it('cannot message the extension, and sees no library broadcasts or storage', async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    // The page listens everywhere it could hear the library.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      new BroadcastChannel('tonlage').onmessage = (e) => seen.push(e.data);
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    const options = await extensionPage(ext, 'options.html');
    await options.getByLabel(/Title|Titel/).fill('Geheimer Baustein');
    await options.getByLabel(/^(Text)$/).fill('Interne Notiz: Kulanz bis 50 €');
    await options.getByRole('button', { name: /Save|Speichern/ }).click();
    await options.getByTestId('form-saved').waitFor();

    const probe = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      let fetched = 'refused';
      try {
        fetched = await (await fetch(`chrome-extension://${id}/options.html`)).text();
      } catch {
        // expected: extension pages are not web-accessible
      }
      return {
        canMessage: typeof runtime?.sendMessage === 'function',
        dbs,
        fetched,
        seen: JSON.stringify((window as unknown as { seen: unknown[] }).seen),
        storage: JSON.stringify({ ...localStorage }),
      };
    }, ext.extensionId);
    expect(probe.canMessage).toBe(false);
    expect(probe.dbs).not.toContain('tonlage');
    expect(probe.fetched).toBe('refused');
    expect(probe.seen).not.toContain('Kulanz');
    expect(probe.seen).not.toContain('Geheimer');
    expect(probe.storage).not.toContain('Kulanz');
    await Promise.all([options.close(), page.close()]);
  });

  it('cannot look into the palette frame', async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    await page.locator('.ck-editor__editable:visible').click();
    await page.keyboard.press('Control+Shift+Space');
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/palette.html'))).toBe(true);
    const probe = await page.evaluate(() => {
      const host = document.querySelector('tonlage-palette');
      return { host: !!host, shadow: host?.shadowRoot ?? null, frames: document.querySelectorAll('iframe').length };
    });
    // The frame sits in a closed shadow root: the page sees the host element, nothing inside.
    expect(probe).toEqual({ host: true, shadow: null, frames: 0 });
    await page.close();
  });
});
