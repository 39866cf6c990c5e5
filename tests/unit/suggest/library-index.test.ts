import { beforeEach, describe, expect, it } from 'vitest';
import { clearPackedIndex } from '@/lib/suggest/index-store';
import * as libraryIndex from '@/lib/suggest/library-index';
import { createSnippet, deleteSnippet } from '@/lib/db/snippets';
import { withFreshDb } from '../db/helpers';

const { forgetLibraryIndexForTests, keepLibraryIndexFresh, saveLibraryIndexNow, searchLibrary } = libraryIndex;

withFreshDb();
beforeEach(async () => {
  forgetLibraryIndexForTests();
  await clearPackedIndex();
});

const titles = async (query: string) =>
  (await searchLibrary(query, { moods: [], now: Date.now(), limit: 10 })).map((s) => s.title);

describe('the background search index the palette asks', () => {
  it('finds what is written after it was built, and forgets what is deleted', async () => {
    const stop = keepLibraryIndexFresh();
    await createSnippet({ title: 'Rückerstattung Status', body: 'Ihre Erstattung ist unterwegs.' });
    expect(await titles('rueckerstattung')).toEqual(['Rückerstattung Status']);

    const later = await createSnippet({ title: 'Lieferverzögerung', body: 'Das Paket kommt später.' });
    await expect.poll(() => titles('lieferverzoegerung')).toEqual(['Lieferverzögerung']);
    await deleteSnippet(later.id);
    await expect.poll(() => titles('lieferverzoegerung')).toEqual([]);
    stop();
  });

  it('after the worker slept, restores the saved index and catches up with what changed meanwhile', async () => {
    const stop = keepLibraryIndexFresh();
    const gone = await createSnippet({ title: 'Gutschein alt', body: 'Ein Gutschein.' });
    await createSnippet({ title: 'Garantie', body: 'Zwei Jahre.' });
    expect(await titles('gutschein')).toEqual(['Gutschein alt']);
    expect(libraryIndex.lastOpen).toBe('built');
    await saveLibraryIndexNow();
    stop();
    forgetLibraryIndexForTests(); // the worker stops; nothing listens any more

    await deleteSnippet(gone.id);
    await createSnippet({ title: 'Gutschein neu', body: 'Ein neuer Gutschein.' }, Date.now() + 1);
    expect(await titles('gutschein')).toEqual(['Gutschein neu']);
    expect(libraryIndex.lastOpen).toBe('restored');
    expect(await titles('garantie')).toEqual(['Garantie']);
  });

  it('after the worker slept with nothing newer written, answers at once and checks the size when idle', async () => {
    const stop = keepLibraryIndexFresh();
    const gone = await createSnippet({ title: 'Gutschein alt', body: 'Ein Gutschein.' });
    await createSnippet({ title: 'Garantie', body: 'Zwei Jahre.' });
    expect(await titles('gutschein')).toEqual(['Gutschein alt']);
    await saveLibraryIndexNow();
    stop();
    forgetLibraryIndexForTests();

    // While it slept: one snippet deleted, two restored from a backup with their old dates
    // (the library's size then differs; a deletion and a restore that cancel out stay
    // unseen until the next change, as before).
    await deleteSnippet(gone.id);
    await createSnippet({ title: 'Gutschein aus der Sicherung', body: 'Ein Gutschein.' }, Date.now() - 86_400_000);
    await createSnippet({ title: 'Kulanz aus der Sicherung', body: 'Aus Kulanz.' }, Date.now() - 86_400_000);
    // The deleted one is gone from the first answer already: hits are read from the library.
    expect(await titles('garantie')).toEqual(['Garantie']);
    expect(libraryIndex.lastOpen).toBe('restored');
    expect(await titles('gutschein')).not.toContain('Gutschein alt');
    // The old-dated one joins once the palette has been idle for a second (the poll waits longer).
    await expect
      .poll(() => titles('gutschein'), { timeout: 6_000, interval: 1_500 })
      .toEqual(['Gutschein aus der Sicherung']);
  });

  it('leaves inactive snippets out of the palette', async () => {
    keepLibraryIndexFresh();
    await createSnippet({ title: 'Alte Erstattungsregel', body: 'Erstattung in 30 Tagen.', inactive: true });
    await createSnippet({ title: 'Erstattungsregel', body: 'Erstattung in 5 Tagen.' });
    await expect.poll(() => titles('erstattungsregel')).toEqual(['Erstattungsregel']);
  });
});
