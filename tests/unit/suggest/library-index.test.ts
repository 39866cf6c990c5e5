import { describe, expect, it } from 'vitest';
import { keepLibraryIndexFresh, searchLibrary } from '@/lib/suggest/library-index';
import { createSnippet, deleteSnippet } from '@/lib/db/snippets';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const titles = async (query: string) =>
  (await searchLibrary(query, { moods: [], now: Date.now(), limit: 10 })).map((s) => s.title);

describe('the background search index the palette asks', () => {
  it('finds what is written after it was built, and forgets what is deleted', async () => {
    keepLibraryIndexFresh();
    await createSnippet({ title: 'Rückerstattung Status', body: 'Ihre Erstattung ist unterwegs.' });
    expect(await titles('rueckerstattung')).toEqual(['Rückerstattung Status']);

    const later = await createSnippet({ title: 'Lieferverzögerung', body: 'Das Paket kommt später.' });
    await expect.poll(() => titles('lieferverzoegerung')).toEqual(['Lieferverzögerung']);
    await deleteSnippet(later.id);
    await expect.poll(() => titles('lieferverzoegerung')).toEqual([]);
  });

  it('leaves inactive snippets out of the palette', async () => {
    keepLibraryIndexFresh();
    await createSnippet({ title: 'Alte Erstattungsregel', body: 'Erstattung in 30 Tagen.', inactive: true });
    await createSnippet({ title: 'Erstattungsregel', body: 'Erstattung in 5 Tagen.' });
    await expect.poll(() => titles('erstattungsregel')).toEqual(['Erstattungsregel']);
  });
});
