import { beforeEach, describe, expect, it } from 'vitest';
import { createSnippet } from '@/lib/db/snippets';
import type { ShelfEntryInput } from '@/lib/db/shelf-schema';
import { replaceShelfEntries, saveShelf, setShelfEnabled } from '@/lib/shelves/store';
import { clearPackedIndex } from '@/lib/suggest/index-store';
import * as libraryIndex from '@/lib/suggest/library-index';
import { withFreshDb } from '../db/helpers';

const { forgetLibraryIndexForTests, keepLibraryIndexFresh, saveLibraryIndexNow, searchLibrary } = libraryIndex;

withFreshDb();
beforeEach(async () => {
  forgetLibraryIndexForTests();
  await clearPackedIndex();
});

const PACK = 'pack:https://team.example/pack.json';
const hits = (query: string) => searchLibrary(query, { moods: [], now: Date.now(), limit: 10 });
const found = async (query: string) => (await hits(query)).map((s) => [s.title, s.team?.label ?? 'own']);
const entry = (remoteId: string, title: string, extra: Partial<ShelfEntryInput> = {}): ShelfEntryInput => ({
  title,
  body: `${title}: Text`,
  origin: { kind: 'pack', remoteId },
  ...extra,
});

async function pack(entries: ShelfEntryInput[]) {
  await saveShelf({ id: PACK, kind: 'pack', label: 'Support-Team', source: 'https://team.example/pack.json' });
  await replaceShelfEntries(PACK, entries);
}

describe('team shelves in the background search index', () => {
  it('finds team entries beside own ones, marked with their shelf', async () => {
    const stop = keepLibraryIndexFresh();
    await createSnippet({ title: 'Erstattung eigene', body: 'Meine Erstattung.' });
    await pack([entry('1', 'Erstattung Team')]);
    await expect.poll(() => found('erstattung')).toHaveLength(2);
    const team = (await hits('erstattung')).find((s) => s.team);
    expect(team).toMatchObject({
      title: 'Erstattung Team',
      team: { shelfId: PACK, kind: 'pack', label: 'Support-Team' },
    });
    expect(team).not.toHaveProperty('origin');
    stop();
  });

  it('follows a refresh: a changed entry changes, a removed one disappears', async () => {
    const stop = keepLibraryIndexFresh();
    await pack([entry('1', 'Garantie Team'), entry('2', 'Gutschein Team')]);
    await expect.poll(() => found('gutschein')).toEqual([['Gutschein Team', 'Support-Team']]);
    await replaceShelfEntries(PACK, [entry('1', 'Garantieverlängerung Team')]);
    await expect.poll(() => found('garantieverlaengerung')).toEqual([['Garantieverlängerung Team', 'Support-Team']]);
    expect(await found('gutschein')).toEqual([]);
    stop();
  });

  it('leaves a switched-off shelf out, and brings it back when switched on', async () => {
    const stop = keepLibraryIndexFresh();
    await pack([entry('1', 'Kulanz Team')]);
    await expect.poll(() => found('kulanz')).toHaveLength(1);
    await setShelfEnabled(PACK, false);
    await expect.poll(() => found('kulanz')).toEqual([]);
    await setShelfEnabled(PACK, true);
    await expect.poll(() => found('kulanz')).toHaveLength(1);
    stop();
  });

  it('ranks an exact title or shortcut from any shelf first', async () => {
    const stop = keepLibraryIndexFresh();
    await createSnippet({ title: 'Versand Ausland Zoll', body: 'Versand ins Ausland.', shortcut: 'zoll' });
    await createSnippet({ title: 'Versand Ausland Express', body: 'Versand ins Ausland.' });
    await pack([entry('1', 'Versand Ausland'), entry('2', 'Anderes', { shortcut: 'vsa' })]);
    await expect.poll(async () => (await found('versand ausland'))[0]).toEqual(['Versand Ausland', 'Support-Team']);
    expect((await found('vsa'))[0]).toEqual(['Anderes', 'Support-Team']);
    stop();
  });

  it('a restored index keeps its shelves and catches up with a refresh made while asleep', async () => {
    const stop = keepLibraryIndexFresh();
    await pack([entry('1', 'Rücksendung Team'), entry('2', 'Reklamation Team')]);
    await expect.poll(() => found('reklamation')).toHaveLength(1);
    await saveLibraryIndexNow();
    stop();
    forgetLibraryIndexForTests();

    await replaceShelfEntries(PACK, [entry('1', 'Rücksendung Team')]);
    expect(await found('reklamation')).toEqual([]);
    expect(libraryIndex.lastOpen).toBe('restored');
    expect(await found('ruecksendung')).toEqual([['Rücksendung Team', 'Support-Team']]);
  });
});
