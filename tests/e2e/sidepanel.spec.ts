import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  tabIdOf,
  ZENDESK_URL,
} from './browser';

// Issue #7: the side panel beside the replica Zendesk: the customer's mood with its
// evidence, suggestions inserted into CKEditor 5, the live draft check with in-place
// rewrites, notes that follow the customer, and the library search.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const ckData = (page: Page, ticket: string) => page.evaluate((id) => window.replicaEditors[id]!.getData(), ticket);

async function open(ticket: string): Promise<{ page: Page; panel: Page }> {
  const page = await openReplica(ext.context, `${ZENDESK_URL}${ticket}`);
  const panel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
  await expect.poll(() => panel.getByTestId('ctx-ticket').textContent()).toBe(ticket);
  return { page, panel };
}

describe('side panel', () => {
  it('shows the anger evidence of ticket 4712 highlighted and suggests de-escalation', async () => {
    const { page, panel } = await open('4712');
    const marks = panel.getByTestId('ctx-last-message').locator('mark');
    await expect.poll(() => marks.allTextContents()).toEqual(expect.arrayContaining(['!!!']));
    expect((await marks.allTextContents()).join(' ')).toMatch(/DRITTE Mal/);
    const anger = panel.locator('[data-testid="mood-item"][data-mood="anger"]');
    expect(await anger.getByTestId('mood-explanation').textContent()).toMatch(/: ‘!!!’/);
    // De-escalation templates and phrases made for these moods, German, each saying why.
    const templates = panel.getByTestId('suggested-template');
    await templates.first().waitFor();
    expect(await templates.first().textContent()).toMatch(/suits: |passt zu: /);
    const phrases = panel.getByTestId('suggested-phrase');
    expect(await phrases.count()).toBeGreaterThan(0);
    expect((await phrases.allTextContents()).join(' ')).toMatch(/(anger|Ärger|frustration|Frust)/);
    await Promise.all([panel.close(), page.close()]);
  });

  it('suggests the condolence template for the grief ticket, inserts it with the customer name, and then the draft check is clean', async () => {
    const { page, panel } = await open('4711');
    const marked = panel.getByTestId('ctx-last-message').locator('mark');
    await expect.poll(() => marked.allTextContents()).toEqual(expect.arrayContaining(['gestorben']));
    // The greeting and the sign-off are shown as set aside, not read: no mood comes from them.
    const quote = panel.getByTestId('ctx-last-message');
    expect(await quote.locator('[data-aside="greeting"]').allTextContents()).toEqual([
      expect.stringMatching(/Guten Tag/),
    ]);
    expect((await quote.locator('[data-aside]').allTextContents()).join(' ')).toMatch(/Viele Grüße/);
    expect(await panel.getByTestId('set-aside').textContent()).toMatch(/(greeting|Anrede).*(sign-off|Grußformel)/);
    const template = panel
      .getByTestId('suggested-template')
      .filter({ hasText: 'Haustier verstorben: Futter spenden statt zurückschicken' });
    await template.waitFor();
    expect(await template.textContent()).toMatch(/suits: grief|passt zu: Trauer/);

    await page.locator('.ck-editor__editable:visible').click();
    await template.getByRole('button', { name: /Insert|Einfügen/ }).click();
    // The template's fill-in fields are asked for inline.
    const form = template.locator('form');
    await form.getByLabel('Name des Tieres').fill('Bello');
    await form.getByLabel('Betrag').fill('23,90 €');
    await form.getByRole('button', { name: /^(Insert|Einfügen)$/ }).click();
    await expect.poll(() => ckData(page, '4711')).toContain('Jonas Weber');
    const data = await ckData(page, '4711');
    expect(data).toContain('dass Bello gestorben ist');
    expect(data).not.toContain('{{');
    await expect.poll(() => template.getByRole('status').textContent()).toMatch(/Inserted|Eingefügt/);
    // Clean draft check after inserting it.
    await panel.getByTestId('draft-clean').waitFor();
    expect(await panel.getByTestId('finding').count()).toBe(0);
    await Promise.all([panel.close(), page.close()]);
  });

  it('flags a blaming draft within a second and rewrites it in place in the editor', async () => {
    const { page, panel } = await open('4712');
    await page.locator('.ck-editor__editable:visible').click();
    await page.keyboard.type('Sie befolgen unseren Prozess nicht!');
    const typedAt = Date.now();
    const blame = panel.locator('[data-testid="finding"][data-rule="blame"]');
    await blame.waitFor({ timeout: 1_000 });
    expect(Date.now() - typedAt).toBeLessThan(1_000);
    expect(await blame.textContent()).toMatch(/blam|Vorwurf|Schuld/i);

    await blame.getByTestId('finding-rewrite').first().click();
    await expect.poll(() => ckData(page, '4712')).not.toContain('Prozess nicht');
    expect(await ckData(page, '4712')).toContain('schiefgelaufen');
    await blame.waitFor({ state: 'detached' });
    // An added greeting becomes its own paragraph in the editor, formal like the draft, with no
    // empty paragraph after it (issue #19); the rest stays as it was.
    const greeting = panel.locator('[data-testid="finding"][data-rule="missing_greeting"]');
    await greeting.getByTestId('finding-rewrite').first().click();
    await expect.poll(() => ckData(page, '4712')).toMatch(/^<p>Guten Tag Sabine Krause,<\/p><p>Da ist/);
    expect(await ckData(page, '4712')).toContain('schiefgelaufen');
    await greeting.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => ckData(page, '4712')).not.toContain('Guten Tag Sabine');
    // One undo step brings the original back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => ckData(page, '4712')).toContain('Prozess nicht');
    await Promise.all([panel.close(), page.close()]);
  });

  it("shows a customer's note again on another ticket of the same customer", async () => {
    const { page, panel } = await open('4711');
    const customerNote = panel.getByTestId('customer-note');
    await customerNote.fill('Hund Bello verstorben – bitte einfühlsam antworten.');
    await panel.getByTestId('ticket-note').fill('Erstattung 23,90 € zugesagt.');
    await expect.poll(() => panel.getByTestId('customer-note-status').textContent()).toMatch(/Saved|Gespeichert/);
    await expect.poll(() => panel.getByTestId('ticket-note-status').textContent()).toMatch(/Saved|Gespeichert/);

    await page.getByRole('tab', { name: /#4714/ }).click();
    await expect.poll(() => panel.getByTestId('ctx-ticket').textContent()).toBe('4714');
    await expect
      .poll(() => panel.getByTestId('customer-note').inputValue())
      .toBe('Hund Bello verstorben – bitte einfühlsam antworten.');
    expect(await panel.getByTestId('ticket-note').inputValue()).toBe('');

    // Typed and the panel closed at once: the note is saved when the panel goes away.
    await panel.getByTestId('ticket-note').fill('Neue Adresse ab 1.12.');
    await panel.close();
    const third = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
    await expect.poll(() => third.getByTestId('ticket-note').inputValue()).toBe('Neue Adresse ab 1.12.');
    await third.close();

    // A panel opened later shows both notes again on ticket 4711.
    await page.getByRole('tab', { name: /#4711/ }).click();
    const again = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
    await expect.poll(() => again.getByTestId('ctx-ticket').textContent()).toBe('4711');
    await expect.poll(() => again.getByTestId('ticket-note').inputValue()).toBe('Erstattung 23,90 € zugesagt.');
    expect(await again.getByTestId('customer-note').inputValue()).toContain('Bello verstorben');
    await Promise.all([again.close(), page.close()]);
  });

  it('searches the whole library with the palette ranking and inserts a hit', async () => {
    const { page, panel } = await open('4713');
    const search = panel.getByRole('searchbox');
    await search.fill('verstorbn');
    // Misspelled, as in the palette: the German pet-condolence template ranks first.
    await expect
      .poll(() => panel.getByTestId('snippet-item').first().locator('.snippet-title').textContent())
      .toBe('Haustier verstorben: Futter spenden statt zurückschicken');
    // In this English ticket, an English query finds the English version first.
    await search.fill('pet died');
    await expect
      .poll(() => panel.getByTestId('snippet-item').first().locator('.snippet-title').textContent())
      .toBe('Pet died: donate the food instead of returning it');
    await search.fill('herzliches Beileid');
    const hit = panel.getByTestId('snippet-item').filter({ hasText: 'Mein herzliches Beileid.' }).first();
    await page.locator('.ck-editor__editable:visible').click();
    await hit.getByRole('button', { name: /Insert|Einfügen/ }).click();
    await expect.poll(() => ckData(page, '4713')).toContain('Mein herzliches Beileid.');
    await Promise.all([panel.close(), page.close()]);
  });

  it('offers to enable Tonlage on a tab without a reply box', async () => {
    const blank = await ext.context.newPage();
    const panel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, blank)}`);
    const empty = panel.getByTestId('context-empty');
    await empty.waitFor();
    await empty.getByRole('button', { name: /Enable Tonlage|Tonlage auf dieser Website/ }).waitFor();
    await Promise.all([panel.close(), blank.close()]);
  });
});
