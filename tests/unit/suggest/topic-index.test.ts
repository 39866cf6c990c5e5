import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { topicIndex } from '@/lib/suggest/topic-index';

// A library change builds a new topic index but reads again only the snippets whose words
// changed (issue #20): what each index holds must still be exactly this library's words.

const snippet = (id: string, title: string, body: string): Snippet => ({
  id,
  title,
  body,
  format: 'text',
  tags: [],
  language: 'de',
  moods: [],
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
});

const holders = (index: ReturnType<typeof topicIndex>, term: string) =>
  [...(index.postings.get(term)?.doc ?? [])].map((i) => index.snippets[i]!.id);

describe('topic index across library changes', () => {
  it('takes an edited snippet’s new words and drops its old ones, with the same id and timestamp', () => {
    const before = [snippet('a', 'Rücksendung', 'Paket zurückschicken'), snippet('b', 'Lieferung', 'Paket verspätet')];
    const first = topicIndex(before);
    expect(holders(first, 'paket')).toEqual(['a', 'b']);
    const after = [snippet('a', 'Rücksendung', 'Gutschein erstatten'), before[1]!];
    const second = topicIndex(after);
    expect(holders(second, 'paket')).toEqual(['b']);
    expect(holders(second, 'gutschein')).toEqual(['a']);
    // The first index is unchanged: it belongs to its own library array.
    expect(holders(first, 'paket')).toEqual(['a', 'b']);
  });

  it('follows a renamed title, a new language and a deleted snippet', () => {
    topicIndex([snippet('a', 'Rechnung', 'Betrag'), snippet('b', 'Mahnung', 'Frist')]);
    const renamed = { ...snippet('a', 'Stornierung', 'Betrag'), language: 'en' as const };
    const next = topicIndex([renamed]);
    expect(holders(next, 'rechnung')).toEqual([]);
    expect(holders(next, 'mahnung')).toEqual([]);
    expect(holders(next, 'stornierung')).toEqual(['a']);
    expect(next.snippets).toHaveLength(1);
  });
});
