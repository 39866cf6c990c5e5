import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_URL, ZENDESK_URL } from '../browser';
import { testId, textOf } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { clickInto, editorsFor } from './editors';
import { HOTKEY, OPEN_WITHIN, openPalette } from './palette-open';

// Issues #5 and #17, in Chromium and Firefox: the hotkey palette (an extension frame in the
// page, which in Firefox has no `tabs` API) and Tab abbreviations, in every supported editor.

const SENTENCE = /danke, dass Sie uns so offen schreiben/;

const ckData = (tab: Tab, ticket: string) => tab.evaluate((id) => window.replicaEditors[id]!.getData(), ticket);

describe.each(BROWSERS)('palette and abbreviations in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("finds a template by a misspelled word and inserts it with the ticket's values and fill-in fields", async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    const palette = await openPalette(page);
    await page.type('verstorbn');
    await expect.poll(() => textOf(palette, testId('palette-item'))).toContain('Haustier verstorben');
    await expect.poll(() => textOf(palette, testId('palette-preview'))).toContain('Guten Tag Jonas Weber,');
    await page.press('Enter');
    await page.type('Bello');
    await page.press('Enter');
    await page.type('23,90 €');
    await page.press('Enter');
    await expect.poll(() => ckData(page, '4711')).toContain('dass Bello gestorben ist');
    expect(await ckData(page, '4711')).toContain('Guten Tag Jonas Weber,');
    // The palette closed and the composer has the keyboard again.
    await page.type(' Nachtrag');
    await expect.poll(() => ckData(page, '4711')).toContain('Nachtrag');
    await page.close();
  });

  // A fast agent types on while the palette opens, searches and shows its form: no key may
  // be lost or land elsewhere (held by the content script, then by the frame, in order).
  /** Types the "Haustier verstorben" fill-ins with no waits; the draft once both arrived. */
  const fillInAtOnce = async (page: Tab) => {
    await page.type('Bello');
    await page.press('Enter');
    await page.type('23,90 €');
    await page.press('Enter');
    await expect.poll(() => ckData(page, '4711'), OPEN_WITHIN).toContain('dass Bello gestorben ist');
    const data = await ckData(page, '4711');
    expect(data).toContain('23,90 €');
    return data;
  };

  it('keeps every key typed at once after the hotkey: the query, Enter and the fill-in fields', async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    await page.press(HOTKEY);
    await page.type('verstorbn');
    await page.press('Enter');
    const data = await fillInAtOnce(page);
    expect(data).not.toContain('verstorbn');
    expect(data).not.toContain('{{');
    await page.close();
  });

  it("keeps the fill-in values typed at once after a shortcut's Tab", async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    await page.type('tr-tier');
    await page.press('Tab');
    const data = await fillInAtOnce(page);
    expect(data).toMatch(/^<p>Guten Tag Jonas Weber,/);
    expect(data).not.toContain('tr-tier');
    await page.close();
  });

  it('closes with Esc and gives the focus back', async () => {
    const page = await driver.open(GMAIL_URL);
    await page.click('div[g_editable="true"]');
    await page.type('Hallo ');
    const palette = await openPalette(page);
    await page.type('Entschuldigung');
    await expect.poll(() => textOf(palette, testId('palette-item'))).not.toBeNull();
    await page.press('Escape');
    // The reply box has the keyboard again once the palette has gone.
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.matches('div[g_editable="true"]')))
      .toBe(true);
    await page.type('Frau Hoffmann');
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('div[g_editable="true"]') as HTMLElement).innerText))
      .toBe('Hallo Frau Hoffmann');
    await page.close();
  });

  describe.each(editorsFor(name))('in $name', (editor) => {
    // Typing on proves the focus and the caret stayed in the editor's model (issue #16); the
    // template's cursor mark sits after "So gehe ich jetzt vor:".
    const typesOn = async (page: Tab) => {
      await page.type('Nachtrag');
      await expect.poll(() => editor.model(page)).toMatch(/jetzt vor:\s*Nachtrag\s*(\n|Bis )/);
    };

    it('expands a shortcut with Tab, and typing goes on after it', async () => {
      const page = await driver.open(editor.url);
      await clickInto(editor, page);
      await page.type('Hallo ae-erst');
      await page.press('Tab');
      // An editor that takes the selection late first keeps the shortcut beside the template,
      // until the chain undoes that and tries again (lib/insert/rich.ts): what counts is the
      // text the agent is left with.
      const landed = (text: string) => SENTENCE.test(text) && !text.includes('ae-erst');
      await expect.poll(async () => landed(await editor.model(page))).toBe(true);
      // What was typed before the shortcut stays (editors differ in whether the first pasted
      // paragraph joins it).
      expect(await editor.model(page)).toMatch(/^Hallo\s+Guten Tag/);
      await typesOn(page);
      await page.close();
    });

    /** Opens the palette in the editor and selects the "ae-erst" template; Enter inserts it. */
    const chooseInPalette = async () => {
      const page = await driver.open(editor.url);
      await clickInto(editor, page);
      const palette = await openPalette(page);
      await page.type('ae-erst');
      await expect.poll(() => textOf(palette, testId('palette-item'))).toContain('ae-erst');
      return page;
    };

    it('inserts from the palette: what is typed right after Enter follows at the cursor mark, and typing goes on', async () => {
      const page = await chooseInPalette();
      // No waiting for the palette to go: the keys typed while it inserts are the reply's.
      await page.press('Enter');
      await page.type('Nach');
      await expect.poll(() => editor.model(page)).toMatch(/jetzt vor:\s*Nach\s*(\n|Bis )/);
      // Then the agent types on once the palette has gone: the page has the keyboard again,
      // and the keys reach the editor itself.
      await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).not.toBe('tonlage-palette');
      await page.type('trag');
      await expect.poll(() => editor.model(page)).toMatch(/jetzt vor:\s*Nachtrag\s*(\n|Bis )/);
      expect(await editor.model(page)).not.toContain('ae-erst');
      await page.close();
    });
  });
});
