import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  openReplica,
  ROOT,
  storedSnippets,
  ZENDESK_URL,
} from './browser';

// Issue #8: the options page. Import through the file picker with a dry run, conflicts,
// refused files, backup → wipe → restore, and the snippet editor's validation and undo.

const FIXTURES = join(ROOT, 'tests/fixtures/import');
let ext: ExtensionBrowser;
let page: Page;
let tmp: string;
/** Uncaught errors of the page and of its import worker (Playwright reports both). */
const pageErrors: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  tmp = mkdtempSync(join(tmpdir(), 'tonlage-options-'));
  page = await extensionPage(ext, 'options.html');
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterAll(async () => {
  await ext?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const tab = (name: RegExp) => page.getByRole('tab', { name }).click();
const toSnippets = () => tab(/^(Snippets|Textbausteine)$/);
const toTransfer = () => tab(/Import/);

/** The library size the Snippets tab shows. */
async function libraryCount(): Promise<number> {
  await toSnippets();
  const text = await page.locator('[data-testid="snippet-count"][data-state="complete"]').textContent();
  return Number(/\d+/.exec(text ?? '')![0]);
}

/** Titles and shortcuts of every snippet, as IndexedDB holds them (the list shows only the rows in sight). */
async function libraryRows(): Promise<string[]> {
  const rows = await storedSnippets<{ title: string; shortcut?: string }>(page);
  return rows.map((s) => `${s.title}|${s.shortcut ?? ''}`).sort();
}

async function pick(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await toTransfer();
  await page
    .getByTestId('import-file')
    .setInputFiles(typeof file === 'string' ? (isAbsolute(file) ? file : join(FIXTURES, file)) : file);
}

async function counts() {
  await page.getByTestId('dry-run').waitFor();
  const read = async (key: string) => Number(await page.getByTestId(`plan-${key}`).textContent());
  return {
    new: await read('new'),
    changed: await read('changed'),
    conflicting: await read('conflicting'),
    unchanged: await read('unchanged'),
    invalid: await read('invalid'),
  };
}

interface StoredFacets {
  title: string;
  language: string;
  moods: string[];
  inferred?: object;
}

/** The stored snippet with this title. */
const stored = async (title: string) => (await storedSnippets<StoredFacets>(page)).find((s) => s.title === title);

async function commit(): Promise<void> {
  await page.getByRole('button', { name: /^(Import|Importieren|Replace library|Bibliothek ersetzen)$/ }).click();
  await page.getByTestId('import-done').waitFor();
}

describe('options page: import, export, restore', () => {
  it('imports every sample format through the file picker after a dry run', async () => {
    const expected: Record<string, number> = {
      'zendesk-macros.json': 1,
      'espanso-match.yml': 1,
      'snippets.csv': 3,
      'excel-semicolon-bom.csv': 3,
      'windows-1252.csv': 2,
      'tonlage-backup.json': 1,
    };
    for (const [file, atLeastNew] of Object.entries(expected)) {
      const before = await libraryCount();
      await pick(file);
      const plan = await counts();
      expect(plan.new, file).toBeGreaterThanOrEqual(atLeastNew);
      await commit();
      // Each import reports what it wrote, and the progress bar reached its end.
      expect(await page.locator('progress').evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
      await expect.poll(libraryCount, { message: file }).toBe(before + plan.new);
    }
    // Importing a file again changes nothing.
    await pick('snippets.csv');
    expect(await counts()).toMatchObject({ new: 0, unchanged: 3, conflicting: 0 });
  });

  it('keeps every trigger of an Espanso match: the dry run says so, and each one expands the snippet', async () => {
    const yaml =
      'matches:\n  - triggers: [":rueck", ":retoure", ":return"]\n    replace: "Das Etikett für Ihre Rücksendung hängt an."\n';
    await pick({ name: 'triggers.yml', mimeType: 'application/x-yaml', buffer: Buffer.from(yaml) });
    await counts();
    expect(await page.getByTestId('plan-remarks').textContent()).toMatch(
      /3 (triggers|Auslöser) \(:rueck, :retoure, :return\).*(the others expand|die anderen fügen)/,
    );
    await commit();
    const all = await storedSnippets<{ shortcut?: string; aliases?: string[]; body: string }>(page);
    expect(all.find((s) => s.shortcut === ':rueck')?.aliases).toEqual([':retoure', ':return']);

    // Typed in the helpdesk's composer, a further trigger expands like the first.
    const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4714`);
    await zendesk.locator('.ck-editor__editable:visible').click();
    await zendesk.keyboard.type(':return');
    await zendesk.keyboard.press('Tab');
    const data = () => zendesk.evaluate(() => window.replicaEditors['4714']!.getData());
    await expect.poll(data).toContain('Das Etikett für Ihre Rücksendung hängt an.');
    expect(await data()).not.toContain(':return');
    await zendesk.close();
  });

  it('resolves a shortcut conflict with "keep both"', async () => {
    const before = await libraryCount();
    await pick({
      name: 'clash.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('title,shortcut,body\nAndere Entschuldigung,sorry,Es tut uns sehr leid.\n'),
    });
    expect(await counts()).toMatchObject({ new: 0, conflicting: 1 });
    await expect.poll(() => page.getByTestId('plan-conflicts').textContent()).toContain('Apology');
    await page.getByLabel(/Keep both|Beide behalten/).check();
    await expect.poll(() => page.getByTestId('plan-conflicts').textContent()).toContain('sorry-2');
    await commit();
    await expect.poll(libraryCount).toBe(before + 1);
    const rows = await libraryRows();
    expect(rows).toContain('Apology|sorry');
    expect(rows).toContain('Andere Entschuldigung|sorry-2');
  });

  it('refuses a broken file with a clear message and leaves the library as it was', async () => {
    const before = await libraryRows();
    await pick({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "macros": [ {') });
    const error = page.getByTestId('import-error');
    await expect.poll(() => error.textContent()).toMatch(/not valid JSON|kein gültiges JSON/);
    expect(await error.textContent()).toMatch(/library was not changed|Bibliothek wurde nicht verändert/);
    await pick({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('   \n') });
    await expect.poll(() => error.textContent()).toMatch(/empty|leer/);
    // Entry-level problems are listed with their reason and never imported.
    await pick({ name: 'bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from('title,shortcut,body\nBad,a b,x\n') });
    expect((await counts()).invalid).toBe(1);
    expect(await page.getByTestId('plan-invalid-list').textContent()).toMatch(/spaces/);
    expect(await libraryRows()).toEqual(before);
  });

  it('refuses bad YAML (unresolved alias, alias bomb, syntax error, no matches) in words, library unchanged', async () => {
    const before = await libraryRows();
    const error = page.getByTestId('import-error');
    // Files are read off the page's main thread.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const expected: Record<string, RegExp> = {
      'unresolved-alias.yml': /alias \*signatur.*no anchor &signatur|Alias \*signatur.*kein Anker &signatur/,
      'alias-bomb.yml': /more than 1,000 aliases|mehr als 1\.000 Aliase/,
      'syntax-error.yml': /syntax error|Syntaxfehler/,
      'wrong-shape.yml': /not an Espanso match file|keine Espanso-Datei/,
    };
    for (const [file, message] of Object.entries(expected)) {
      await pick(`bad/${file}`);
      await expect.poll(() => error.textContent(), { message: file }).toMatch(message);
      const text = (await error.textContent()) ?? '';
      expect(text).toContain(file);
      expect(text).toMatch(/library was not changed|Bibliothek wurde nicht verändert/);
      expect(text).not.toMatch(/ReferenceError|Error:/);
      expect(await page.getByTestId('dry-run').count()).toBe(0);
    }
    expect(workers.filter((url) => url.includes('import.worker'))).toHaveLength(4);
    expect(await libraryRows()).toEqual(before);
  });

  it('exports a backup, wipes the library and restores it exactly', async () => {
    const original = await libraryRows();
    expect(original.length).toBeGreaterThan(100);
    await toTransfer();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /full backup|Vollständige Sicherung/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tonlage-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; snippets: unknown[]; notes: unknown[] };
    expect(backup.kind).toBe('backup');
    expect(backup.snippets).toHaveLength(original.length);
    expect(backup.notes.length).toBeGreaterThanOrEqual(1);

    await page.getByRole('button', { name: /Delete all snippets|Alle Textbausteine und Notizen löschen/ }).click();
    await page.getByRole('button', { name: /Yes, delete all|Ja, alles löschen/ }).click();
    await page.getByTestId('wipe-done').waitFor();
    await expect.poll(libraryCount).toBe(0);

    await pick(file);
    expect((await counts()).new).toBe(original.length);
    await page.getByLabel(/Replace the library|Bibliothek durch diese Sicherung/).check();
    await commit();
    await expect.poll(libraryCount).toBe(original.length);
    expect(await libraryRows()).toEqual(original);
  });

  it('had no uncaught error on the page or in the import worker through all of the above', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('options page: the snippet editor', () => {
  it('refuses an unknown placeholder with the message, then saves the corrected text', async () => {
    const before = await libraryCount();
    await page.getByLabel(/Title|Titel/).fill('Rückfrage Bestellung');
    await page.getByLabel(/Shortcut|Kürzel/).fill('rueckfrage');
    await page.getByLabel(/^(Text)$/).fill('Hallo {{kunde.vorname}}, wir prüfen das.');
    await page.getByRole('button', { name: /Save|Speichern/ }).click();
    await expect
      .poll(() => page.getByTestId('form-error').textContent())
      .toMatch(/(Unknown placeholder|Unbekannter Platzhalter).*kunde\.vorname/);
    expect(await libraryCount()).toBe(before);

    // Placeholder autocompletion: "{{" offers the variables; the keyboard picks one.
    const body = page.getByLabel(/^(Text)$/);
    await body.fill('Hallo ');
    await body.press('End');
    await body.pressSequentially('{{customer.fi');
    await page.getByRole('option', { name: '{{customer.first_name}}' }).waitFor();
    await body.press('Enter');
    await expect.poll(() => body.inputValue()).toBe('Hallo {{customer.first_name}}');
    await body.pressSequentially(', wir prüfen das.');
    await expect.poll(() => page.getByTestId('snippet-preview').textContent()).toBe('Hallo Jonas, wir prüfen das.');
    await page.getByRole('button', { name: /Save|Speichern/ }).click();
    await page.getByTestId('form-saved').waitFor();
    await expect.poll(libraryCount).toBe(before + 1);
  });

  it('infers the language and moods an agent left open, marks them, and lets the agent override', async () => {
    const title = 'Beileid Haustier';
    await toSnippets();
    await page.getByLabel(/Title|Titel/).fill(title);
    await page.getByLabel(/Shortcut|Kürzel/).fill('');
    await page
      .getByLabel(/^(Text)$/)
      .fill('Mein herzliches Beileid zum Verlust Ihres Hundes. Den Betrag erstatten wir Ihnen.');
    await page.getByRole('button', { name: /Save|Speichern/ }).click();
    await page.getByTestId('form-saved').waitFor();
    await expect.poll(() => stored(title)).toMatchObject({ language: 'de', inferred: { language: true, moods: true } });
    expect((await stored(title))?.moods).toContain('grief');

    const search = page.getByRole('searchbox', { name: /Search the library|Bibliothek durchsuchen/ });
    await search.fill(title);
    await page.getByRole('option').filter({ hasText: title }).first().click();
    await expect.poll(() => page.locator('select[name="language"]').inputValue()).toBe('de');
    await page.getByTestId('language-inferred').waitFor();
    await page.getByTestId('moods-inferred').waitFor();
    // The agent's own choice, even "any", is kept and no longer marked as inferred.
    await page.locator('select[name="language"]').selectOption('any');
    await expect.poll(() => page.getByTestId('language-inferred').count()).toBe(0);
    await page.getByRole('button', { name: /Save|Speichern/ }).click();
    await expect
      .poll(() => stored(title))
      .toMatchObject({ language: 'any', inferred: { language: false, moods: true } });
    await search.fill('');
  });

  it('deletes a snippet and brings it back with Undo', async () => {
    const before = await libraryRows();
    const filter = page.getByRole('searchbox', { name: /Search the library|Bibliothek durchsuchen/ });
    await filter.fill('Rückfrage');
    const row = page.getByTestId('snippet-item').filter({ hasText: 'Rückfrage Bestellung' });
    await row.click();
    await page.getByRole('button', { name: /^(Delete|Löschen)$/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page
      .getByTestId('undo-status')
      .getByRole('button', { name: /Undo|Rückgängig/ })
      .click();
    await row.waitFor();
    expect(await row.getByTestId('snippet-shortcut').textContent()).toBe('rueckfrage');
    await filter.fill('');
    expect(await libraryRows()).toEqual(before);
    expect(before).toContain('Rückfrage Bestellung|rueckfrage');
  });
});

describe('options page: notes, settings, statistics', () => {
  it('lists notes with their scope and adds a general note', async () => {
    await tab(/^(Notes|Notizen)$/);
    const item = page.getByTestId('note-item').filter({ hasText: 'Prefers German.' });
    expect(await item.getByTestId('note-scope').textContent()).toMatch(/anna@example\.com/);
    await page.getByLabel(/New general note|Neue allgemeine Notiz/).fill('Feiertag: Lager geschlossen.');
    await page.getByRole('button', { name: /Add note|Notiz hinzufügen/ }).click();
    const general = page.getByTestId('note-item').filter({ hasText: 'Feiertag: Lager geschlossen.' });
    await expect.poll(() => general.getByTestId('note-scope').textContent()).toMatch(/General|Allgemein/);
    await page.getByLabel(/Search notes|Notizen durchsuchen/).fill('lager');
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(1);
  });

  it('validates and records the palette hotkey, and saves the preferences', async () => {
    await tab(/^(Settings|Einstellungen)$/);
    const hotkey = page.getByLabel(/Palette hotkey|Tastenkürzel der Palette/);
    await hotkey.fill('Ctrl+');
    await expect.poll(() => hotkey.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: /^(Record|Aufnehmen)$/ }).click();
    await page.keyboard.press('Alt+K');
    await expect.poll(() => hotkey.inputValue()).toBe('Alt+K');
    expect(await hotkey.getAttribute('aria-invalid')).toBe('false');
    await page.getByLabel(/Your name|Ihr Name/).fill('Jana Berger');
    await page.getByRole('button', { name: /Apply preferences|Einstellungen übernehmen/ }).click();
    await page.getByTestId('settings-saved').waitFor();
    await page.getByRole('button', { name: /Restore the starter library|Startbibliothek wiederherstellen/ }).click();
    await expect.poll(() => page.getByTestId('starter-result').textContent()).toMatch(/\d/);
  });

  it('shows the time-saved estimate with its formula and the storage status', async () => {
    // Three insertions of one snippet, recorded as the background records them (use count + events).
    const title = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('tonlage');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['snippets', 'usageEvents'], 'readwrite');
            const snippets = tx.objectStore('snippets');
            const cursor = snippets.openCursor();
            cursor.onsuccess = () => {
              const s = cursor.result!.value as { id: string; title: string; useCount: number };
              snippets.put({ ...s, useCount: s.useCount + 3, lastUsedAt: Date.now() });
              for (let i = 0; i < 3; i++)
                tx.objectStore('usageEvents').add({ snippetId: s.id, at: Date.now(), site: 'x' });
              tx.oncomplete = () => resolve(s.title);
            };
          };
        }),
    );
    await page.reload();
    await tab(/^(Statistics|Statistik)$/);
    // The card first renders before the usage query answers; wait for the three recorded insertions.
    await expect.poll(() => page.getByTestId('time-saved').textContent()).toMatch(/\b3\b/);
    expect(await page.getByText(/characters per second|Zeichen pro Sekunde/).count()).toBe(1);
    await page.getByTestId('usage-chart').waitFor();
    expect(await page.getByTestId('usage-chart').textContent()).toContain(title.slice(0, 30));
    await expect.poll(() => page.getByTestId('storage-status').textContent()).toMatch(/MB/);
  });
});
