import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_URL,
  launchWithExtension,
  openPaletteByHotkey,
  openReplica,
  ZENDESK_URL,
} from './browser';

// Issue #19: the palette opens next to the caret, inside the viewport, never over the
// composer's send button, and in the same place each time, on the Zendesk and Gmail
// replicas in a small and a large window. (Chromium: the window size is Playwright's.)

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const SITES = [
  {
    name: 'Zendesk',
    url: `${ZENDESK_URL}4711`,
    box: '.ck-editor__editable:visible',
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
function layout(page: Page, send: string) {
  return page.evaluate((send) => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const holder = document.querySelector('tonlage-palette')!;
    const range = getSelection()!.getRangeAt(0);
    let line = range.getBoundingClientRect();
    if (!line.height) {
      const node = range.startContainer;
      const block = (node instanceof Element ? node : node.parentElement)!.closest('p, div')!;
      const r = block.getBoundingClientRect();
      line = new DOMRect(r.left, r.top, 1, Math.min(r.height, 20));
    }
    return {
      palette: plain(holder.getBoundingClientRect()),
      visible: getComputedStyle(holder).visibility === 'visible',
      caret: plain(line),
      send: plain(document.querySelector(send)!.getBoundingClientRect()),
      view: { width: document.documentElement.clientWidth, height: innerHeight },
    };
  }, send);
}

describe.each(SITES)('palette placement on $name', (site) => {
  it.each(VIEWPORTS)(
    'in a $name window: by the caret, inside the window, off the send button, always there',
    async (view) => {
      const page = await openReplica(ext.context, site.url);
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.locator(site.box).first().click();
      await page.keyboard.type('Guten Tag,');
      await page.keyboard.press('Enter');
      await openPaletteByHotkey(page);
      const first = await layout(page, site.send);
      expect(first.visible).toBe(true);
      const { palette, caret, send } = first;
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
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await layout(page, site.send)).visible).toBe(false);
      await openPaletteByHotkey(page);
      expect((await layout(page, site.send)).palette).toEqual(palette);
      await page.close();
    },
  );
});
