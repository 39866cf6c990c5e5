import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../axe';
import { EDITOR_URL, ZENDESK_URL } from '../browser';
import { clickInRow, clickText, mark, testId, textOf, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Surface } from '../drivers';
import { panelFor } from '../drivers/extension';
import { clickInto, editorsFor } from './editors';
import { openPalette, putSnippets, setUi } from './palette-open';

// Issue #19's fill-ins in Chromium and Firefox: empty fields are slots in the preview, a field
// is judged only after the agent leaves it, choices and optional sections in the form (the
// palette's and the side panel's), and several Tab stops in each editor.

const REFUND = {
  id: 'e2e-refund',
  title: 'Zahlungsfreigabe über {{input:Betrag}}',
  body:
    'Ihre Erstattung über {{input:Betrag}} haben wir am {{input:Datum}} veranlasst. ' +
    'Versand mit {{choice:Versand|DHL|DPD|Hermes}}.{{#optional:Gutschein}} Anbei ein Gutschein.{{/optional}}',
};
// An imported Zendesk macro with a placeholder Tonlage cannot fill: asked for as a field.
const MACRO = {
  id: 'e2e-macro',
  title: 'Makro Rückmeldung',
  body: 'Wir melden uns bis {{ticket.due_date}} bei Ihnen.',
};
const STOPS = {
  id: 'e2e-stops',
  title: 'Bestellung mit Tabstopps',
  shortcut: 'ts-stopps',
  // Written out of order: Tab visits {{tab:1}} (the amount, further on) before {{tab:2}}.
  body: 'Bestellung {{cursor}}, Versand: {{tab:2}}, Betrag: {{tab:1}}.',
};

const slots = (palette: Surface) =>
  palette.evaluate(() => [...document.querySelectorAll('[data-testid="preview-slot"]')].map((e) => e.textContent));
const errors = (surface: Surface) =>
  surface.evaluate(() => [...document.querySelectorAll('[data-testid="field-error"]')].map((e) => e.textContent));

describe.each(BROWSERS)('fill-ins in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
    await setUi(driver, { theme: 'light', uiLanguage: 'de' });
    await putSnippets(driver, [REFUND, MACRO, STOPS]);
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

  it('asks for a choice and an optional section in the side panel and inserts them into CKEditor 5', async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    const panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('ctx-ticket')), { timeout: 15_000 }).toBe('4711');
    await page.front();
    await page.click(await mark(page, { selector: '.ck-editor__editable' }));
    await panel.front();
    await panel.fill(`${testId('library-search')} input[type="search"]`, 'Zahlungsfreigabe');
    await clickInRow(panel, testId('snippet-item'), '^Zahlungsfreigabe über …', '^Einfügen$');
    const row = await mark(panel, { selector: testId('snippet-item'), text: '^Zahlungsfreigabe über …' });
    // The form is open on the first field, and nothing is judged yet.
    const form = `${row} form`;
    await waitFor(panel, `${form} input:focus`);
    expect(await errors(panel)).toEqual([]);
    await panel.press('Tab');
    await expect.poll(() => errors(panel)).toEqual(['Bitte „Betrag“ ausfüllen.']);
    // The panel with the form open (an error shown, a choice, a checkbox) passes axe too.
    expect(await seriousAxeFindings(panel)).toEqual([]);
    await panel.type('3. Dezember');
    await panel.press('Shift+Tab');
    await panel.type('23,90 EUR');
    await expect.poll(() => errors(panel)).toEqual([]);
    // The choice is a list of its options, the optional section a checkbox, on by default.
    const controls = () =>
      panel.evaluate((selector) => {
        const form = document.querySelector(selector)!;
        const select = form.querySelector('select');
        const check = form.querySelector<HTMLInputElement>('input[type="checkbox"]');
        return {
          select: select && {
            label: select.labels?.[0]?.firstChild?.textContent,
            options: [...select.options].map((o) => o.text),
            value: select.value,
          },
          check: check && { label: check.labels?.[0]?.textContent, checked: check.checked },
        };
      }, form);
    expect(await controls()).toEqual({
      select: { label: 'Versand', options: ['DHL', 'DPD', 'Hermes'], value: 'DHL' },
      check: { label: '„Gutschein“ einfügen', checked: true },
    });
    await panel.press('Tab'); // to Datum
    await panel.press('Tab'); // to Versand
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await panel.type('Hermes');
    await panel.press('Tab'); // to the Gutschein checkbox
    await panel.press('Space');
    await expect.poll(controls).toMatchObject({ select: { value: 'Hermes' }, check: { checked: false } });
    await clickText(panel, `${form} button[type="submit"]`, '^Einfügen$');
    await expect
      .poll(() => page.evaluate(() => window.replicaEditors['4711']!.getData()), { timeout: 15_000 })
      .toBe('<p>Ihre Erstattung über 23,90 EUR haben wir am 3. Dezember veranlasst. Versand mit Hermes.</p>');
    await Promise.all([panel.close(), page.close()]);
  });

  it('asks in the side panel for a placeholder it cannot fill, as the palette does', async () => {
    const page = await driver.open(`${ZENDESK_URL}4711`);
    const panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('ctx-ticket')), { timeout: 15_000 }).toBe('4711');
    await page.front();
    await page.click(await mark(page, { selector: '.ck-editor__editable' }));
    await panel.front();
    await panel.fill(`${testId('library-search')} input[type="search"]`, 'Makro Rückmeldung');
    await clickInRow(panel, testId('snippet-item'), '^Makro Rückmeldung', '^Einfügen$');
    const row = await mark(panel, { selector: testId('snippet-item'), text: '^Makro Rückmeldung' });
    await panel.fill(await mark(panel, { text: '^ticket\\.due_date$', byLabel: true }), 'Freitag');
    await clickText(panel, `${row} form button[type="submit"]`, '^Einfügen$');
    await expect
      .poll(() => page.evaluate(() => window.replicaEditors['4711']!.getData()), { timeout: 15_000 })
      .toBe('<p>Wir melden uns bis Freitag bei Ihnen.</p>');
    await Promise.all([panel.close(), page.close()]);
  });

  describe.each(editorsFor(name))('in $name', (editor) => {
    it('visits the Tab stops in number order, not as written, after an expansion', async () => {
      const page = await driver.open(editor.url);
      await clickInto(editor, page);
      await page.type('ts-stopps');
      await page.press('Tab');
      // Editors keep two spaces as a space and a no-break space, or as one.
      const model = async () => (await editor.model(page)).replace(/[\s\u00a0]+/g, ' ');
      await expect.poll(model).toBe('Bestellung , Versand: , Betrag: .');
      await page.type('4711');
      await page.press('Tab');
      await page.type('23,90');
      await page.press('Tab');
      await page.type('DHL');
      // Keys typed while the expansion is still being checked are held and inserted after it
      // (a plain contenteditable takes a second per insertion through the paste chain).
      await expect.poll(model, { timeout: 20_000 }).toBe('Bestellung 4711, Versand: DHL, Betrag: 23,90.');
      await page.close();
    });
  });
});
