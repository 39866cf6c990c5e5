import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPaletteByHotkey } from './browser';

// An agent clicks into the reply box and types as soon as the page shows it, often while a
// heavy helpdesk page is still loading its scripts. Those first keys must not be lost: a
// shortcut + Tab expands and the hotkey opens the palette before the page has finished
// parsing. The page below shows its reply box, then waits on a script the test holds back,
// so its HTML stays unparsed (no DOMContentLoaded, no document_idle) for as long as the test
// needs. A content script injected at document_idle misses these keys; Tab then moves the
// focus on and nothing is inserted.

const URL_EARLY = 'https://acme.zendesk.com/agent/__early/';
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ticket</title></head>
<body><label>Antwort <textarea id="reply" rows="8" cols="60"></textarea></label><input id="next" aria-label="weiter">
<script src="/agent/__early/held.js"></script><p id="after">geladen</p></body></html>`;

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** Opens the page with its parser held at the script; returns a function that lets it finish. */
async function openHeld(): Promise<{ page: Page; release: () => Promise<void> }> {
  const page = await ext.context.newPage();
  let held: Route | undefined;
  let arrived: () => void = () => {};
  const scriptAsked = new Promise<void>((resolve) => (arrived = resolve));
  await page.route('https://acme.zendesk.com/agent/__early/**', async (route) => {
    if (route.request().url().endsWith('/held.js')) {
      held = route;
      arrived();
      return;
    }
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  });
  await page.goto(URL_EARLY, { waitUntil: 'commit' });
  await scriptAsked;
  await page.locator('#reply').waitFor();
  const release = async () => {
    await held?.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    await page.locator('#after').waitFor({ state: 'attached' });
  };
  return { page, release };
}

describe('keys typed while the helpdesk page is still loading', () => {
  it('expands a shortcut with Tab before the page finished parsing', async () => {
    const { page, release } = await openHeld();
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    await page.locator('#reply').click();
    await page.keyboard.type('ae-erst');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#reply').inputValue(), { timeout: 15_000 })
      .toContain('danke, dass Sie uns so offen schreiben');
    expect(await page.locator('#reply').inputValue()).not.toContain('ae-erst');
    // Still the reply box the agent typed in, and the page still loading: nothing waited for it.
    expect(await page.evaluate(() => [document.activeElement?.id, document.readyState])).toEqual(['reply', 'loading']);
    await release();
    await page.close();
  });

  it('opens the palette on the first hotkey press before the page finished parsing', async () => {
    const { page, release } = await openHeld();
    await page.locator('#reply').click();
    await page.keyboard.type('Guten Tag');
    await openPaletteByHotkey(page, 15_000);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    await release();
    await page.close();
  });
});
