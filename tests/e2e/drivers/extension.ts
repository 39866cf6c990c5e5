import type { Driver, Tab } from './types';

// Things the cross-browser specs do with the extension's privileges, the same way in both
// browsers (Firefox's `chrome.*` returns promises in MV3, like Chrome's).

/** Sends a protocol message to a tab's content script, as the side panel does (the wire format of @webext-core/messaging). */
export async function sendToTab<T>(driver: Driver, tabId: number, type: string, data: unknown): Promise<T> {
  const reply = await driver.privileged(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), {
    tabId,
    message: { id: 1, type, data, timestamp: 0 },
  });
  const { res, err } = reply as { res?: T; err?: { message: string } };
  if (err) throw new Error(err.message);
  return res as T;
}

/** The side panel page bound to `tab` (what the toolbar button opens beside it). */
export async function panelFor(driver: Driver, tab: Tab): Promise<Tab> {
  return driver.extensionPage(`sidepanel.html?tabId=${await driver.tabIdOf(tab)}`);
}

/** Every snippet as the extension's IndexedDB holds it, read in one of its pages. */
export function storedSnippets<T = Record<string, unknown>>(driver: Driver): Promise<T[]> {
  return driver.privileged(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('snippets').objectStore('snippets').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as T[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** Titles and shortcuts of every snippet in the library, read from IndexedDB itself. */
export async function libraryRows(driver: Driver): Promise<string[]> {
  const rows = await storedSnippets<{ title: string; shortcut?: string }>(driver);
  return rows.map((s) => `${s.title}|${s.shortcut ?? ''}`).sort();
}
