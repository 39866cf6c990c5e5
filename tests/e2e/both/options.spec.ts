import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../browser';
import { clickText, mark, testId, textOf, waitFor } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { libraryRows } from '../drivers/extension';

// Issues #8 and #17, in Chromium and Firefox: import through the file picker after a dry
// run, and backup → wipe → restore, judged by what IndexedDB holds afterwards.

const FIXTURES = join(ROOT, 'tests/fixtures/import');

describe.each(BROWSERS)('options import and export in %s', (name) => {
  let driver: Driver;
  let page: Tab;
  let tmp: string;
  beforeAll(async () => {
    driver = await launch(name);
    tmp = mkdtempSync(join(tmpdir(), 'tonlage-both-options-'));
    page = await driver.extensionPage('options.html');
  });
  afterAll(async () => {
    await driver?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const toTransfer = () => clickText(page, '[role="tab"]', 'Import');
  const commit = async () => {
    await clickText(page, 'button', '^(Import|Importieren|Replace library|Bibliothek ersetzen)$');
    await waitFor(page, testId('import-done'));
  };
  const planNew = async () => {
    await waitFor(page, testId('dry-run'));
    return Number(await textOf(page, testId('plan-new')));
  };

  it('imports a CSV file after a dry run, and a second time changes nothing', async () => {
    const before = await libraryRows(driver);
    await toTransfer();
    await page.upload(testId('import-file'), join(FIXTURES, 'snippets.csv'));
    expect(await planNew()).toBe(3);
    await commit();
    await expect.poll(async () => (await libraryRows(driver)).length).toBe(before.length + 3);
    await page.upload(testId('import-file'), join(FIXTURES, 'snippets.csv'));
    await expect.poll(() => textOf(page, testId('plan-unchanged'))).toBe('3');
    expect(await textOf(page, testId('plan-new'))).toBe('0');
  });

  it('exports a backup, wipes the library and restores it exactly', async () => {
    const original = await libraryRows(driver);
    expect(original.length).toBeGreaterThan(100);
    // The file the browser is handed to save, read where the page creates it.
    await page.evaluate(() => {
      const blobs: Blob[] = [];
      (window as unknown as { blobs: Blob[] }).blobs = blobs;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), create(blob));
    });
    await toTransfer();
    await clickText(page, 'button', 'full backup|Vollständige Sicherung');
    let text = '';
    await expect
      .poll(
        async () => (text = await page.evaluate(() => (window as unknown as { blobs: Blob[] }).blobs[0]?.text() ?? '')),
      )
      .not.toBe('');
    const backup = JSON.parse(text) as { kind: string; snippets: unknown[]; settings?: { uiLanguage?: unknown } };
    expect(backup.kind).toBe('backup');
    // Written in a worker, with the settings the page read from extension storage.
    expect(backup.settings?.uiLanguage).toBeDefined();
    expect(backup.snippets).toHaveLength(original.length);

    await clickText(page, 'button', 'Delete all snippets|Alle Textbausteine und Notizen löschen');
    await clickText(page, 'button', 'Yes, delete all|Ja, alles löschen');
    await waitFor(page, testId('wipe-done'));
    await expect.poll(async () => (await libraryRows(driver)).length).toBe(0);

    const file = join(tmp, 'tonlage-backup.json');
    writeFileSync(file, text);
    await page.upload(testId('import-file'), file);
    expect(await planNew()).toBe(original.length);
    await page.click(await mark(page, { text: 'Replace the library|Bibliothek durch diese Sicherung', byLabel: true }));
    await commit();
    await expect.poll(() => libraryRows(driver)).toEqual(original);
  });
});
