import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { subscribe } from '@/lib/messaging/broadcast';
import { getDb } from '@/lib/db/database';
import { LibraryError } from '@/lib/db/errors';
import { createNote, listNotes } from '@/lib/db/notes';
import type { Snippet } from '@/lib/db/schema';
import { createSnippet, listSnippets } from '@/lib/db/snippets';
import { serializeTonlage } from '@/lib/formats/tonlage-json';
import { commitImport, exportLibrary, planImport, READ_PAGE, wipeLibrary } from '@/lib/formats/transfer';
import { recordUsage } from '@/lib/db/usage';
import { parseImportFile } from '@/lib/formats/detect';
import type { ParsedImport } from '@/lib/formats/types';
import { getSettings, updateSettings } from '@/lib/settings';
import { fixture } from './helpers';
import { snippetArb } from './arbitraries';
import { withFreshDb } from '../db/helpers';
import { rejected } from '../i18n/say';

withFreshDb();

/** Everything an import may touch, read back from IndexedDB. */
async function snapshot() {
  const db = getDb();
  return {
    snippets: await db.snippets.toArray(),
    notes: await db.notes.toArray(),
    usage: await db.usageEvents.toArray(),
  };
}

async function seedLibrary(): Promise<void> {
  const gruss = await createSnippet({ title: 'Gruß', shortcut: 'gruss', body: 'Viele Grüße', tags: ['signatur'] }, 10);
  await createSnippet({ title: 'Delay', shortcut: 'delay', body: 'Sorry', language: 'en', moods: ['urgency'] }, 20);
  await recordUsage(gruss.id, 'acme.zendesk.com', 30);
  await createNote({ kind: 'customer', email: 'anna@example.com' }, 'Prefers German.', 40);
}

function manyRows(n: number, prefix = 's'): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `Snippet ${i},${prefix}${i},"Hallo {{customer.first_name}}, Nummer ${i}.",tag${i % 20}`,
  );
  return `title,shortcut,body,tags\n${rows.join('\n')}\n`;
}

describe('commitImport', () => {
  it('imports the fixtures and reports what it did', async () => {
    const summary = await commitImport(parseImportFile('macros.json', fixture('zendesk-macros.json')), 'skip', {
      now: 100,
    });
    expect(summary.counts).toEqual({ new: 3, changed: 0, conflicting: 0, unchanged: 0, invalid: 2 });
    expect((await listSnippets()).map((s) => [s.title, s.tags])).toEqual([
      ['Billing::Refunds::Refund issued', []],
      ['Old greeting', ['inactive']],
      ['Returns::Damaged item', []],
    ]);
    const again = await commitImport(parseImportFile('macros.json', fixture('zendesk-macros.json')), 'skip');
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3 });
    expect(again.written.snippets).toBe(0);
  });

  it('resolves shortcut conflicts by policy: skip, keep-both, overwrite', async () => {
    await seedLibrary();
    const file = () => parseImportFile('a.csv', 'title;shortcut;body\nHallo;gruss;Hallo!\n');
    await commitImport(file(), 'skip');
    expect((await listSnippets()).map((s) => s.shortcut)).toEqual(['delay', 'gruss']);
    await commitImport(file(), 'keep-both');
    expect((await getDb().snippets.where('shortcut').equals('gruss-2').first())?.title).toBe('Hallo');
    await commitImport(parseImportFile('a.csv', 'title;shortcut;body\nNeu;gruss;Neu!\n'), 'overwrite', { now: 99 });
    const overwritten = await getDb().snippets.where('shortcut').equals('gruss').first();
    expect(overwritten).toMatchObject({ title: 'Neu', body: 'Neu!', useCount: 1, createdAt: 10, updatedAt: 99 });
  });

  it('reports progress for the prepare, validate and write phases', async () => {
    const seen: string[] = [];
    await commitImport(parseImportFile('a.csv', manyRows(25)), 'skip', {
      chunkSize: 10,
      onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(seen).toEqual([
      'prepare 25/25',
      'validate 10/25',
      'validate 20/25',
      'validate 25/25',
      'write 10/25',
      'write 20/25',
      'write 25/25',
    ]);
  });

  it('tells the other contexts once it has committed', async () => {
    const events: unknown[] = [];
    const stop = subscribe((e) => events.push(e));
    await commitImport(parseImportFile('a.csv', fixture('snippets.csv')), 'skip');
    await expect.poll(() => events.length).toBe(1);
    expect(events).toEqual([{ kind: 'library-changed', tables: ['snippets'] }]);
    stop();
  });

  it('plans the same in the dry run as it commits', async () => {
    await seedLibrary();
    const parsed = parseImportFile('a.csv', 'title,shortcut,body\nGruß,gruss,Viele Grüße\nOther,delay,x\nNew,nn,y\n');
    const dry = planImport(parsed, await listSnippets(), 'skip');
    const done = await commitImport(parsed, 'skip');
    expect(done.counts).toEqual(dry.counts);
    expect(dry.counts).toEqual({ new: 1, changed: 0, conflicting: 1, unchanged: 1, invalid: 0 });
  });
});

describe('all or nothing', () => {
  it('a throwing progress callback mid-write leaves the library exactly as it was', async () => {
    await seedLibrary();
    const before = await snapshot();
    const attempt = commitImport(parseImportFile('a.csv', manyRows(50)), 'overwrite', {
      chunkSize: 10,
      onProgress: (p) => {
        if (p.phase === 'write' && p.done === 20) throw new Error('stop here');
      },
    });
    await expect(attempt).rejects.toThrow('stop here');
    expect(await snapshot()).toEqual(before);
  });

  it('an aborted transaction (a closed tab) leaves the library exactly as it was', async () => {
    await seedLibrary();
    const before = await snapshot();
    const attempt = commitImport(parseImportFile('a.csv', manyRows(30)), 'skip', {
      chunkSize: 10,
      onProgress: (p) => {
        if (p.phase === 'write' && p.done === 10) Dexie.currentTransaction?.abort();
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(Error);
    expect(await snapshot()).toEqual(before);
  });

  it('a unique-index violation in a later chunk undoes the earlier chunks', async () => {
    await seedLibrary();
    const before = await snapshot();
    const table = getDb().snippets;
    const real = table.bulkPut.bind(table);
    let calls = 0;
    vi.spyOn(table, 'bulkPut').mockImplementation(((records: Snippet[]) => {
      calls++;
      // The second chunk sneaks in a record holding an existing snippet's shortcut.
      return real(calls === 2 ? records.map((r, i) => (i === 0 ? { ...r, shortcut: 'gruss' } : r)) : records);
    }) as typeof table.bulkPut);
    const attempt = commitImport(parseImportFile('a.csv', manyRows(30)), 'skip', { chunkSize: 10 });
    await expect(attempt).rejects.toMatchObject({ name: 'LibraryError', code: 'shortcut-taken' });
    // All three chunks are queued at once; the second one's violation aborts the transaction.
    expect(calls).toBe(3);
    expect(await snapshot()).toEqual(before);
  });

  it('a quota error is a clear LibraryError and loses nothing', async () => {
    await seedLibrary();
    const before = await snapshot();
    const table = getDb().snippets;
    const real = table.bulkPut.bind(table);
    let calls = 0;
    vi.spyOn(table, 'bulkPut').mockImplementation(((records: Snippet[]) => {
      calls++;
      if (calls === 2) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return real(records);
    }) as typeof table.bulkPut);
    const attempt = commitImport(parseImportFile('a.csv', manyRows(30)), 'skip', { chunkSize: 10 });
    await expect(attempt).rejects.toBeInstanceOf(LibraryError);
    await expect(attempt).rejects.toMatchObject({ code: 'quota' });
    expect(await rejected(attempt)).toBe(
      'The browser has no more storage for Tonlage. Nothing was changed; free some space and try again.',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('validates every record with zod before writing anything', async () => {
    await seedLibrary();
    const before = await snapshot();
    const good = parseImportFile('a.csv', manyRows(3));
    const broken: ParsedImport = {
      ...good,
      entries: good.entries.map((e, i) => (i === 2 ? { ...e, candidate: { ...e.candidate!, tags: [''] } } : e)),
    };
    const put = vi.spyOn(getDb().snippets, 'bulkPut');
    expect(await rejected(commitImport(broken, 'skip'))).toBe(
      'The snippet "Snippet 2" cannot be stored; nothing was imported.',
    );
    expect(put).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('a file with only invalid entries writes nothing', async () => {
    await seedLibrary();
    const before = await snapshot();
    const summary = await commitImport(parseImportFile('a.csv', 'title,body\n,\n"x",{{nope}}\n'), 'skip');
    expect(summary.counts.invalid).toBe(1);
    expect(await snapshot()).toEqual(before);
  });
});

describe('export, wipe, import', () => {
  it('gives an identical library: snippets with ids, timestamps and use counts; notes; settings', async () => {
    await seedLibrary();
    await updateSettings(
      { uiLanguage: 'de', agentName: 'Sam', enabledSites: ['https://*.example.com/*'] },
      'overwrite',
    );
    const before = { ...(await snapshot()), settings: await getSettings() };
    const backup = await exportLibrary('backup', { now: 500 });

    await wipeLibrary({ settings: true });
    expect((await snapshot()).snippets).toEqual([]);
    expect((await getSettings()).agentName).toBe('');

    const summary = await commitImport(parseImportFile('backup.json', backup), 'skip');
    expect(summary).toMatchObject({ settingsRestored: true, written: { snippets: 2, notes: 1 } });
    const after = await snapshot();
    expect(after.snippets).toEqual(before.snippets);
    expect(after.notes).toEqual(before.notes);
    expect(await getSettings()).toEqual(before.settings);
    // Usage events are not part of a backup; use counts (on the snippets) are.
    expect(after.usage).toEqual([]);
    expect(await exportLibrary('backup', { now: 500 })).toBe(backup);
  });

  it('holds for arbitrary valid libraries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(snippetArb, { maxLength: 6, selector: (s) => s.shortcut ?? s.id }),
        async (snippets) => {
          await wipeLibrary();
          const unique = snippets.filter((s, i) => snippets.findIndex((t) => t.id === s.id) === i);
          await getDb().snippets.bulkPut(unique);
          const before = await getDb().snippets.toArray();
          const json = await exportLibrary('library');
          await wipeLibrary();
          await commitImport(parseImportFile('library.json', json), 'skip');
          expect(await getDb().snippets.toArray()).toStrictEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads page by page and reports its progress up to the whole file, which is the same file', async () => {
    await seedLibrary();
    const [sample] = await getDb().snippets.toArray();
    const many = Array.from({ length: READ_PAGE + 3 }, (_, i) => ({
      ...sample!,
      id: `bulk-${String(i).padStart(5, '0')}`,
      shortcut: `bulk${i}`,
    }));
    await getDb().snippets.bulkPut(many);
    const settings = await getSettings();
    const [snippets, notes] = [await getDb().snippets.toArray(), await getDb().notes.toArray()];
    const seen: Array<{ done: number; total: number }> = [];
    const backup = await exportLibrary('backup', { now: 9, onProgress: (p) => seen.push(p) });
    // The file is the one a single read of every record gives (the rows in primary-key order).
    expect(backup).toBe(serializeTonlage({ kind: 'backup', exportedAt: 9, snippets, notes, settings }));
    const total = 2 * (snippets.length + notes.length);
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.every((p, i) => p.total === total && (i === 0 || p.done >= seen[i - 1]!.done))).toBe(true);
    // Reads of READ_PAGE rows, then writes every WRITE_STEP records: progress in between.
    expect(seen.filter((p) => p.done > 0 && p.done < total).length).toBeGreaterThanOrEqual(4);
  });

  it('a library export holds snippets only', async () => {
    await seedLibrary();
    const file = JSON.parse(await exportLibrary('library', { now: 7 })) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'tonlage', version: 1, exportedAt: 7, kind: 'library' });
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'kind', 'snippets']);
  });

  it('replace: restores in one transaction and drops usage events of snippets that are gone', async () => {
    await seedLibrary();
    const backup = await exportLibrary('backup');
    const extra = await createSnippet({ title: 'Later', shortcut: 'later', body: 'x' });
    await recordUsage(extra.id, 'mail.google.com', 50);
    await createNote({ kind: 'general' }, 'later note');
    await commitImport(parseImportFile('backup.json', backup), 'skip', { replace: true, restoreSettings: false });
    const after = await snapshot();
    expect(after.snippets.map((s) => s.title).sort()).toEqual(['Delay', 'Gruß']);
    expect((await listNotes()).map((n) => n.text)).toEqual(['Prefers German.']);
    expect(after.usage.map((u) => u.site)).toEqual(['acme.zendesk.com']);
  });

  it('replace with a library export keeps the notes', async () => {
    await seedLibrary();
    const library = await exportLibrary('library');
    await createSnippet({ title: 'Later', body: 'x' });
    await commitImport(parseImportFile('library.json', library), 'skip', { replace: true });
    expect((await listSnippets()).map((s) => s.title)).toEqual(['Delay', 'Gruß']);
    expect((await listNotes()).map((n) => n.text)).toEqual(['Prefers German.']);
  });

  it('imports 10,000 snippets in one transaction (timing logged)', async () => {
    const csv = manyRows(10_000);
    const start = performance.now();
    const parsed = parseImportFile('big.csv', csv);
    const parsedAt = performance.now();
    const summary = await commitImport(parsed, 'skip');
    const end = performance.now();
    console.log(
      `10k import (node, fake-indexeddb): parse+validate ${(parsedAt - start).toFixed(0)} ms, plan+write ${(end - parsedAt).toFixed(0)} ms, total ${(end - start).toFixed(0)} ms`,
    );
    expect(summary.counts.new).toBe(10_000);
    expect(await getDb().snippets.count()).toBe(10_000);
    expect(end - start).toBeLessThan(30_000);
  }, 60_000);
});
