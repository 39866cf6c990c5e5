import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  panelFor,
  ZENDESK_URL,
} from './browser';

// Issue #13: no edit is lost silently. Two options tabs edit one snippet; the side panel
// and the options page edit one note. The stale save is refused, the interface says so and
// offers reload / keep mine / see both; an untouched editor follows the other tab's save.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** A table as stored in the extension's IndexedDB, read from the service worker. */
async function stored<T>(table: 'snippets' | 'notes'): Promise<T[]> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(
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
const snippetTitled = async (title: string) =>
  (await stored<{ title: string; body: string }>('snippets')).find((s) => s.title === title);

const save = (page: Page) => page.getByRole('button', { name: /^(Save|Speichern)$/ }).click();

async function openEditor(page: Page, title: string): Promise<void> {
  await page.getByRole('searchbox', { name: /Search the library|Bibliothek durchsuchen/ }).fill(title);
  await page.getByRole('option').filter({ hasText: title }).first().click();
  await expect.poll(() => page.getByLabel(/^(Title|Titel)$/).inputValue()).toBe(title);
}

describe('two options tabs editing one snippet', () => {
  it('refuses the stale save, keeps the other tab’s title, and resolves by reload or keep mine', async () => {
    const a = await extensionPage(ext, 'options.html');
    await a.getByLabel(/^(Title|Titel)$/).fill('Konflikt-Test');
    await a.getByLabel(/^(Text)$/).fill('Alter Text');
    await save(a);
    await a.getByTestId('form-saved').waitFor();
    const b = await extensionPage(ext, 'options.html');
    await openEditor(a, 'Konflikt-Test');
    await openEditor(b, 'Konflikt-Test');

    // B starts typing; A saves a new title; B is told before it saves.
    await b.getByLabel(/^(Text)$/).fill('Neuer Text aus B');
    await a.getByLabel(/^(Title|Titel)$/).fill('Konflikt-Test (A)');
    await save(a);
    await a.getByTestId('form-saved').waitFor();
    await b.getByTestId('form-changed-elsewhere').waitFor();
    await save(b);
    await b.getByTestId('form-conflict').waitFor();
    expect(await snippetTitled('Konflikt-Test (A)')).toMatchObject({ body: 'Alter Text' });

    // "See both" shows the two versions side by side.
    await b.getByTestId('form-conflict-both').click();
    expect(await b.getByTestId('form-conflict-mine').textContent()).toContain('Neuer Text aus B');
    expect(await b.getByTestId('form-conflict-theirs').textContent()).toContain('Konflikt-Test (A)');

    // "Reload" takes A's version; B's edit made again is saved on top of it, nothing lost.
    await b.getByTestId('form-conflict-reload').click();
    await expect.poll(() => b.getByLabel(/^(Title|Titel)$/).inputValue()).toBe('Konflikt-Test (A)');
    await b.getByLabel(/^(Text)$/).fill('Neuer Text aus B');
    await save(b);
    await b.getByTestId('form-saved').waitFor();
    await expect.poll(() => snippetTitled('Konflikt-Test (A)')).toMatchObject({ body: 'Neuer Text aus B' });

    // A did not touch its form since: it follows B's save instead of holding the old text.
    await expect.poll(() => a.getByLabel(/^(Text)$/).inputValue()).toBe('Neuer Text aus B');

    // "Keep mine": B edits, A saves a title, B insists on its whole form.
    await b.getByLabel(/^(Text)$/).fill('B besteht darauf');
    await a.getByLabel(/^(Title|Titel)$/).fill('Konflikt-Test (A2)');
    await save(a);
    await a.getByTestId('form-saved').waitFor();
    await save(b);
    await b.getByTestId('form-conflict-keep').click();
    await b.getByTestId('form-saved').waitFor();
    await expect.poll(() => snippetTitled('Konflikt-Test (A)')).toMatchObject({ body: 'B besteht darauf' });
    await Promise.all([a.close(), b.close()]);
  });
});

describe('side panel and options page editing one note', () => {
  it('refuses the stale save on either side and keeps both texts until the agent chooses', async () => {
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
    const panel = await panelFor(ext, zendesk);
    const field = panel.getByTestId('customer-note');
    await field.fill('Mag es kurz.');
    await expect.poll(() => panel.getByTestId('customer-note-status').textContent()).toMatch(/Saved|Gespeichert/);

    const options = await extensionPage(ext, 'options.html');
    await options.getByRole('tab', { name: /^(Notes|Notizen)$/ }).click();
    const item = options.getByTestId('note-item').filter({ hasText: 'Mag es kurz.' });
    await item.getByRole('button', { name: /^(Edit|Bearbeiten):/ }).click();
    await item.getByTestId('note-item-text').fill('Mag es kurz. Ruft nur vormittags an.');

    // The panel saves meanwhile: the options page says so, and its save is refused.
    await field.fill('Mag es kurz. VIP.');
    await expect
      .poll(async () => (await stored<{ text: string }>('notes')).map((n) => n.text))
      .toContain('Mag es kurz. VIP.');
    await item.getByTestId('note-item-changed-elsewhere').waitFor();
    await item.getByRole('button', { name: /^(Save note|Notiz speichern)$/ }).click();
    await options.getByTestId('note-item-conflict').waitFor();
    expect((await stored<{ text: string }>('notes')).map((n) => n.text)).toContain('Mag es kurz. VIP.');
    await options.getByTestId('note-item-conflict-keep').click();
    await expect
      .poll(async () => (await stored<{ text: string }>('notes')).map((n) => n.text))
      .toContain('Mag es kurz. Ruft nur vormittags an.');

    // The panel, with nothing unsaved, follows the options page's text.
    await expect.poll(() => field.inputValue()).toBe('Mag es kurz. Ruft nur vormittags an.');

    // Now the panel is the stale side: the agent types there, and before the pause in typing
    // saves it, the options page saves. The panel's clock is held so the autosave waits.
    await ext.context.clock.install();
    await ext.context.clock.pauseAt(Date.now() + 60_000);
    await field.pressSequentially(' Panel-Zusatz');
    await options
      .getByTestId('note-item')
      .filter({ hasText: 'vormittags' })
      .getByRole('button', { name: /^(Edit|Bearbeiten):/ })
      .click();
    const again = options.getByTestId('note-item').filter({ has: options.getByTestId('note-item-text') });
    await again.getByTestId('note-item-text').fill('Nur per E-Mail.');
    await again.getByRole('button', { name: /^(Save note|Notiz speichern)$/ }).click();
    await expect
      .poll(async () => (await stored<{ text: string }>('notes')).map((n) => n.text))
      .toContain('Nur per E-Mail.');
    await ext.context.clock.resume();
    await panel.getByTestId('customer-note-conflict').waitFor();
    expect((await stored<{ text: string }>('notes')).map((n) => n.text)).toContain('Nur per E-Mail.');
    await panel.getByTestId('customer-note-conflict-both').click();
    expect(await panel.getByTestId('customer-note-conflict-theirs').textContent()).toBe('Nur per E-Mail.');
    expect(await panel.getByTestId('customer-note-conflict-mine').textContent()).toContain('Panel-Zusatz');
    await panel.getByTestId('customer-note-conflict-reload').click();
    await expect.poll(() => field.inputValue()).toBe('Nur per E-Mail.');
    await Promise.all([options.close(), panel.close(), zendesk.close()]);
  });
});

/**
 * Another window's change whose broadcast has not reached this page yet: written straight
 * into IndexedDB from the service worker, with the revision moved on as every write does.
 */
async function changeBehindTheirBack(table: 'snippets' | 'notes', match: string, patch: Record<string, string>) {
  const worker = await ext.serviceWorker();
  await worker.evaluate(
    ({ table, match, patch }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          const all = store.getAll();
          all.onsuccess = () => {
            const row = (all.result as Record<string, unknown>[]).find((r) => r.title === match || r.text === match);
            if (!row) return reject(new Error(`no row ${match}`));
            store.put({ ...row, ...patch, updatedAt: (row.updatedAt as number) + 1 });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    { table, match, patch },
  );
}

describe('deleting what another window changed meanwhile', () => {
  it('deletes no snippet unseen: the agent compares, keeps it, or deletes anyway', async () => {
    const page = await extensionPage(ext, 'options.html');
    await page.getByLabel(/^(Title|Titel)$/).fill('Lösch-Test');
    await page.getByLabel(/^(Text)$/).fill('Alter Text');
    await save(page);
    await page.getByTestId('form-saved').waitFor();
    await page.getByRole('searchbox', { name: /Search the library|Bibliothek durchsuchen/ }).fill('Lösch-Test');
    await page.getByRole('option').filter({ hasText: 'Lösch-Test' }).first().click();
    const deleteButton = page.getByRole('button', { name: /^(Delete|Löschen)$/ });
    await deleteButton.waitFor();

    await changeBehindTheirBack('snippets', 'Lösch-Test', { body: 'Neuer Text aus dem anderen Fenster' });
    await deleteButton.click();
    await page.getByTestId('delete-conflict').waitFor();
    expect(await snippetTitled('Lösch-Test')).toMatchObject({ body: 'Neuer Text aus dem anderen Fenster' });
    await page.getByTestId('delete-conflict-both').click();
    expect(await page.getByTestId('delete-conflict-mine').textContent()).toContain('Alter Text');
    expect(await page.getByTestId('delete-conflict-theirs').textContent()).toContain('aus dem anderen Fenster');
    // "Keep it": nothing deleted, the notice goes.
    await page.getByTestId('delete-conflict-reload').click();
    await expect.poll(() => page.getByTestId('delete-conflict').count()).toBe(0);
    expect(await snippetTitled('Lösch-Test')).toBeDefined();

    // Changed again behind its back; this time the agent deletes anyway, knowingly.
    await changeBehindTheirBack('snippets', 'Lösch-Test', { body: 'Noch neuer' });
    await deleteButton.click();
    await page.getByTestId('delete-conflict-keep').click();
    await expect.poll(() => snippetTitled('Lösch-Test')).toBeUndefined();
    await page.close();
  });

  it('deletes no note unseen', async () => {
    const page = await extensionPage(ext, 'options.html');
    await page.getByRole('tab', { name: /^(Notes|Notizen)$/ }).click();
    await page.getByLabel(/^(New general note|Neue allgemeine Notiz)$/).fill('Lösch-Notiz');
    await page.getByRole('button', { name: /^(Add note|Notiz hinzufügen)$/ }).click();
    const item = page.getByTestId('note-item').filter({ hasText: 'Lösch-Notiz' });
    await item.waitFor();
    await changeBehindTheirBack('notes', 'Lösch-Notiz', { text: 'Lösch-Notiz, ergänzt' });
    await item.getByRole('button', { name: /^(Delete|Löschen):/ }).click();
    const notice = page.getByTestId('note-item-delete-conflict');
    await notice.waitFor();
    const texts = async () => (await stored<{ text: string }>('notes')).map((n) => n.text);
    expect(await texts()).toContain('Lösch-Notiz, ergänzt');
    await page.getByTestId('note-item-delete-conflict-keep').click();
    await expect.poll(texts).not.toContain('Lösch-Notiz, ergänzt');
    await page.close();
  });
});
