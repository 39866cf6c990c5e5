import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  panelFor,
  stopServiceWorker,
  ZENDESK_URL,
} from './browser';

// Issue #13, crash safety: the browser stops the service worker whenever it likes. Stopped
// during a note autosave or a starter-library install, nothing is lost and the work resumes.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** The rows of one table of the extension's IndexedDB, read in an extension page (not the worker, which may be gone). */
async function rows<T>(page: Page, table: 'snippets' | 'notes'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
        };
      }),
    table,
  );
}

describe('crash safety', () => {
  it('loses no note typed while the worker is stopped mid-autosave, and keeps saving after', async () => {
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const panel = await panelFor(ext, zendesk);
    const field = panel.getByTestId('ticket-note');
    await field.fill('Rückruf zugesagt');
    // The autosave is due now; the worker goes away at the same moment.
    await stopServiceWorker(ext, zendesk);
    await expect.poll(() => panel.getByTestId('ticket-note-status').textContent()).toMatch(/Saved|Gespeichert/);
    await field.pressSequentially(', Montag 10 Uhr');
    await stopServiceWorker(ext, zendesk);
    await expect
      .poll(async () => (await rows<{ text: string }>(panel, 'notes')).map((n) => n.text))
      .toContain('Rückruf zugesagt, Montag 10 Uhr');
    // A new panel (and a fresh worker) shows the note as typed.
    await panel.close();
    const again = await panelFor(ext, zendesk);
    await expect.poll(() => again.getByTestId('ticket-note').inputValue()).toBe('Rückruf zugesagt, Montag 10 Uhr');
    await Promise.all([again.close(), zendesk.close()]);
  });

  it('finishes a starter-library install the stopped worker left undone', async () => {
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const page = await extensionPage(ext, 'options.html');
    const starters = async () => (await rows<{ starter?: unknown }>(page, 'snippets')).filter((s) => s.starter).length;
    const installed = await starters();
    expect(installed).toBeGreaterThan(0);
    // What a worker stopped inside the install leaves: IndexedDB aborted the uncommitted
    // transaction (no starter entries) and the completed release was never recorded.
    await page.evaluate(async () => {
      await chrome.storage.local.remove('starterState');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onsuccess = () => {
          const tx = open.result.transaction('snippets', 'readwrite');
          tx.objectStore('snippets').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    });
    await stopServiceWorker(ext, zendesk);
    expect(await starters()).toBe(0);
    // Any event wakes a fresh worker (here the content script of a reloaded ticket), which
    // resumes the install when it starts.
    await zendesk.reload();
    await expect.poll(starters, { timeout: 20_000 }).toBe(installed);
    const state = await page.evaluate(async () => (await chrome.storage.local.get('starterState')).starterState);
    expect((state as { release?: string }).release).toMatch(/\S/);
    await Promise.all([page.close(), zendesk.close()]);
  });
});
