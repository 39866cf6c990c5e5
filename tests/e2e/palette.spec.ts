import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_URL, type ExtensionBrowser, GMAIL_URL, launchWithExtension, openReplica, ZENDESK_URL } from './browser';
import { OPEN_WITHIN } from './both/palette-open';
import { BOTH_EDITORS } from './both/editors';
import { EDITORS } from './editors';

// Issue #5: the hotkey palette and abbreviations, on the replica helpdesks, with the
// starter library a fresh profile gets.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const HOTKEY = 'Control+Shift+Space';
const ckData = (page: Page, ticket: string) => page.evaluate((id) => window.replicaEditors[id]!.getData(), ticket);

async function openPalette(page: Page, pressHotkey = true): Promise<Frame> {
  if (pressHotkey) await page.keyboard.press(HOTKEY);
  let frame: Frame | undefined;
  await expect
    .poll(async () => {
      frame = page.frames().find((f) => f.url().endsWith('/palette.html'));
      return frame ? await (await frame.frameElement()).isVisible() : false;
    }, OPEN_WITHIN)
    .toBe(true);
  // Ready for typing: the palette has the keyboard.
  await frame!.waitForFunction(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT');
  return frame!;
}

describe('palette', () => {
  it("finds a template by a misspelled German word and inserts it with the customer's name and fill-in fields", async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    await page.locator('.ck-editor__editable:visible').click();
    const palette = await openPalette(page);
    // Typed, not filled: the search box must have the keyboard.
    await page.keyboard.type('verstorbn');
    const first = palette.getByTestId('palette-item').first();
    await expect.poll(() => first.textContent()).toContain('Haustier verstorben');
    // The preview shows this ticket's values.
    await expect.poll(() => palette.getByTestId('palette-preview').textContent()).toContain('Guten Tag Jonas Weber,');
    await page.keyboard.press('Enter'); // choose: the template asks for its fill-in fields
    await page.keyboard.type('Bello');
    await page.keyboard.press('Enter');
    await page.keyboard.type('23,90 €');
    await page.keyboard.press('Enter');
    await expect.poll(() => ckData(page, '4711')).toContain('Guten Tag Jonas Weber,');
    const data = await ckData(page, '4711');
    expect(data).toContain('dass Bello gestorben ist');
    expect(data).toContain('23,90 €');
    expect(data).not.toContain('{{');
    // The palette closed and the composer has the focus again.
    expect(await (await palette.frameElement()).isVisible()).toBe(false);
    await page.keyboard.type(' Nachtrag');
    await expect.poll(() => ckData(page, '4711')).toContain('Nachtrag');
    await page.close();
  });

  it('moves with the arrow keys and closes with Esc, giving the focus back', async () => {
    const page = await openReplica(ext.context, GMAIL_URL);
    const body = page.locator('div[g_editable="true"]').first();
    await body.click();
    await page.keyboard.type('Hallo ');
    const palette = await openPalette(page);
    await page.keyboard.type('Entschuldigung');
    await palette.getByTestId('palette-item').nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    // Keys reach the palette at once but act once the content script has handed it the keys
    // typed in the page before (lib/palette/host.ts): the selection moves a moment later.
    await expect.poll(() => palette.getByTestId('palette-item').nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await palette.frameElement()).isVisible()).toBe(false);
    await page.keyboard.type('Frau Hoffmann');
    await expect.poll(() => body.innerText()).toBe('Hallo Frau Hoffmann');
    await page.close();
  });
});

describe('abbreviations', () => {
  it('expands a shortcut with Tab in the Zendesk composer, filled from the ticket', async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4712`);
    await page.locator('.ck-editor__editable:visible').click();
    await page.keyboard.type('ae-erst');
    await page.keyboard.press('Tab');
    await expect.poll(() => ckData(page, '4712')).toContain('Sabine');
    expect(await ckData(page, '4712')).not.toContain('ae-erst');
    await page.close();
  });

  it("asks for the fill-in fields of a shortcut's template, then replaces the shortcut", async () => {
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    await page.locator('.ck-editor__editable:visible').click();
    await page.keyboard.type('tr-tier');
    await page.keyboard.press('Tab');
    const palette = await openPalette(page, false);
    await palette.getByLabel('Name des Tieres').waitFor();
    await expect.poll(() => palette.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('Bello');
    await page.keyboard.press('Enter');
    await page.keyboard.type('23,90 €');
    await page.keyboard.press('Enter');
    await expect.poll(() => ckData(page, '4711')).toContain('dass Bello gestorben ist');
    const data = await ckData(page, '4711');
    expect(data).toContain('Guten Tag Jonas Weber,');
    expect(data).not.toContain('tr-tier');
    await page.close();
  });

  it('lets Tab do what it always does after a word that is no shortcut', async () => {
    const page = await openReplica(ext.context, EDITOR_URL('textarea'));
    await page.locator('#editor').click();
    await page.keyboard.type('hallo');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('single');
    expect(await page.locator('#editor').inputValue()).toBe('hallo');
    await page.close();
  });
});

// The palette and the expansion key work in every editor the insertion engine supports. The
// editors the cross-browser spec runs in Chromium too (both/palette.spec.ts) are not run twice.
const CROSS_BROWSER = new Set(BOTH_EDITORS.map((e) => e.name));
const CHROMIUM_ONLY = EDITORS.filter((e) => e.name !== 'react textarea' && !CROSS_BROWSER.has(e.name));
describe.each(CHROMIUM_ONLY)('palette and Tab in $name', (editor) => {
  const sentence = /danke, dass Sie uns so offen schreiben/;

  // Typing on after the insertion proves the keyboard focus and the caret stayed in the
  // editor (issue #16: after the palette, iframe editors left the focus on the page's body).
  // The template's cursor mark sits after "So gehe ich jetzt vor:".
  const typesOn = async (page: Page) => {
    await page.keyboard.type('Nachtrag');
    await expect.poll(async () => (await editor.model(page)).text).toMatch(/jetzt vor:\s*Nachtrag\s*(\n|Bis )/);
  };

  it('expands a shortcut with Tab, and typing goes on after it', async () => {
    const page = await openReplica(ext.context, editor.url);
    await editor.box(page).click();
    await page.keyboard.type('Hallo ae-erst');
    await page.keyboard.press('Tab');
    // The shortcut gone and the template in. An editor that takes the selection late first
    // keeps the shortcut beside the template, until the chain undoes that and tries again
    // (lib/insert/rich.ts): the text a user is left with is the one that counts.
    const landed = (text: string) => sentence.test(text) && !text.includes('ae-erst');
    await expect.poll(async () => landed((await editor.model(page)).text)).toBe(true);
    const text = (await editor.model(page)).text;
    // Editors differ in whether the first pasted paragraph joins the one typed before.
    expect(text).toMatch(/^Hallo\s+Guten Tag/);
    await typesOn(page);
    await page.close();
  });

  it('inserts from the palette, and typing goes on after it', async () => {
    const page = await openReplica(ext.context, editor.url);
    await editor.box(page).click();
    const palette = await openPalette(page);
    await page.keyboard.type('ae-erst');
    await expect.poll(() => palette.getByTestId('palette-item').first().textContent()).toContain('ae-erst');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await editor.model(page)).text).toMatch(sentence);
    await expect.poll(async () => (await palette.frameElement()).isVisible()).toBe(false);
    await typesOn(page);
    await page.close();
  });
});
