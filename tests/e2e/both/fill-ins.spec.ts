import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_URL } from '../browser';
import { testId, textOf } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Surface } from '../drivers';
import { clickInto, editorsFor } from './editors';
import { openPalette, putSnippets, setUi } from './palette-open';

// Issue #19's fill-ins in Chromium and Firefox: empty fields are slots in the preview, a field
// is judged only after the agent leaves it, choices and optional sections in the form, and
// several Tab stops in each editor.

const REFUND = {
  id: 'e2e-refund',
  title: 'Zahlungsfreigabe über {{input:Betrag}}',
  body:
    'Ihre Erstattung über {{input:Betrag}} haben wir am {{input:Datum}} veranlasst. ' +
    'Versand mit {{choice:Versand|DHL|DPD|Hermes}}.{{#optional:Gutschein}} Anbei ein Gutschein.{{/optional}}',
};
const STOPS = {
  id: 'e2e-stops',
  title: 'Bestellung mit Tabstopps',
  shortcut: 'ts-stopps',
  body: 'Bestellung {{cursor}}, Betrag: {{tab:1}}, Versand: {{tab:2}}.',
};

const slots = (palette: Surface) =>
  palette.evaluate(() => [...document.querySelectorAll('[data-testid="preview-slot"]')].map((e) => e.textContent));
const errors = (palette: Surface) =>
  palette.evaluate(() => [...document.querySelectorAll('[data-testid="field-error"]')].map((e) => e.textContent));

describe.each(BROWSERS)('fill-ins in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
    await setUi(driver, { theme: 'light', uiLanguage: 'de' });
    await putSnippets(driver, [REFUND, STOPS]);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('shows empty fields as slots, judges a field once left, and inserts choices and sections', async () => {
    const page = await driver.open(EDITOR_URL('textarea'));
    await page.click('#editor');
    const palette = await openPalette(page);
    await page.type('Zahlungsfreigabe');
    await expect.poll(() => textOf(palette, testId('palette-item'))).toBe('Zahlungsfreigabe über Betrag');
    expect(await textOf(palette, testId('title-chip'))).toBe('Betrag');
    await expect.poll(() => slots(palette)).toEqual(['Betrag', 'Datum']);
    expect(await textOf(palette, testId('palette-preview'))).toContain('über Betrag haben wir am Datum veranlasst');
    await page.press('Enter');
    // The form is open on the first field, and nothing is judged yet.
    await expect.poll(() => palette.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(await errors(palette)).toEqual([]);
    await page.press('Tab');
    await expect.poll(() => errors(palette)).toEqual(['Bitte „Betrag“ ausfüllen.']);
    await page.type('3. Dezember');
    await page.press('Shift+Tab');
    await page.type('23,90 EUR');
    await expect.poll(() => errors(palette)).toEqual([]);
    await expect.poll(() => slots(palette)).toEqual([]);
    await page.press('Enter'); // to Datum
    await page.press('Enter'); // to Versand
    await expect.poll(() => palette.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.type('Hermes');
    await expect.poll(() => textOf(palette, testId('palette-preview'))).toContain('Versand mit Hermes.');
    await page.press('Enter'); // to the Gutschein checkbox
    await page.press('Space');
    await expect.poll(() => textOf(palette, testId('palette-preview'))).not.toContain('Gutschein.');
    await page.press('Enter');
    const model = () => page.evaluate(() => window.editorProbe.text());
    await expect
      .poll(model)
      .toBe('Ihre Erstattung über 23,90 EUR haben wir am 3. Dezember veranlasst. Versand mit Hermes.');
    await page.close();
  });

  describe.each(editorsFor(name))('in $name', (editor) => {
    it('visits the Tab stops in order after an expansion', async () => {
      const page = await driver.open(editor.url);
      await clickInto(editor, page);
      await page.type('ts-stopps');
      await page.press('Tab');
      // Editors keep two spaces as a space and a no-break space, or as one.
      const model = async () => (await editor.model(page)).replace(/[\s\u00a0]+/g, ' ');
      await expect.poll(model).toBe('Bestellung , Betrag: , Versand: .');
      await page.type('4711');
      await page.press('Tab');
      await page.type('23,90');
      await page.press('Tab');
      await page.type('DHL');
      // Keys typed while the expansion is still being checked are held and inserted after it
      // (a plain contenteditable takes a second per insertion through the paste chain).
      await expect.poll(model, { timeout: 20_000 }).toBe('Bestellung 4711, Betrag: 23,90, Versand: DHL.');
      await page.close();
    });
  });
});
