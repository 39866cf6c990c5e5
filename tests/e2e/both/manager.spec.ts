import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yStates, seriousAxeFindings } from '../axe';
import { ROOT } from '../browser';
import { clickText, testId, waitFor } from '../drivers/dom';
import { storedSnippets } from '../drivers/extension';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';

// Issue #19, in Chromium and Firefox: the library manager's folders (from Zendesk's "::")
// and keyboard, and axe-core (WCAG 2.1 A/AA) on every tab of the options page in both
// languages and both themes, with the rich-text editor open; serious or critical fail.

const TABS = [
  'Snippets|Textbausteine',
  'Shelves|Regale',
  'Notes|Notizen',
  'Import',
  'Settings|Einstellungen',
  'Statistics|Statistik',
];

describe.each(BROWSERS)('library manager in %s', (name) => {
  let driver: Driver;
  let page: Tab;
  beforeAll(async () => {
    driver = await launch(name);
    page = await driver.extensionPage('options.html');
  });
  afterAll(() => driver?.close());

  const titleOfActive = () =>
    page.evaluate(() => {
      const box = document.getElementById('snippet-list')!;
      const option = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
      return {
        pos: option?.getAttribute('aria-posinset'),
        title: option?.querySelector('.snippet-title')?.textContent,
      };
    });

  it('shows "::" categories as folders and is driven by the keyboard', async () => {
    await clickText(page, '[role="tab"]', 'Import');
    await page.upload(testId('import-file'), join(ROOT, 'tests/fixtures/import/zendesk-macros.json'));
    await waitFor(page, testId('dry-run'));
    await clickText(page, 'button', '^(Import|Importieren)$');
    await waitFor(page, testId('import-done'));
    await clickText(page, '[role="tab"]', '^(Snippets|Textbausteine)$');
    await page.click('[data-testid="folder"][data-path="Billing::Refunds"]');
    await expect
      .poll(() =>
        page.evaluate(() => [...document.querySelectorAll('[role="option"] .snippet-title')].map((e) => e.textContent)),
      )
      .toEqual(['Refund issued']);
    await page.click('[data-testid="folder"]:not([data-path])');

    // A tag filters the list to the snippets that carry it (those in IndexedDB), and a second click lifts it.
    const listed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="option"] .snippet-title')].map((e) => e.textContent ?? '').sort(),
      );
    const tagged = (await storedSnippets<{ title: string; tags: string[] }>(driver))
      .filter((r) => r.tags.includes('instagram'))
      .map((r) => r.title.split('::').at(-1)!.trim());
    expect(tagged.length).toBeGreaterThan(0);
    const all = (await listed()).length;
    expect(all).toBeGreaterThan(tagged.length);
    await clickText(page, testId('tag'), '^# instagram\\s');
    await expect.poll(listed).toEqual(tagged.sort());
    await clickText(page, testId('tag'), '^# instagram\\s');
    await expect.poll(async () => (await listed()).length).toBe(all);

    await page.evaluate(() => document.getElementById('snippet-list')!.focus());
    await expect.poll(async () => (await titleOfActive()).pos).toBe('1');
    for (let i = 0; i < 3; i++) await page.press('ArrowDown');
    await expect.poll(async () => (await titleOfActive()).pos).toBe('4');
    const { title } = await titleOfActive();
    await page.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const field = document.activeElement as HTMLInputElement;
          return field.id === 'snippet-title' ? field.value : null;
        }),
      )
      .toMatch(new RegExp(`(^|::)${title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('has no serious or critical axe findings on any tab, in both languages and themes', async () => {
    const found: string[] = [];
    for (const [uiLanguage, theme] of a11yStates(name)) {
      await driver.privileged(
        async (patch) => {
          const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
          await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
        },
        { uiLanguage, theme },
      );
      // A new page reads the settings afresh (Firefox's reload of an extension page hangs over BiDi).
      await page.close();
      page = await driver.extensionPage('options.html');
      await expect
        .poll(() => page.evaluate(() => `${document.documentElement.lang}/${document.documentElement.dataset.theme}`))
        .toBe(`${uiLanguage}/${theme}`);
      for (const tab of TABS) {
        await clickText(page, '[role="tab"]', tab);
        if (tab.startsWith('Snippets')) {
          // With the rich-text editor open on an HTML snippet.
          await page.click('[data-testid="folder"][data-path="Billing::Refunds"]');
          await page.click('[role="option"]');
          await waitFor(page, testId('rich-body'));
        } else if (tab.startsWith('Shelves')) {
          // The own library's row counts the imported macros once the library is read.
          await waitFor(page, testId('shelf-own'), /[1-9]/);
        } else {
          await waitFor(page, `[role="tabpanel"]`);
        }
        for (const f of await seriousAxeFindings(page))
          found.push(`${uiLanguage}/${theme}/${tab}: ${f.id} ${f.nodes.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  }, 240_000);
});
