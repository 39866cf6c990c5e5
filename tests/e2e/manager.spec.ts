import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnippets } from '../bench/corpus/snippets';
import { type ExtensionBrowser, extensionPage, launchWithExtension, ROOT, storedSnippets } from './browser';

// Issue #19: the library manager. Folders from Zendesk's "::" titles, the list driven by the
// keyboard alone, the rich-text editor's round trip judged by what IndexedDB holds, the
// preview in the snippet's language, and a 50,000-snippet library that stays a short DOM.

let ext: ExtensionBrowser;
let page: Page;
let tmp: string;

beforeAll(async () => {
  ext = await launchWithExtension();
  tmp = mkdtempSync(join(tmpdir(), 'tonlage-manager-'));
  page = await extensionPage(ext, 'options.html');
  await page.setViewportSize({ width: 1400, height: 900 });
});
afterAll(async () => {
  await ext?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const list = () => page.getByRole('listbox', { name: /^(Snippets|Textbausteine)$/ });
const options = () => list().getByRole('option');
const toSnippets = () => page.getByRole('tab', { name: /^(Snippets|Textbausteine)$/ }).click();
const save = () => page.getByRole('button', { name: /^(Save|Speichern)$/ }).click();

interface Stored {
  id: string;
  title: string;
  body: string;
  format: string;
}
const stored = () => storedSnippets<Stored>(page);
const byTitle = async (title: string) => (await stored()).find((s) => s.title === title);

async function importFile(file: string): Promise<void> {
  await page.getByRole('tab', { name: /Import/ }).click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('dry-run').waitFor({ timeout: 300_000 });
  await page.getByRole('button', { name: /^(Import|Importieren)$/ }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 300_000 });
  await toSnippets();
}

const activeOption = () =>
  page.evaluate(() => {
    const box = document.getElementById('snippet-list')!;
    const id = box.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    if (!option) return null;
    const a = option.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return {
      id: option.dataset.id!,
      pos: Number(option.getAttribute('aria-posinset')),
      size: Number(option.getAttribute('aria-setsize')),
      inView: a.top >= b.top - 1 && a.bottom <= b.bottom + 1,
      focused: document.activeElement === box,
    };
  });

describe('library manager', () => {
  it('shows Zendesk categories as folders and filters the list by folder', async () => {
    await importFile(join(ROOT, 'tests/fixtures/import/zendesk-macros.json'));
    expect((await byTitle('Billing::Refunds::Refund issued'))?.format).toBe('html');
    const pane = page.getByRole('navigation', { name: /Folders and tags|Ordner und Schlagwörter/ });
    await pane.getByRole('button', { name: /^Refunds 1$/ }).click();
    await expect.poll(() => options().allTextContents()).toEqual([expect.stringMatching(/^☐Refund issued/)]);
    await pane.getByRole('button', { name: /^Billing 1$/ }).click();
    await expect.poll(() => options().count()).toBe(1);
    await pane.getByRole('button', { name: /^Returns 1$/ }).click();
    await expect.poll(() => options().allTextContents()).toEqual([expect.stringMatching(/^☐Damaged item/)]);
    await pane.getByRole('button', { name: /^(All snippets|Alle Textbausteine) / }).click();
    await expect.poll(async () => (await options().count()) > 5).toBe(true);
  });

  it('is driven by the keyboard: skip links, arrows, Enter to edit, Esc back, Space, Delete, / to search', async () => {
    await toSnippets();
    const total = (await stored()).length;
    // One Tab from the tab bar reaches the skip link, which takes the focus into the list.
    await page.getByRole('tab', { name: /^(Snippets|Textbausteine)$/ }).focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /Skip to the list|Zur Liste springen/ });
    await expect.poll(() => skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.width).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await activeOption())?.focused).toBe(true);
    expect(await activeOption()).toMatchObject({ pos: 1, size: total });

    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    // The selection never leaves the visible area.
    await expect.poll(activeOption).toMatchObject({ pos: 13, inView: true });
    await page.keyboard.press('End');
    await expect.poll(activeOption).toMatchObject({ pos: total, inView: true });
    await page.keyboard.press('Home');
    await expect.poll(activeOption).toMatchObject({ pos: 1, inView: true });
    await page.keyboard.press('ArrowDown');
    const second = (await activeOption())!;
    const snippet = (await stored()).find((s) => s.id === second.id)!;

    await page.keyboard.press('Enter');
    const title = page.locator('#snippet-title');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await title.inputValue()).toBe(snippet.title);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await activeOption())?.focused).toBe(true);
    // The second skip link, one Tab further, takes the focus to the editor's first field.
    await page.getByRole('tab', { name: /^(Snippets|Textbausteine)$/ }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skipToEditor = page.getByRole('link', { name: /Skip to the editor|Zum Editor springen/ });
    await expect.poll(() => skipToEditor.evaluate((a) => a === document.activeElement)).toBe(true);
    expect((await skipToEditor.boundingBox())!.width).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await title.inputValue()).toBe(snippet.title);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await activeOption())?.focused).toBe(true);

    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toMatch(/\b1\b/);
    expect(await page.locator(`[data-id="${second.id}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('selected-count').count()).toBe(0);

    await page.keyboard.press('Delete');
    await expect.poll(async () => (await stored()).length).toBe(total - 1);
    await page
      .getByTestId('undo-status')
      .getByRole('button', { name: /Undo|Rückgängig/ })
      .click();
    await expect.poll(async () => (await stored()).some((s) => s.id === second.id)).toBe(true);

    // "/" jumps to the search; the words are answered by the background's search index.
    await list().focus();
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: /Search the library|Bibliothek durchsuchen/ });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Beileid');
    await expect.poll(() => options().first().textContent()).toMatch(/Beileid/);
    const hits = await options().count();
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(total);
    expect(await page.getByTestId('snippet-count').textContent()).toMatch(/shown|angezeigt/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await activeOption())?.focused).toBe(true);
    await search.fill('');
  });

  it('edits an HTML snippet as formatted text with placeholder chips; the DB holds clean HTML', async () => {
    await toSnippets();
    const before = (await byTitle('Billing::Refunds::Refund issued'))!;
    await page.getByRole('button', { name: /^Refunds 1$/ }).click();
    await options().filter({ hasText: 'Refund issued' }).click();
    const rich = page.getByTestId('rich-body');
    await rich.waitFor();
    const chips = rich.locator('.chip');
    expect(await chips.allTextContents()).toEqual(['{{ticket.requester.first_name}}']);
    // Untouched, the source view shows exactly what is stored.
    await page.getByLabel(/^(HTML source|HTML-Quelltext)$/).check();
    expect(await page.getByTestId('source-body').inputValue()).toBe(before.body);
    await page.getByLabel(/^(Formatted text|Formatierter Text)$/).check();

    await rich.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Danke!');
    const bold = page.getByRole('button', { name: /^(Bold|Fett)$/ });
    await bold.click();
    await page.keyboard.type('Wichtig');
    await bold.click();
    await page.keyboard.type('{{ticket.id}}');
    await expect.poll(() => chips.allTextContents()).toEqual(['{{ticket.requester.first_name}}', '{{ticket.id}}']);
    await page
      .getByRole('combobox', { name: /^(Insert placeholder|Platzhalter einfügen)/ })
      .selectOption('customer.email');
    await save();
    await page.getByTestId('form-saved').waitFor();
    await expect
      .poll(async () => (await byTitle(before.title))?.body)
      .toBe(
        '<p>Hallo {{ticket.requester.first_name}},</p><p>wir haben Ihnen den Betrag erstattet.Danke!<strong>Wichtig</strong>{{ticket.id}}{{customer.email}}</p>',
      );
    // The preview fills the chips with the sample ticket.
    expect(await page.getByTestId('snippet-preview').textContent()).toContain('Wichtig4711jonas.weber@example.de');

    // Whatever the source view is given, only sanitised HTML is stored.
    await page.getByLabel(/^(HTML source|HTML-Quelltext)$/).check();
    await page
      .getByTestId('source-body')
      .fill(
        '<p onclick="alert(1)">Hallo <a href="javascript:alert(1)">hier</a><img src=x onerror="alert(1)"><script>alert(1)</script></p>',
      );
    await page.getByTestId('source-body').blur();
    await save();
    await expect.poll(async () => (await byTitle(before.title))?.body).toBe('<p>Hallo <a>hier</a></p>');
    await page.getByRole('button', { name: /^(All snippets|Alle Textbausteine) / }).click();
  });

  it('previews in the snippet’s language with sample values, never "not found on this page"', async () => {
    await toSnippets();
    await page.getByRole('button', { name: /^(New snippet|Neuer Textbaustein)$/ }).click();
    await page.locator('#snippet-title').fill('Versand bestätigt');
    await page
      .getByLabel(/^(Text)$/)
      .fill(
        'Hallo {{customer.first_name}}, Ihr Paket geht am {{date +1bd}} raus ({{input:Sendungsnummer}}).\n{{agent.name}}',
      );
    const preview = page.getByTestId('snippet-preview');
    const language = page.getByTestId('preview-language');
    await expect.poll(() => language.textContent()).toMatch(/German|Deutsch/);
    const weekdayDe = /(Montag|Dienstag|Mittwoch|Donnerstag|Freitag), \d{1,2}\. [A-ZÄ][a-zä]+ \d{4}/;
    expect(await preview.textContent()).toMatch(
      new RegExp(`^Hallo Jonas, Ihr Paket geht am ${weekdayDe.source} raus \\(\\[Sendungsnummer\\]\\)\\.\\n\\[`),
    );
    expect(await page.locator('body').textContent()).not.toMatch(
      /not found on this page|auf dieser Seite nicht gefunden/,
    );
    await page.locator('select[name="language"]').selectOption('en');
    await expect.poll(() => language.textContent()).toMatch(/English|Englisch/);
    expect(await preview.textContent()).toMatch(
      /(Monday|Tuesday|Wednesday|Thursday|Friday), \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
  });

  it('keeps 50,000 snippets a short DOM: the end of the list is reachable by scrolling and by End', async () => {
    const generated = generateSnippets(50_000, 7).map((s, i) => ({
      ...s,
      id: `big-${i}`,
      shortcut: undefined,
      title: `Bereich ${i % 20}::${s.title}`,
    }));
    // Written straight into IndexedDB (importing 50,000 through the picker is the scale bench's job).
    // As one string: the protocol carries it far faster than 50,000 objects.
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const rows = JSON.parse(text) as unknown[];
          const open = indexedDB.open('tonlage');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('snippets', 'readwrite');
            for (const row of rows) tx.objectStore('snippets').put(row);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      JSON.stringify(generated),
    );
    // Every state the count line shows after the reload, with how many rows the list had then.
    await page.addInitScript(() => {
      const seen: Array<{ state: string; rows: number }> = [];
      (window as unknown as { countStates: typeof seen }).countStates = seen;
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="snippet-count"]')?.getAttribute('data-state');
        const rows = document.querySelectorAll('#snippet-list [role="option"]').length;
        if (state && seen.at(-1)?.state !== state) seen.push({ state, rows });
        else if (state && seen.at(-1)!.rows < rows) seen.at(-1)!.rows = rows;
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.reload();
    const all = await stored();
    expect(all.length).toBeGreaterThanOrEqual(50_000);
    await page.locator('[data-testid="snippet-count"][data-state="complete"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('snippet-count').textContent()).toMatch(/5\d[.,]\d{3}/);
    expect(await options().count()).toBeLessThan(60);
    // The first rows by title were there, and said so, before the whole library was read.
    const states = await page.evaluate(() => (window as unknown as { countStates: unknown }).countStates);
    expect(states).toEqual([
      { state: 'loading', rows: 0 },
      { state: 'partial', rows: expect.any(Number) as number },
      { state: 'complete', rows: expect.any(Number) as number },
    ]);
    expect((states as Array<{ rows: number }>)[1]!.rows).toBeGreaterThan(5);

    // The last snippet in the list's order (by name), as the DB has them.
    const last = [...all].sort((a, b) => a.title.localeCompare(b.title, 'de')).at(-1)!;
    await list().evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
    const lastRow = list().locator(`[aria-posinset="${all.length}"]`);
    await lastRow.waitFor();
    expect(await lastRow.getAttribute('data-id')).toBe(last.id);
    expect(await options().count()).toBeLessThan(60);

    await list().focus();
    await page.keyboard.press('Home');
    await expect.poll(activeOption).toMatchObject({ pos: 1, inView: true });
    await page.keyboard.press('End');
    await expect.poll(activeOption).toMatchObject({ pos: all.length, id: last.id, inView: true });
    expect(await options().count()).toBeLessThan(60);

    // A folder of 2,500 and a search still answer, and the list stays short.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Bereich 7 2[.,]500$/ })
      .click();
    await expect.poll(() => page.getByTestId('snippet-count').textContent()).toMatch(/2[.,]500/);
    expect(await options().count()).toBeLessThan(60);

    // The export of all of it says how far it got, in percent, and the file holds every snippet.
    await page.getByRole('tab', { name: /Import/ }).click();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { exportStates: string[] }).exportStates = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="export-busy"] [role="status"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByRole('button', { name: /library only|Nur die Bibliothek/ }).click(),
    ]);
    const file = join(tmp, 'big-library.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; snippets: Array<{ id: string }> };
    expect(exported.kind).toBe('library');
    expect(exported.snippets).toHaveLength(all.length);
    const exportStates = await page.evaluate(() => (window as unknown as { exportStates: string[] }).exportStates);
    const percents = exportStates
      .map((text) => /(\d+) %/.exec(text)?.[1])
      .filter(Boolean)
      .map(Number);
    // Several steps between the first and the last report, never backwards, never 100 % before the file is there.
    expect(percents.filter((p) => p > 0 && p < 100).length).toBeGreaterThanOrEqual(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(Math.max(...percents)).toBeLessThan(100);
    await page.getByTestId('export-busy').waitFor({ state: 'detached' });
  }, 600_000);
});
