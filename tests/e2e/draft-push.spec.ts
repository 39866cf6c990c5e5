import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openReplica, panelFor, ZENDESK_URL } from './browser';

// Issue #19: the content script pushes the draft on input instead of the panel polling every
// 200 ms. Counted here: every message that crosses a context for the draft check (panel →
// tab requests, tab → background reports, background → panel broadcasts), while the agent
// types and while the agent is idle. Measured figures: docs/performance.md ("Draft updates").

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

type Counts = { panelRequests: number; reports: number; broadcasts: number };

async function startCounting(panel: Page): Promise<() => Promise<Counts>> {
  await panel.evaluate(() => {
    const w = window as unknown as { counts: { panelRequests: number; broadcasts: number } };
    w.counts = { panelRequests: 0, broadcasts: 0 };
    const send = chrome.tabs.sendMessage.bind(chrome.tabs);
    chrome.tabs.sendMessage = ((...args: Parameters<typeof send>) => {
      w.counts.panelRequests++;
      return send(...args);
    }) as typeof send;
    new BroadcastChannel('tonlage').onmessage = () => w.counts.broadcasts++;
  });
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const g = globalThis as unknown as { reports: number };
    g.reports = 0;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type === 'draft.report') g.reports++;
    });
  });
  return async () => ({
    ...(await panel.evaluate(() => (window as unknown as { counts: Omit<Counts, 'reports'> }).counts)),
    reports: await worker.evaluate(() => (globalThis as unknown as { reports: number }).reports),
  });
}

const perSecond = (c: Counts, ms: number) => ((c.panelRequests + c.reports + c.broadcasts) * 1000) / ms;

describe('draft updates', () => {
  it('cost messages only while the agent types, far fewer than polling', async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4712`);
    const panel = await panelFor(ext, page);
    await expect.poll(() => panel.getByTestId('ctx-ticket').textContent()).toBe('4712');
    await page.bringToFront();
    await page.locator('.ck-editor__editable:visible').click();
    const read = await startCounting(panel);

    // The last words are the only ones the check flags: their finding marks the final draft.
    const typing = 'Guten Tag Frau Krause, Ihr Paket ist unterwegs und kommt morgen an. Beruhigen Sie sich.';
    const typedFrom = Date.now();
    await page.keyboard.type(typing, { delay: 100 }); // ~10 keys per second, a fast agent
    const typingMs = Date.now() - typedFrom;
    await panel.locator('[data-testid="finding"][data-rule="dismissing"]').waitFor();
    const whileTyping = await read();
    const idleFrom = Date.now();
    // The idle window is the measurement itself: nothing may arrive while nobody types.
    await page.waitForTimeout(3_000);
    const afterIdle = await read();
    const idle = {
      panelRequests: afterIdle.panelRequests - whileTyping.panelRequests,
      reports: afterIdle.reports - whileTyping.reports,
      broadcasts: afterIdle.broadcasts - whileTyping.broadcasts,
    };
    const figures = {
      typingMs,
      whileTyping,
      typingPerSecond: perSecond(whileTyping, typingMs).toFixed(2),
      idle,
      idlePerSecond: perSecond(idle, Date.now() - idleFrom).toFixed(2),
    };
    console.log('[draft-push]', JSON.stringify(figures));
    expect(perSecond(idle, Date.now() - idleFrom)).toBe(0);
    expect(perSecond(whileTyping, typingMs)).toBeLessThan(5);
    await Promise.all([panel.close(), page.close()]);
  });
});
