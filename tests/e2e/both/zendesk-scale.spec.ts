import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testId, textOf } from '../drivers/dom';
import { BROWSERS, type Driver, launch } from '../drivers';
import { panelFor, sendToTab } from '../drivers/extension';
import { SITE_REPLICAS } from '../replicas';
import { zendeskApi } from '../zendesk-api';
import { shelfMeta, shelfRows } from './shelf-rows';

// Issue #18's scale line, in Chromium and Firefox: 5,000 team macros (50 pages) refresh in at
// most 10 s, and the Zendesk page stays responsive meanwhile. Responsiveness is measured in
// the page as the longest gap between ticks of a 10 ms timer (the content script shares the
// page's main thread, so any long task of ours shows there).

const MACROS = 5_000;
const BUDGET_MS = 10_000;
/**
 * Over the same page's stall while idle, measured in the same run (a shared machine's load
 * moves both): alone here 66 ms (Chromium) and 76–94 ms (Firefox) during a refresh; handing
 * the 5,000 macros over in one message stalled Firefox's page for 1,000 ms.
 */
const MAX_EXTRA_GAP_MS = 200;
const IDLE_MS = 2_000;

describe.each(BROWSERS)('5,000 Zendesk team macros in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    zendeskApi.reset();
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('refresh within 10 s without blocking the page', async () => {
    const page = await driver.open(SITE_REPLICAS.zendesk);
    const panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('zendesk-shelf-refreshed'), /Zuletzt|Last refreshed/)).not.toBeNull();
    for (let i = 1; i <= MACROS; i++) {
      const body = `<p>Hallo {{ticket.requester.first_name}}, zu Ihrer Anfrage ${i}: vielen Dank für Ihre Geduld. Wir melden uns bis {{date +2bd}}.</p>`;
      zendeskApi.put(`Kategorie ${i % 40}::Antwort ${i}`, body, { actions: [{ field: 'status', value: 'pending' }] });
    }
    await page.evaluate(() => {
      const probe = { last: performance.now(), maxGap: 0 };
      (window as unknown as { probe: typeof probe }).probe = probe;
      setInterval(() => {
        const now = performance.now();
        probe.maxGap = Math.max(probe.maxGap, now - probe.last);
        probe.last = now;
      }, 10);
    });
    // What the panel's button sends, with the Zendesk tab in front: browsers slow the timers of
    // a background tab to one a second, which would hide any stall (and is not what the agent sees).
    const tabId = await driver.tabIdOf(page);
    await page.front();
    const idle = await page.evaluate(
      (ms) =>
        new Promise<number>((resolve) => {
          const probe = (window as unknown as { probe: { maxGap: number; last: number } }).probe;
          // From here on: the gaps while the tab was in the background do not count.
          probe.maxGap = 0;
          probe.last = performance.now();
          setTimeout(() => {
            const gap = probe.maxGap;
            probe.maxGap = 0;
            resolve(gap);
          }, ms);
        }),
      IDLE_MS,
    );
    const started = Date.now();
    const asked = sendToTab(driver, tabId, 'zendeskShelf.refresh', {});
    await expect
      .poll(async () => (await shelfMeta(driver, 'zendesk:acme'))?.lastRefreshAt ?? 0, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(started);
    const elapsed = Date.now() - started;
    expect(await asked).toMatchObject({ ok: true });
    expect(await shelfRows(driver, 'zendesk:acme')).toHaveLength(MACROS);
    const walk = zendeskApi.requests.at(-1)!.at - zendeskApi.requests.at(-MACROS / 100)!.at;
    const maxGap = await page.evaluate(() => (window as unknown as { probe: { maxGap: number } }).probe.maxGap);
    console.log(
      `[zendesk-scale] ${name}: ${MACROS} macros in ${elapsed} ms (walking 50 pages ${walk} ms), longest page stall ${Math.round(maxGap)} ms (idle ${Math.round(idle)} ms)`,
    );
    expect(elapsed).toBeLessThanOrEqual(BUDGET_MS);
    expect(maxGap).toBeLessThan(idle + MAX_EXTRA_GAP_MS);
    await Promise.all([panel.close(), page.close()]);
  });
});
