import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZENDESK_URL } from '../browser';
import { clickText, mark, testId, textOf } from '../drivers/dom';
import { BROWSERS, type Driver, launch, type Tab } from '../drivers';
import { libraryRows, panelFor } from '../drivers/extension';
import { openPalette } from './palette-open';

// Issue #18 in the palette, in Chromium and Firefox: a team-shelf entry offers "copy to my
// library"; the copy lands in the own library (IndexedDB), the palette's search finds it
// without the team mark, and the options page edits it. The team entry itself stays.

const SHELF = 'pack:https://team.example/pack.json';
const TITLE = 'Kulanz Rücksendung Sperrgut';
const ckData = (tab: Tab) => tab.evaluate(() => window.replicaEditors['4711']!.getData());
const COPY = /^Kulanz Rücksendung Sperrgut \((Kopie|copy)\)\|$/;

/** A switched-on team shelf with one entry, written as the shelf store writes it. */
function putShelf(driver: Driver) {
  const now = Date.now();
  const shelf = { id: SHELF, kind: 'pack', label: 'Support-Team', source: 'https://team.example/pack.json' };
  const entry = {
    id: `${SHELF}/k9`,
    shelfId: SHELF,
    origin: { kind: 'pack', remoteId: 'k9' },
    title: TITLE,
    body: 'Die Rücksendung Ihres Sperrguts holen wir aus Kulanz kostenlos ab.',
    format: 'text',
    tags: ['team'],
    language: 'de',
    moods: [],
    createdAt: now,
    updatedAt: now,
    useCount: 0,
  };
  return driver.privileged(
    ({ shelf, entry, now }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['shelves', 'shelfEntries'], 'readwrite');
          tx.objectStore('shelves').put({ ...shelf, enabled: true, createdAt: now, entryCount: 1, revision: 1 });
          tx.objectStore('shelfEntries').put(entry);
          tx.oncomplete = () => {
            open.result.close();
            new BroadcastChannel('tonlage').postMessage({ kind: 'library-changed', tables: ['shelves'] });
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { shelf, entry, now },
  );
}

describe.each(BROWSERS)('copy to my library from the palette in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('copies a team entry into the own library, where search finds it and the editor changes it', async () => {
    await putShelf(driver);
    const page = await driver.open(`${ZENDESK_URL}4711`);
    // The hotkey acts once the content script runs: it has reported the ticket (the panel shows it).
    const panel = await panelFor(driver, page);
    await expect.poll(() => textOf(panel, testId('ctx-ticket'))).toBe('4711');
    await panel.close();
    await page.front();
    await page.click(await mark(page, { selector: '.ck-editor__editable' }));
    const palette = await openPalette(page);
    await page.type('Sperrgut');
    const hit = `${testId('palette-item')}:first-child`;
    await expect.poll(() => textOf(palette, hit)).toContain(TITLE);
    expect(await textOf(palette, `${hit} ${testId('team-mark')}`)).toMatch(/Team · Support-Team/);

    // By keyboard, as in Firefox only the keyboard reaches an extension frame: Tab past the preview to the button.
    await page.press('Tab');
    await page.press('Tab');
    expect(await palette.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('palette-copy');
    await page.press('Enter');
    await expect.poll(() => textOf(palette, testId('palette-copied'))).toMatch(/kopiert|Copied/);
    await expect.poll(async () => (await libraryRows(driver)).filter((r) => COPY.test(r))).toHaveLength(1);

    // Enter on the button copied and inserted nothing.
    expect(await ckData(page)).not.toContain('Sperrgut');
    // Reopened, the palette's search finds the copy as the agent's own (no team mark).
    await page.press('Escape');
    await expect.poll(() => palette.evaluate(() => document.hasFocus())).toBe(false);
    await openPalette(page);
    await page.type('Sperrgut Kopie');
    const own = await mark(palette, { selector: testId('palette-item'), text: '\\((Kopie|copy)\\)' });
    expect(await textOf(palette, `${own} ${testId('team-mark')}`)).toBeNull();
    await page.press('Escape');
    await page.close();

    // Editable: the options page opens it and saves a new title.
    const options = await driver.extensionPage('options.html');
    await options.fill('input[type="search"]', 'Sperrgut');
    await clickText(options, '[role="option"]', '\\((Kopie|copy)\\)');
    await options.fill('input[name="title"]', 'Sperrgut abholen (eigene Fassung)');
    await clickText(options, 'button', '^(Save|Speichern)$');
    await expect
      .poll(async () => (await libraryRows(driver)).filter((r) => r.startsWith('Sperrgut abholen')))
      .toEqual(['Sperrgut abholen (eigene Fassung)|']);
    await options.close();
  });
});
