import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  panelFor as openPanel,
  ZENDESK_URL,
} from './browser';
import { contentWorld, messageExpression } from './content-world';
import { SITE_REPLICAS } from './replicas';

// Issue #2: the extension loads, its content script runs on both replica helpdesks, its
// pages render, the library written through the options page is reachable from the
// content script through messaging, and everything survives a service-worker restart.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const panelFor = (page: Page) => openPanel(ext, page);

describe('extension foundation', () => {
  it('starts the service worker and declares the side panel and options page', async () => {
    const worker = await ext.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.options_ui?.page).toBe('options.html');
    expect(manifest.content_scripts?.[0]?.matches).toEqual([
      'https://*.zendesk.com/agent/*',
      'https://mail.google.com/*',
    ]);
  });

  it('shows the starter library on a fresh profile', async () => {
    const options = await extensionPage(ext, 'options.html');
    // The library list is virtualised: find each language's version through the search.
    const search = options.getByLabel(/^(Search the library|Bibliothek durchsuchen)/);
    await search.fill('Haustier verstorben');
    await options.getByRole('option', { name: /Haustier verstorben: Futter spenden statt zurückschicken/ }).waitFor();
    await search.fill('Pet died');
    await options.getByRole('option', { name: /Pet died: donate the food instead of returning it/ }).waitFor();
    await options.close();
  });

  it('reads the visible Zendesk ticket and follows a ticket switch', async () => {
    const page = await openReplica(ext.context, SITE_REPLICAS.zendesk);
    const panel = await panelFor(page);
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('Jonas Weber');
    expect(await panel.getByTestId('ctx-customer').textContent()).toContain('jonas.weber@example.de');
    expect(await panel.getByTestId('ctx-ticket').textContent()).toBe('4711');
    const last = await panel.getByTestId('ctx-last-message').textContent();
    expect(last).toContain('Bello ist letzte Woche gestorben');
    expect(last).not.toContain('Automatische Antwort');

    await page.getByRole('tab', { name: /#4712/ }).click();
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('Sabine Krause');
    expect(await panel.getByTestId('ctx-ticket').textContent()).toBe('4712');
    expect(await panel.getByTestId('ctx-last-message').textContent()).toContain('20.000 Follower auf Instagram');
    await Promise.all([panel.close(), page.close()]);
  });

  it('reads the Gmail thread: the customer, not the agent, and no quoted history', async () => {
    const page = await openReplica(ext.context, SITE_REPLICAS.gmail);
    const panel = await panelFor(page);
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('Lena Hoffmann');
    expect(await panel.getByTestId('ctx-customer').textContent()).toContain('lena.hoffmann@example.de');
    const last = await panel.getByTestId('ctx-last-message').textContent();
    expect(last).toContain('Jetzt ist Freitag');
    expect(last).not.toContain('melde mich bis Mittwoch');
    expect(last).not.toContain('Sent from my phone');
    await Promise.all([panel.close(), page.close()]);
  });

  it('shows "no reply box" in the side panel for a tab without a helpdesk', async () => {
    const blank = await ext.context.newPage();
    const panel = await panelFor(blank);
    await panel.getByTestId('context-empty').waitFor();
    await Promise.all([panel.close(), blank.close()]);
  });

  it('saves a snippet from the options page, shows it in an open side panel within a second, and serves it to the content script', async () => {
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const panel = await panelFor(zendesk);
    const options = await extensionPage(ext, 'options.html');
    await panel.getByTestId('snippet-count').filter({ hasText: /\d/ }).waitFor();

    await options.getByLabel(/Title|Titel/).fill('Freundlicher Gruß');
    await options.getByLabel(/Shortcut|Kürzel/).fill('gruss');
    await options.getByLabel(/^(Text)$/).fill('Viele Grüße\n{{agent.name}}');
    await options.getByRole('button', { name: /Save|Speichern/ }).click();
    await options.getByTestId('form-saved').waitFor();
    const savedAt = Date.now();
    await panel.getByTestId('snippet-item').filter({ hasText: 'Freundlicher Gruß' }).waitFor({ timeout: 1_000 });
    expect(Date.now() - savedAt).toBeLessThan(1_000);

    const world = await contentWorld(zendesk);
    // The content script gets the snippet rendered for this ticket, never the library record.
    const found = await world.evaluate<{ res: { title: string; request: { text: string }; hints: string[] } | null }>(
      messageExpression('insert.expandShortcut', { shortcut: 'gruss' }),
    );
    expect(found.res?.title).toBe('Freundlicher Gruß');
    // No agent name is set in the settings: the one the Zendesk page shows is used.
    expect(found.res?.request.text).toBe('Viele Grüße\nJana Berger');

    // A malformed message is refused with a clear error, not half-handled.
    const refused = await world.evaluate<{ err?: { message: string } }>(
      messageExpression('insert.expandShortcut', { shortcut: 42 }),
    );
    expect(refused.err?.message).toMatch(/Invalid "insert.expandShortcut" message/);

    // A second snippet with the same shortcut is refused with a message the agent can act on.
    await options.getByLabel(/Title|Titel/).fill('Anderer Gruß');
    await options.getByLabel(/Shortcut|Kürzel/).fill('gruss');
    await options.getByRole('button', { name: /Save|Speichern/ }).click();
    await expect
      .poll(() => options.getByTestId('form-error').textContent())
      .toContain('already used by "Freundlicher Gruß"');
    await Promise.all([panel.close(), options.close(), zendesk.close()]);
  });

  it('keeps the library and the tab contexts across a service-worker restart', async () => {
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const world = await contentWorld(zendesk);
    const before = await ext.serviceWorker();
    await before.evaluate(() => {
      (globalThis as { restartMarker?: number }).restartMarker = 1;
    });

    const targets = async () =>
      ((await world.cdp.send('Target.getTargets')).targetInfos as { type: string; targetId: string }[]).filter(
        (t) => t.type === 'service_worker',
      );
    const [sw] = await targets();
    await world.cdp.send('Target.closeTarget', { targetId: sw!.targetId });
    await expect.poll(async () => (await targets()).length).toBe(0);

    // The message wakes a fresh worker, which reads the library from IndexedDB.
    const found = await world.evaluate<{ res: { title: string } | null }>(
      messageExpression('insert.expandShortcut', { shortcut: 'gruss' }),
    );
    expect(found.res?.title).toBe('Freundlicher Gruß');
    const fresh = ext.context.serviceWorkers().at(-1)!;
    expect(await fresh.evaluate(() => (globalThis as { restartMarker?: number }).restartMarker)).toBeUndefined();

    const panel = await panelFor(zendesk);
    await expect.poll(() => panel.getByTestId('ctx-customer').textContent()).toContain('Jonas Weber');
    await panel.getByTestId('snippet-item').filter({ hasText: 'Freundlicher Gruß' }).waitFor();
    await Promise.all([panel.close(), zendesk.close()]);
  });
});
