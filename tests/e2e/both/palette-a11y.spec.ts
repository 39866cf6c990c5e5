import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../axe';
import { GMAIL_URL, ZENDESK_URL } from '../browser';
import { testId, textOf } from '../drivers/dom';
import { BROWSERS, type Driver, launch } from '../drivers';
import { openPalette, putSnippets, setUi } from './palette-open';

// Issue #19: the palette passes axe-core's WCAG 2.1 A/AA rules without a serious or
// critical finding, in both themes and both interface languages, with hits and a preview
// shown and with the fill-in form open (a text field showing its error, a choice, a
// checkbox); its hit count is a live region.

const FORM = {
  id: 'e2e-a11y-form',
  title: 'Barrierefreiheit Formular',
  body: 'Betrag {{input:Betrag}} per {{choice:Versand|DHL|DPD|Hermes}}.{{#optional:Gutschein}} Mit Gutschein.{{/optional}}',
};

const STATES = [
  { theme: 'light', uiLanguage: 'de' },
  { theme: 'dark', uiLanguage: 'de' },
  { theme: 'light', uiLanguage: 'en' },
  { theme: 'dark', uiLanguage: 'en' },
] as const;

describe.each(BROWSERS)('palette accessibility in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
    await putSnippets(driver, [FORM]);
  });
  afterAll(async () => {
    await setUi(driver, { theme: 'light', uiLanguage: 'de' });
    await driver?.close();
  });

  it.each(STATES)('has no serious axe finding ($theme, $uiLanguage)', async (ui) => {
    await setUi(driver, ui);
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    const palette = await openPalette(page);
    // A fresh frame reads the settings and the library first; loaded machines take seconds.
    const ready = { timeout: 15_000 };
    await expect.poll(() => palette.evaluate(() => document.documentElement.dataset.theme), ready).toBe(ui.theme);
    await expect.poll(() => palette.evaluate(() => document.documentElement.lang), ready).toBe(ui.uiLanguage);
    await page.type('Erstattung');
    await expect.poll(() => textOf(palette, testId('palette-item')), ready).not.toBeNull();
    await page.press('ArrowDown');
    await expect.poll(() => textOf(palette, testId('palette-preview')), ready).not.toBe('');
    expect(await seriousAxeFindings(palette)).toEqual([]);
    await page.close();
  });

  it.each(STATES)('has no serious axe finding with the fill-in form open ($theme, $uiLanguage)', async (ui) => {
    await setUi(driver, ui);
    const page = await driver.open(`${ZENDESK_URL}4711`);
    await page.click('.ck-editor__editable[contenteditable="true"]:not([hidden])');
    const palette = await openPalette(page);
    const ready = { timeout: 15_000 };
    await expect.poll(() => palette.evaluate(() => document.documentElement.lang), ready).toBe(ui.uiLanguage);
    await expect.poll(() => palette.evaluate(() => document.documentElement.dataset.theme), ready).toBe(ui.theme);
    await page.type('Barrierefreiheit Formular');
    await expect.poll(() => textOf(palette, testId('palette-item')), ready).toBe('Barrierefreiheit Formular');
    await page.press('Enter');
    // Leaving the empty amount shows its error; the choice and the checkbox are in the form.
    await expect.poll(() => palette.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.press('Tab');
    await expect.poll(() => textOf(palette, testId('field-error'))).toMatch(/Betrag/);
    const form = () =>
      palette.evaluate(() => ({
        select: document.querySelectorAll('form select').length,
        checkbox: document.querySelectorAll('form input[type="checkbox"]').length,
        invalid: document.querySelectorAll('form input[aria-invalid="true"]').length,
      }));
    expect(await form()).toEqual({ select: 1, checkbox: 1, invalid: 1 });
    expect(await seriousAxeFindings(palette)).toEqual([]);
    await page.close();
  });

  it('moves the selection as a combobox: announced, pointed at and always in view', async () => {
    await setUi(driver, { theme: 'light', uiLanguage: 'de' });
    const page = await driver.open(GMAIL_URL);
    await page.click('div[g_editable="true"]');
    const palette = await openPalette(page);
    // The count is a live region from the start, so that a screen reader announces its changes.
    const live = () =>
      palette.evaluate(() => {
        const count = document.querySelector('[data-testid="palette-count"]');
        return (
          count && {
            role: count.getAttribute('role'),
            live: count.getAttribute('aria-live'),
            // In the accessibility tree (an empty status is not displayed), with the hits of the empty query.
            shown: getComputedStyle(count).display !== 'none' && count.textContent !== '',
          }
        );
      });
    await expect.poll(live).toMatchObject({ role: 'status', shown: true });
    expect((await live())!.live ?? 'polite').toBe('polite');
    await page.type('Sie');
    await expect.poll(() => textOf(palette, testId('palette-count'))).toMatch(/^\d+ Vorlagen gefunden\.$/);
    expect(await live()).toMatchObject({ role: 'status', shown: true });
    const state = () =>
      palette.evaluate(() => {
        const box = document.querySelector('[role="combobox"]')!;
        const list = document.getElementById(box.getAttribute('aria-controls') ?? '')!;
        const selected = list.querySelector('[role="option"][aria-selected="true"]')!;
        const [l, o] = [list.getBoundingClientRect(), selected.getBoundingClientRect()];
        return {
          pointsAtSelected: box.getAttribute('aria-activedescendant') === selected.id && selected.id !== '',
          expanded: box.getAttribute('aria-expanded'),
          inView: o.top >= l.top - 0.5 && o.bottom <= l.bottom + 0.5,
          index: [...list.querySelectorAll('[role="option"]')].indexOf(selected),
          scrolls: list.scrollHeight > list.clientHeight,
        };
      });
    expect(await state()).toMatchObject({ pointsAtSelected: true, expanded: 'true', index: 0, scrolls: true });
    for (let i = 1; i <= 12; i++) {
      await page.press('ArrowDown');
      await expect.poll(state).toMatchObject({ index: i, pointsAtSelected: true, inView: true });
    }
    await page.close();
  });
});
