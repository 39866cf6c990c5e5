import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snippet } from '../../lib/db/schema';
import { generateSnippets } from '../bench/corpus/snippets';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  stopServiceWorker,
  ZENDESK_URL,
} from './browser';

// Issue #20, cold start: Chromium stops an idle extension service worker after about 30 s.
// With 10,000 snippets, the agent's first palette search after that, by the real hotkey on
// the replica Zendesk, must find the right snippet: the woken worker restores the index the
// stopped one saved and catches up with a snippet edited while it was stopped. The time is
// printed; the bound is generous on purpose (the speed goal lives in
// `npm run bench -- search-chromium`).

const SIZE = 10_000;
const HOTKEY = 'Control+Shift+Space';
const MARKER: Snippet = {
  id: 'cold-start-marker',
  title: 'Kulanzgutschrift nach Sturmschaden',
  body: 'Wir schreiben Ihnen den Betrag als Kulanz gut.',
  format: 'text',
  tags: ['kulanz'],
  language: 'de',
  moods: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  useCount: 0,
};

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** Rows written straight into the library's IndexedDB from an extension page, then announced as the library's writers do. */
async function seed(page: Page, snippets: Snippet[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('snippets', 'readwrite');
          for (const row of rows) tx.objectStore('snippets').put(row);
          tx.oncomplete = () => {
            open.result.close();
            new BroadcastChannel('tonlage').postMessage({ kind: 'library-changed', tables: ['snippets'] });
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    snippets,
  );
}

/** How many snippets the packed index the background saved holds (0 while none is saved). */
function savedIndexSize(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tonlage-search-index');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('packs')) return resolve((db.close(), 0));
          const get = db.transaction('packs').objectStore('packs').get('library');
          get.onsuccess = () => {
            db.close();
            const packed = (get.result as { packed?: { docs?: { ids?: string } } } | undefined)?.packed;
            resolve(packed?.docs?.ids ? packed.docs.ids.split('\n').filter(Boolean).length : 0);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

function paletteFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().endsWith('/palette.html'));
}

describe('cold start', () => {
  // The time limit is for seeding 10,000 snippets and waiting until the running worker has
  // indexed and saved them; the timed part has its own bound below.
  it(`finds the right snippet with the first palette search after the worker was stopped (${SIZE} snippets)`, async () => {
    const options = await extensionPage(ext, 'options.html');
    const before = await savedIndexSize(options);
    await seed(options, [...generateSnippets(SIZE - 1), MARKER]);
    // The running worker takes the new snippets in and saves its index 2 s after the change.
    await expect.poll(() => savedIndexSize(options), { timeout: 60_000 }).toBeGreaterThanOrEqual(before + SIZE);

    await stopServiceWorker(ext, options);
    // Edited while no worker runs (another device's sync, a second profile's import...).
    const edited = { ...MARKER, title: 'Kulanzgutschrift nach Hagelschaden', updatedAt: Date.now() };
    await seed(options, [edited]);
    const page = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    await page.locator('.ck-editor__editable:visible').click();
    const started = Date.now();
    await page.keyboard.press(HOTKEY);
    await expect
      .poll(async () => !!(await paletteFrame(page)?.frameElement())?.isVisible(), { timeout: 20_000 })
      .toBe(true);
    const palette = paletteFrame(page)!;
    await palette.waitForFunction(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT');
    const opened = Date.now() - started;
    await page.keyboard.type('hagelschaden');
    const typed = Date.now();
    const first = palette.getByTestId('palette-item').first();
    await expect.poll(() => first.textContent(), { timeout: 20_000 }).toContain(edited.title);
    const found = Date.now() - typed;
    console.log(
      `[cold-start] ${SIZE} snippets: palette open ${opened} ms after the hotkey, first hit ${found} ms after typing`,
    );
    // Generous: a woken worker on a loaded shared machine. The goal (<= 50 ms) is the bench's.
    expect(opened + found).toBeLessThan(15_000);
    // The hit is the stored snippet, and inserting it puts its text into the editor's own model.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.replicaEditors['4711']!.getData())).toContain('als Kulanz gut');
    await Promise.all([page.close(), options.close()]);
  }, 180_000);
});
