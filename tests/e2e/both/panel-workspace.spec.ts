import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yStates, seriousAxeFindings } from '../axe';
import { GMAIL_URL, ZENDESK_URL } from '../browser';
import { clickText, mark, testId, textOf, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { panelFor } from '../drivers/extension';

// Issue #19 in Chromium and Firefox: the draft check pinned at the top while the agent writes,
// with its count on the toolbar badge; collapsed sections remembered; rewrites that keep the
// draft well-formed in CKEditor 5's own model; a stale status cleared; "a gentler day" offered
// once after three hostile conversations, and neither counted nor offered once switched off;
// axe-core on the panel in both languages and themes.

const ckData = (tab: Tab, ticket: string) => tab.evaluate((id) => window.replicaEditors[id]!.getData(), ticket);
// Pushed updates cross three contexts: generous ceilings for a loaded machine.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const HOSTILE_MOOD = ['anger', 'public_threat', 'legal_threat']
  .map((m) => `${testId('mood-item')}[data-mood="${m}"]`)
  .join(', ');
const clickComposer = async (tab: Tab) => tab.click(await mark(tab, { selector: '.ck-editor__editable' }));

describe.each(BROWSERS)('the agent’s workspace in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const local = <T>(key: string) =>
    driver.privileged(async (k) => (await chrome.storage.local.get(k))[k] as unknown, key) as Promise<T>;
  const badge = (tabId: number) => driver.privileged((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  async function open(ticket: string) {
    const page = await driver.open(`${ZENDESK_URL}${ticket}`);
    const tabId = await driver.tabIdOf(page);
    const panel = await panelFor(driver, page);
    await poll(() => textOf(panel, testId('ctx-ticket'))).toBe(ticket);
    return { page, panel, tabId };
  }

  it('pins the draft check at the top while the agent writes, lets it collapse there, and counts its findings on the badge', async () => {
    const { page, panel, tabId } = await open('4713');
    // Nothing typed: the check waits in its place below the other cards, the badge is empty.
    await waitFor(panel, `${testId('draft-check')}:not(.pinned)`);
    expect(await badge(tabId)).toBe('');
    await page.front();
    await clickComposer(page);
    await page.type('Hello, calm down. As I said, the refund takes five days.');
    await panel.front();
    await waitFor(panel, `${testId('draft-check')}.pinned [data-rule="repetition"]`);
    // The first card after the heading, and sticky while the panel scrolls.
    const layout = await panel.evaluate(() => {
      const first = document.querySelector('main > section');
      return { first: first?.getAttribute('data-testid'), position: first && getComputedStyle(first).position };
    });
    expect(layout).toEqual({ first: 'draft-check', position: 'sticky' });
    const count = await panel.evaluate(() => document.querySelectorAll('[data-testid="finding"]').length);
    expect(count).toBeGreaterThanOrEqual(3);
    await poll(() => badge(tabId)).toBe(String(count));

    // Collapsible while pinned: the findings hide under its heading at the top, the badge still counts them.
    const findingsShown = () =>
      panel.evaluate(() => !!document.querySelector('[data-testid="finding-list"]')?.checkVisibility());
    await panel.click(`${testId('draft-check')} .section-toggle`);
    await waitFor(panel, `${testId('draft-check')}.pinned[data-collapsed="true"]`);
    expect(await findingsShown()).toBe(false);
    expect(await panel.evaluate(() => document.querySelector('main > section')?.getAttribute('data-testid'))).toBe(
      'draft-check',
    );
    expect(await badge(tabId)).toBe(String(count));
    await panel.click(`${testId('draft-check')} .section-toggle`);
    await waitFor(panel, `${testId('draft-check')}.pinned[data-collapsed="false"] ${testId('finding-list')}`);
    expect(await findingsShown()).toBe(true);

    await Promise.all([panel.close(), page.close()]);
    // The next tests start from the panel's default layout.
    await driver.privileged(() => chrome.storage.local.remove('panelSections'));
  });

  // In both browsers, Gmail's reply box and CKEditor 5 (which in Firefox once did not take a
  // whole-draft replacement, issue #17's report; it does now, see also ./sidepanel.spec.ts).
  const REWRITES = [
    {
      editor: 'Gmail',
      url: GMAIL_URL,
      box: '[g_editable="true"]',
      read: (tab: Tab) =>
        tab.evaluate(() => (document.querySelector('[g_editable="true"]') as HTMLElement).innerText.trim()),
      typed: 'Hallo Frau Hoffmann, wie schon gesagt, ist das Paket unterwegs.',
      expected: 'Hallo Frau Hoffmann, das Paket ist unterwegs.',
    },
    {
      editor: 'CKEditor 5',
      url: `${ZENDESK_URL}4713`,
      box: '.ck-editor__editable',
      read: (tab: Tab) => ckData(tab, '4713'),
      typed: 'Hello Mark, calm down. As I said, the refund takes five days.',
      expected: '<p>Hello Mark, calm down. The refund takes five days.</p>',
    },
  ];

  it.each(REWRITES)(
    'deletes a repetition in $editor so the sentence stays whole, then the status goes stale',
    async (c) => {
      const page = await driver.open(c.url);
      const panel = await panelFor(driver, page);
      await page.front();
      await page.click(await mark(page, { selector: c.box }));
      await page.type(c.typed);
      await panel.front();
      // The panel has the whole draft (pushed after the last key), not a part typed so far.
      // (Gmail's box starts with the page's own whitespace: at least the typed length.)
      const drafted = () =>
        panel.evaluate(() =>
          Number(document.querySelector('[data-testid="draft-check"]')?.getAttribute('data-draft-length')),
        );
      await poll(drafted).toBeGreaterThanOrEqual(c.typed.length);
      await panel.click(await mark(panel, { selector: '[data-rule="repetition"] [data-testid="finding-rewrite"]' }));
      await poll(() => c.read(page)).toBe(c.expected);
      await waitFor(panel, testId('draft-status'), /rewritten|umformuliert/);
      await page.front();
      await page.click(await mark(page, { selector: c.box }));
      await page.press('End');
      await page.type(' Danke');
      await panel.front();
      await poll(() => c.read(page)).toContain('Danke');
      const status = () => panel.evaluate(() => document.querySelector('[data-testid="draft-status"]')?.textContent);
      await poll(status).toBe('');
      expect(await textOf(panel, '[data-rule="repetition"]')).toBeNull();
      await Promise.all([panel.close(), page.close()]);
    },
  );

  it('remembers a collapsed section for the next panel', async () => {
    const first = await open('4714');
    await first.panel.click(`${testId('mood-card')} .section-toggle`);
    await waitFor(first.panel, `${testId('mood-card')}[data-collapsed="true"]`);
    expect(
      await first.panel.evaluate(
        () =>
          !!document.querySelector('[data-testid="mood-list"], [data-testid="ctx-last-message"]')?.checkVisibility(),
      ),
    ).toBe(false);
    expect(await local('panelSections')).toEqual({ mood: true });
    await Promise.all([first.panel.close(), first.page.close()]);

    const second = await open('4711');
    await waitFor(second.panel, `${testId('mood-card')}[data-collapsed="true"]`);
    await second.panel.click(`${testId('mood-card')} .section-toggle`);
    await waitFor(second.panel, `${testId('mood-card')}[data-collapsed="false"] ${testId('ctx-last-message')}`);
    expect(await local('panelSections')).toEqual({ mood: false });
    await Promise.all([second.panel.close(), second.page.close()]);
  });

  it('offers a pause once after three hostile conversations, and not again after dismissal', async () => {
    await driver.privileged(async () => {
      await chrome.storage.local.remove('gentlerDay');
      await chrome.storage.session.remove('gentlerDaySeen');
    });
    const counted = async () => ((await local<{ hostileAt?: number[] }>('gentlerDay'))?.hostileAt ?? []).length;
    const first = await open('4712');
    const opened = [first.page];
    for (const [i, ticket] of ['4713', '4725'].entries()) {
      await poll(counted).toBe(i + 1);
      expect(await textOf(first.panel, testId('gentler-day'))).toBeNull();
      opened.push(await driver.open(`${ZENDESK_URL}${ticket}`));
    }
    await poll(counted).toBe(3);
    await first.panel.front();
    await waitFor(first.panel, testId('gentler-day'), /not about you|nicht Ihnen/);
    await first.panel.click(await mark(first.panel, { selector: `${testId('gentler-day')} button` }));
    await poll(() => textOf(first.panel, testId('gentler-day'))).toBeNull();

    opened.push(await driver.open(`${ZENDESK_URL}4726`));
    await poll(counted).toBe(4);
    const later = await panelFor(driver, opened.at(-1)!);
    await poll(() => textOf(later, testId('ctx-ticket'))).toBe('4726');
    expect(await textOf(later, testId('gentler-day'))).toBeNull();
    // Only numbers are kept: the times of hostile conversations and of the dismissal.
    const state = await local<Record<string, unknown>>('gentlerDay');
    expect(Object.keys(state).sort()).toEqual(['dismissedAt', 'hostileAt']);
    expect(JSON.stringify(state)).toMatch(/^\{[\d",:[\]a-zA-Z]*\}$/);
    expect(JSON.stringify(await driver.privileged(() => chrome.storage.local.get(null)))).not.toMatch(
      /Betrug|Instagram|lawyer|Anwalt/,
    );
    await Promise.all([later.close(), first.panel.close(), ...opened.map((p) => p.close())]);
  });

  it('neither counts nor offers a pause once the agent switched it off in the settings', async () => {
    await driver.privileged(async () => {
      await chrome.storage.local.remove('gentlerDay');
      await chrome.storage.session.remove('gentlerDaySeen');
    });
    const options = await driver.extensionPage('options.html');
    await clickText(options, '[role="tab"]', '^(Settings|Einstellungen)$');
    const box = await mark(options, { text: 'hostile messages|feindseligen Nachrichten', byLabel: true });
    expect(await options.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.checked, box)).toBe(true);
    await options.click(box);
    await clickText(options, 'button[type="submit"]', '^(Apply preferences|Einstellungen übernehmen)$');
    await waitFor(options, testId('settings-saved'));
    await poll(async () => (await local<{ gentlerDay?: boolean }>('settings'))?.gentlerDay).toBe(false);
    await options.close();

    const counted = async () => ((await local<{ hostileAt?: number[] }>('gentlerDay'))?.hostileAt ?? []).length;
    const opened: Tab[] = [];
    for (const ticket of ['4712', '4713', '4725']) {
      const { page, panel } = await open(ticket);
      opened.push(page, panel);
      // The panel reads this conversation as hostile: the background has it (the panel asks the
      // background, which stores a reported conversation just before it would count it).
      await waitFor(panel, HOSTILE_MOOD);
      expect(await counted()).toBe(0);
      expect(await textOf(panel, testId('gentler-day'))).toBeNull();
    }
    // After three hostile conversations: no card in the first panel either, and nothing stored.
    await opened[1]!.front();
    await waitFor(opened[1]!, HOSTILE_MOOD);
    expect(await textOf(opened[1]!, testId('gentler-day'))).toBeNull();
    expect(await local('gentlerDay')).toBeUndefined();
    await Promise.all(opened.map((t) => t.close()));
  });

  it('has no serious accessibility findings in either language or theme', async () => {
    for (const [uiLanguage, theme] of a11yStates(name)) {
      await driver.privileged(
        async (patch) => {
          const { settings } = await chrome.storage.local.get('settings');
          // A run of hostile conversations just now: the offer of a pause is checked too.
          const now = Date.now();
          await chrome.storage.local.set({
            // The offer on, whatever an earlier case left.
            settings: { ...(settings as object), ...patch, gentlerDay: true },
            gentlerDay: { hostileAt: [now, now, now] },
          });
        },
        { uiLanguage, theme },
      );
      const { page, panel } = await open('4712');
      await page.front();
      await clickComposer(page);
      await page.type('Beruhigen Sie sich.');
      await panel.front();
      await waitFor(panel, `${testId('draft-check')}.pinned [data-testid="finding"]`);
      await waitFor(panel, `html[lang="${uiLanguage}"][data-theme="${theme}"]`);
      await waitFor(panel, testId('gentler-day'));
      expect(await seriousAxeFindings(panel), `${uiLanguage} ${theme}`).toEqual([]);
      await Promise.all([panel.close(), page.close()]);
    }
  });
});
