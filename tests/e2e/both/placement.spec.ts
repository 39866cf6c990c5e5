import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_URL, ZENDESK_URL } from '../browser';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { openPalette } from './palette-open';

// Issue #19, in Chromium and Firefox: the palette opens next to the caret, inside the
// viewport, never over the composer's send button, and in the same place each time, on the
// Zendesk and Gmail replicas in a small and a large window.

const SITES = [
  {
    name: 'Zendesk',
    url: `${ZENDESK_URL}4711`,
    box: '[data-ticket-id="4711"] .ck-editor__editable',
    send: '[data-ticket-id="4711"] [data-test-id="submit_button-button"]',
  },
  { name: 'Gmail', url: GMAIL_URL, box: 'div[g_editable="true"]', send: 'div[role="button"].aoO' },
];
const VIEWPORTS = [
  { name: 'small', width: 760, height: 560 },
  { name: 'large', width: 1600, height: 1000 },
];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const meets = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the palette, the caret's line and the send button are, as the agent sees them. */
function layout(tab: Tab, send: string) {
  return tab.evaluate((send) => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const holder = document.querySelector('tonlage-palette');
    const range = getSelection()!.getRangeAt(0);
    let line = range.getBoundingClientRect();
    if (!line.height) {
      const node = range.startContainer;
      const block = (node instanceof Element ? node : node.parentElement)!.closest('p, div')!;
      const r = block.getBoundingClientRect();
      line = new DOMRect(r.left, r.top, 1, Math.min(r.height, 20));
    }
    return {
      palette: holder ? plain(holder.getBoundingClientRect()) : null,
      visible: !!holder && getComputedStyle(holder).visibility === 'visible',
      caret: plain(line),
      send: plain(document.querySelector(send)!.getBoundingClientRect()),
      view: { width: document.documentElement.clientWidth, height: innerHeight },
    };
  }, send);
}

describe.each(BROWSERS)('palette placement in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  describe.each(SITES)('on $name', (site) => {
    // One page per site, resized for each window: opening replicas is the expensive part.
    let page: Tab;
    beforeAll(async () => {
      page = await driver.open(site.url);
    });
    afterAll(async () => {
      await page?.close();
    });

    it.each(VIEWPORTS)(
      'in a $name window: by the caret, inside the window, off the send button, always there',
      async (view) => {
        await page.resize(view.width, view.height);
        await page.front();
        await page.click(site.box);
        await page.type('Guten Tag,');
        await page.press('Enter');
        await openPalette(page);
        const first = await layout(page, site.send);
        expect(first.visible).toBe(true);
        const { caret, send } = first;
        const palette = first.palette!;
        expect(first.view).toEqual({ width: expect.any(Number), height: view.height });
        expect(palette.left).toBeGreaterThanOrEqual(0);
        expect(palette.top).toBeGreaterThanOrEqual(0);
        expect(palette.right).toBeLessThanOrEqual(first.view.width);
        expect(palette.bottom).toBeLessThanOrEqual(first.view.height);
        expect(meets(palette, send)).toBe(false);
        expect(meets(palette, caret)).toBe(false);
        // Anchored: its nearest edge is right at the caret's line (below, above or beside it).
        const gap = Math.min(
          Math.abs(palette.top - caret.bottom),
          Math.abs(caret.top - palette.bottom),
          Math.abs(palette.left - caret.right),
          Math.abs(caret.left - palette.right),
        );
        expect(gap).toBeLessThanOrEqual(12);
        await page.press('Escape');
        await expect.poll(async () => (await layout(page, site.send)).visible).toBe(false);
        await openPalette(page);
        expect((await layout(page, site.send)).palette).toEqual(palette);
        await page.press('Escape');
        await expect.poll(async () => (await layout(page, site.send)).visible).toBe(false);
      },
    );
  });
});
