import { expect } from 'vitest';
import type { Driver, Surface, Tab } from '../drivers';

export const HOTKEY = 'Control+Shift+Space';
/** A ceiling for a loaded 2-core machine, not a speed goal: how fast the palette shows is the bench's (tests/bench/palette.bench.ts). */
export const OPEN_WITHIN = { timeout: 10_000 };

/** Opens the palette (unless a typed shortcut already did) and waits until its search box has the keyboard. */
export async function openPalette(tab: Tab, pressHotkey = true): Promise<Surface> {
  if (pressHotkey) await tab.press(HOTKEY);
  let frame: Surface | undefined;
  await expect
    .poll(async () => {
      frame = await tab.frameByUrl('/palette.html');
      return frame?.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT');
    }, OPEN_WITHIN)
    .toBe(true);
  return frame!;
}

/** Stores interface settings the way the options page does; frames loaded afterwards use them. */
export async function setUi(driver: Driver, ui: { theme: 'light' | 'dark'; uiLanguage: 'de' | 'en' }): Promise<void> {
  await driver.privileged(async (patch) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...patch } });
  }, ui);
}

export interface TestSnippet {
  id: string;
  title: string;
  body: string;
  shortcut?: string;
}

/** Adds snippets to the library the way its writers do: IndexedDB, then `library-changed` for the search index. */
export async function putSnippets(driver: Driver, snippets: TestSnippet[]): Promise<void> {
  const now = Date.now();
  const rows = snippets.map((s) => ({
    format: 'text',
    tags: [],
    language: 'de',
    moods: [],
    createdAt: now,
    updatedAt: now,
    useCount: 0,
    ...s,
  }));
  await driver.privileged(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('snippets', 'readwrite');
          for (const r of records) tx.objectStore('snippets').put(r);
          tx.oncomplete = () => {
            open.result.close();
            new BroadcastChannel('tonlage').postMessage({ kind: 'library-changed', tables: ['snippets'] });
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
