import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZENDESK_URL } from '../browser';
import { clickText, fillLabel, testId, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch } from '../drivers';

// Privacy and #17, in Chromium and Firefox: a page script cannot reach the library, the
// extension's pages or the palette frame.

describe.each(BROWSERS)('what a page script can reach in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('cannot message the extension, read its database, storage or pages, or hear library changes', async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      new BroadcastChannel('tonlage').onmessage = (e) => seen.push(e.data);
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    const options = await driver.extensionPage('options.html');
    await fillLabel(options, '^(Title|Titel)', 'Geheimer Baustein');
    await fillLabel(options, '^Text$', 'Interne Notiz: Kulanz bis 50 €');
    await clickText(options, 'button', '^(Save|Speichern)$');
    await waitFor(options, testId('form-saved'));

    const probe = await page.evaluate(async (origin) => {
      const api = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      let fetched = 'refused';
      try {
        fetched = await (await fetch(`${origin}/options.html`)).text();
      } catch {
        // expected: extension pages are not web-accessible
      }
      return {
        canMessage: typeof api.chrome?.runtime?.sendMessage === 'function' || api.browser !== undefined,
        dbs: (await indexedDB.databases()).map((d) => d.name),
        fetched,
        seen: JSON.stringify((window as unknown as { seen: unknown[] }).seen),
        storage: JSON.stringify({ ...localStorage }),
      };
    }, driver.origin);
    expect(probe).toMatchObject({ canMessage: false, fetched: 'refused' });
    expect(probe.dbs).not.toContain('tonlage');
    expect(probe.seen + probe.storage).not.toMatch(/Kulanz|Geheimer/);
    await Promise.all([options.close(), page.close()]);
  });

  it('sees only the closed host of the palette, never the frame inside', async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    await page.press('Control+Shift+Space');
    await expect.poll(async () => !!(await page.frameByUrl('/palette.html'))).toBe(true);
    const probe = await page.evaluate(() => {
      const host = document.querySelector('tonlage-palette');
      return { host: !!host, shadow: host?.shadowRoot ?? null, frames: document.querySelectorAll('iframe').length };
    });
    expect(probe).toEqual({ host: true, shadow: null, frames: 0 });
    await page.close();
  });
});
