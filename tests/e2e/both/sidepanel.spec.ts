import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZENDESK_URL } from '../browser';
import { clickText, fillLabel, mark, testId, textOf, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { panelFor, sendToTab } from '../drivers/extension';

// Issues #7, #3 and #17, in Chromium and Firefox: the co-pilot beside the replica Zendesk
// (a suggested template inserted into CKEditor 5, the live draft check) and a site the agent enables by hand, which needs `permissions.request`.

const ckData = (tab: Tab, ticket: string) => tab.evaluate((id) => window.replicaEditors[id]!.getData(), ticket);
/** The visible ticket's composer (every open ticket keeps one in the DOM). */
const clickComposer = async (tab: Tab) => tab.click(await mark(tab, { selector: '.ck-editor__editable' }));

describe.each(BROWSERS)('side panel and sites in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  async function open(ticket: string) {
    const page = await driver.open(`${ZENDESK_URL}${ticket}`);
    const panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('ctx-ticket'))).toBe(ticket);
    return { page, panel };
  }

  it('suggests the condolence template for the grief ticket and inserts it with its fill-in fields', async () => {
    const { page, panel } = await open('4711');
    await waitFor(panel, `${testId('ctx-last-message')} mark`, 'gestorben');
    const card = await mark(panel, {
      selector: testId('suggested-template'),
      text: 'Haustier verstorben: Futter spenden statt zurückschicken',
    });
    await page.front();
    await clickComposer(page);
    await panel.front();
    await clickText(panel, `${card} button`, '^(Insert|Einfügen)$');
    await fillLabel(panel, 'Name des Tieres', 'Bello');
    await fillLabel(panel, '^Betrag', '23,90 €');
    await clickText(panel, `${card} form button`, '^(Insert|Einfügen)$');
    await expect.poll(() => ckData(page, '4711')).toContain('dass Bello gestorben ist');
    expect(await ckData(page, '4711')).toContain('Jonas Weber');
    await Promise.all([panel.close(), page.close()]);
  });

  it('flags a blaming draft in the open panel and rewrites it in place in CKEditor 5', async () => {
    const { page, panel } = await open('4712');
    await page.front();
    await clickComposer(page);
    await page.type('Sie befolgen unseren Prozess nicht!');
    await expect.poll(() => ckData(page, '4712')).toContain('Prozess nicht');
    // Firefox updates a page in a background tab only slowly; the real sidebar is always shown.
    await panel.front();
    const blame = await mark(panel, { selector: '[data-testid="finding"][data-rule="blame"]' });
    expect(await textOf(panel, blame)).toMatch(/blam|Vorwurf|Schuld/i);
    await panel.click(`${blame} ${testId('finding-rewrite')}`);
    // The editor's own model holds the rewrite, and only it.
    await expect.poll(() => ckData(page, '4712'), { timeout: 5000 }).toContain('schiefgelaufen');
    expect(await ckData(page, '4712')).not.toContain('Prozess nicht');
    // An added greeting becomes its own paragraph; the rest stays as it was.
    await panel.click(
      await mark(panel, {
        selector: `[data-testid="finding"][data-rule="missing_greeting"] ${testId('finding-rewrite')}`,
      }),
    );
    await expect.poll(() => ckData(page, '4712'), { timeout: 5000 }).toMatch(/^<p>Guten Tag Sabine Krause,<\/p>/);
    expect(await ckData(page, '4712')).toContain('schiefgelaufen');
    await Promise.all([panel.close(), page.close()]);
  });

  it('keeps the salutation and a hyphenated surname in the greeting fixes, one paragraph each in CKEditor 5', async () => {
    // Issue #19: the requester is "Frau Anna Müller-Lüdenscheidt".
    const { page, panel } = await open('4728');
    const body = 'Ihre Rechnung finden Sie im Anhang.';
    const model = () => ckData(page, '4728');
    /** The draft the panel last checked (its length) and the rules it found. */
    const checked = () =>
      panel.evaluate(() => ({
        length: Number(document.querySelector<HTMLElement>('[data-testid="draft-check"]')?.dataset.draftLength),
        rules: [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')].map((f) => f.dataset.rule),
      }));
    /** Types `lines` as the whole reply, one paragraph each, and waits until the panel has checked all of it. */
    async function write(lines: string[]) {
      await page.front();
      await clickComposer(page);
      await page.press('Control+a');
      await page.press('Backspace');
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.press('Enter');
        await page.type(line);
      }
      await expect.poll(model).toBe(lines.map((line) => `<p>${line}</p>`).join(''));
      await panel.front();
      await expect.poll(async () => (await checked()).length).toBe(lines.join('\n').length);
      return (await checked()).rules;
    }
    const fix = async (rule: string) =>
      panel.click(
        await mark(panel, { selector: `[data-testid="finding"][data-rule="${rule}"] ${testId('finding-rewrite')}` }),
      );

    // A hyphenated surname after "Frau" addresses her: no "name missing".
    expect(await write(['Guten Tag Frau Müller-Lüdenscheidt,', body])).not.toContain('missing_name');

    // A bare "Hallo," gets her name with her salutation, not "Hallo Anna Müller-Lüdenscheidt".
    expect(await write(['Hallo,', body])).toContain('missing_name');
    await fix('missing_name');
    await expect.poll(model).toBe(`<p>Hallo Frau Müller-Lüdenscheidt,</p><p>${body}</p>`);
    await expect.poll(async () => (await checked()).rules).not.toContain('missing_name');

    // A missing greeting becomes its own formal paragraph, with no empty one after it.
    expect(await write([body])).toContain('missing_greeting');
    await fix('missing_greeting');
    await expect.poll(model).toBe(`<p>Guten Tag Frau Müller-Lüdenscheidt,</p><p>${body}</p>`);
    await Promise.all([panel.close(), page.close()]);
  });

  it('runs on a site the agent enables, and stops when it is disabled', async () => {
    const registered = () =>
      driver.privileged(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      );
    const options = await driver.extensionPage('options.html');
    await clickText(options, '[role="tab"]', '^(Settings|Einstellungen)$');
    await fillLabel(options, 'Address of the site|Adresse der Website', 'https://help.zendesk.com/hc/');
    await clickText(options, 'button', '^(Enable|Freischalten)$');
    await waitFor(options, testId('enabled-sites'), 'https://help.zendesk.com/\\*');
    await expect.poll(registered).toEqual(['https://help.zendesk.com/*']);

    const page = await driver.open('https://help.zendesk.com/hc/de/requests/new');
    const panel = await panelFor(driver, page);
    await expect
      .poll(() => textOf(panel, testId('context-card')))
      .toContain('Anfrage einreichen – Beispielshop Hilfe-Center');
    await page.front();
    await page.click('#message');
    const outcome = await sendToTab<{ ok: boolean }>(driver, await driver.tabIdOf(page), 'insert.apply', {
      text: 'Guten Tag,\nvielen Dank.',
    });
    expect(outcome.ok).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('#message') as HTMLTextAreaElement).value)).toBe(
      'Guten Tag,\nvielen Dank.',
    );

    await options.front();
    await clickText(options, 'button', '(Disable|Sperren): https://help\\.zendesk\\.com/\\*');
    await expect.poll(registered).toEqual([]);
    await Promise.all([panel.close(), options.close(), page.close()]);
  });
});
