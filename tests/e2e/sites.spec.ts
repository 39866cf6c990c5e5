import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  GMAIL_URL,
  launchWithExtension,
  openReplica,
  panelFor as openPanel,
  sendToTab,
  tabIdOf,
} from './browser';
import { SITE_REPLICAS } from './replicas';

// Issue #3: reply boxes that appear later, several compose windows, and a site the agent
// enables by hand (and disables again).

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const panelFor = (page: Page) => openPanel(ext, page);

const registered = async () =>
  (await ext.serviceWorker()).evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );

describe('reply boxes and sites', () => {
  it('follows the agent into a compose window opened later, and back to the reply', async () => {
    const page = await openReplica(ext.context, GMAIL_URL);
    const panel = await panelFor(page);
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('Lena Hoffmann');
    await page.evaluate(() =>
      window.gmailReplica.openCompose({ email: 'max.mueller@example.org', name: 'Max Müller' }),
    );
    await page.locator('[role="dialog"] div[g_editable="true"]').click();
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('max.mueller@example.org');
    await page.locator('.M9 div[g_editable="true"]').click();
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('lena.hoffmann@example.de');
    await Promise.all([panel.close(), page.close()]);
  });

  it('runs on a site the agent enables, and stops when it is disabled', async () => {
    const url = SITE_REPLICAS.generic;
    const options = await extensionPage(ext, 'options.html');
    await options.getByRole('tab', { name: /^(Settings|Einstellungen)$/ }).click();
    await options.getByLabel(/Address of the site|Adresse der Website/).fill('https://help.zendesk.com/hc/');
    await options.getByRole('button', { name: /^(Enable|Freischalten)$/ }).click();
    await options.getByTestId('enabled-sites').getByText('https://help.zendesk.com/*').waitFor();
    await expect.poll(registered).toEqual(['https://help.zendesk.com/*']);

    const page = await openReplica(ext.context, url);
    const panel = await panelFor(page);
    await expect
      .poll(() => panel.getByTestId('context-card').textContent())
      .toContain('Anfrage einreichen – Beispielshop Hilfe-Center');
    // Every text field there is a reply box.
    await page.locator('#message').click();
    const outcome = await sendToTab<{ ok: boolean }>(ext, await tabIdOf(ext, page), 'insert.apply', {
      text: 'Guten Tag,\nvielen Dank.',
    });
    expect(outcome.ok).toBe(true);
    expect(await page.locator('#message').inputValue()).toBe('Guten Tag,\nvielen Dank.');
    // The palette is framable (and pairs with the content script) on an enabled site too.
    await page.keyboard.press('Control+Shift+Space');
    const findPalette = () => page.frames().find((f) => f.url().endsWith('/palette.html'));
    await expect.poll(() => !!findPalette()).toBe(true);
    const palette = findPalette()!;
    await palette.waitForFunction(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type('Entschuldigung');
    await expect.poll(() => palette.getByTestId('palette-item').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.locator('#message').inputValue()).length).toBeGreaterThan(40);

    await options.bringToFront();
    await options.getByRole('button', { name: /(Disable|Sperren): https:\/\/help\.zendesk\.com\/\*/ }).click();
    await expect.poll(registered).toEqual([]);
    await page.reload();
    await page.waitForSelector('html[data-replica-ready="true"]');
    const fresh = await panelFor(page);
    await fresh.getByTestId('context-empty').waitFor();
    await Promise.all([panel.close(), fresh.close(), options.close(), page.close()]);
  });
});
