import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/db/schema';
import { createSearchIndex } from '../../../lib/search';

let n = 0;
function snippet(over: Partial<Snippet>): Snippet {
  n++;
  return {
    id: `id${n}`,
    title: 'Untitled',
    body: '',
    format: 'text',
    tags: [],
    language: 'any',
    moods: [],
    createdAt: 0,
    updatedAt: 0,
    useCount: 0,
    ...over,
  };
}

const refund = snippet({
  id: 'refund',
  title: 'Rückerstattung veranlasst',
  tags: ['geld'],
  language: 'de',
  body: 'Hallo {{customer.first_name}}, die Rückerstattung ist unterwegs.',
});
const sorry = snippet({
  id: 'sorry',
  title: 'Entschuldigung',
  shortcut: 'ent',
  language: 'de',
  body: 'Bitte entschuldigen Sie die Verzögerung.',
});
const status = snippet({
  id: 'status',
  title: 'Refund status',
  shortcut: 'refund',
  language: 'en',
  body: 'Your refund is on its way.',
});
const dog = snippet({
  id: 'dog',
  title: 'Größe Hundegeschirr',
  shortcut: 'gr-hund',
  tags: ['größe'],
  language: 'de',
  body: '<p>Die Größentabelle</p>',
  format: 'html',
});
const dogs = snippet({
  id: 'dogs',
  title: 'gr-hund Varianten',
  shortcut: 'gr-hund-xl',
  language: 'de',
  body: 'Hundegrößen',
});
const all = [refund, sorry, status, dog, dogs];

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('search index', () => {
  const index = createSearchIndex(all);

  it.each(['rueckerstattung', 'Rückerstattung', 'ruckerstattung', 'RÜCKERST', 'Rückerstatung', 'rueckerstatun'])(
    'finds the refund by %s',
    (q) => {
      expect(ids(index.search(q))[0]).toBe('refund');
    },
  );

  it('tolerates one typo in words of 5+ letters, not in shorter ones', () => {
    expect(ids(index.search('Entschuldigunng'))).toContain('sorry');
    expect(ids(index.search('xorry'))).toEqual([]);
    expect(ids(index.search('gröse'))).toContain('dog');
  });

  it('matches the body and says which field matched', () => {
    expect(index.search('unterwegs')).toEqual([{ id: 'refund', score: expect.any(Number), field: 'body' }]);
    expect(index.search('Hundegeschirr')[0]?.field).toBe('title');
    expect(index.search('Größentabelle')[0]?.id).toBe('dog'); // HTML tags are not words
    expect(index.search('first_name')).toEqual([]); // placeholders are not words
  });

  it('ranks an exact shortcut first, then its prefixes', () => {
    expect(ids(index.search('gr-hund')).slice(0, 2)).toEqual(['dog', 'dogs']);
    expect(index.search('gr-hund')[0]?.field).toBe('shortcut');
    expect(ids(index.search('refund'))[0]).toBe('status');
    expect(ids(index.search('gr-h'))).toEqual(expect.arrayContaining(['dog', 'dogs']));
  });

  it('requires every word, falling back to the best partial matches', () => {
    expect(ids(index.search('refund status'))).toEqual(['status']);
    expect(ids(index.search('refund qqqqqq'))).toEqual(['status']);
  });

  it.each([
    ['language de', { language: 'de' as const }, { language: 'de' as const }, { language: 'en' as const }],
    ['language en', { language: 'en' as const }, { language: 'en' as const }, { language: 'de' as const }],
    ['mood', { moods: ['anger' as const] }, { moods: ['anger' as const] }, { moods: ['praise' as const] }],
    ['frequency', {}, { useCount: 40 }, { useCount: 2 }],
    ['recency', { now: 30 * 86_400_000 }, { lastUsedAt: 29 * 86_400_000 }, { lastUsedAt: 0 }],
  ])('%s raises a snippet above an equal match', (_name, options, winner, loser) => {
    const idx = createSearchIndex([
      snippet({ id: 'loser', title: 'Versand info', ...loser }),
      snippet({ id: 'winner', title: 'Versand info', ...winner }),
    ]);
    expect(ids(idx.search('versand', options))).toEqual(['winner', 'loser']);
    expect(ids(idx.search('', options))).toEqual(['winner', 'loser']);
  });

  it('returns the best snippets by the boosts for an empty query', () => {
    const idx = createSearchIndex([
      snippet({ id: 'x', language: 'en' }),
      snippet({ id: 'y', language: 'de', useCount: 5 }),
    ]);
    expect(idx.search('', { language: 'de' }).map((h) => [h.id, h.field])).toEqual([
      ['y', 'none'],
      ['x', 'none'],
    ]);
    expect(idx.search('   ', { limit: 1 })).toHaveLength(1);
  });

  it('updates incrementally', () => {
    const idx = createSearchIndex([refund]);
    idx.add(sorry);
    expect(ids(idx.search('entschuldigung'))).toEqual(['sorry']);
    idx.update({ ...sorry, title: 'Verspätung', body: 'Es dauert länger.', shortcut: 'spaet' });
    expect(ids(idx.search('entschuldigung'))).toEqual([]);
    expect(ids(idx.search('verspaetung'))).toEqual(['sorry']);
    expect(ids(idx.search('spaet'))[0]).toBe('sorry');
    expect(ids(idx.search('ent'))).toEqual([]);
    idx.remove('sorry');
    expect(ids(idx.search('verspaetung'))).toEqual([]);
    expect(idx.size).toBe(1);
    idx.add(status);
    expect(ids(idx.search('refund'))).toEqual(['status']);
    expect(idx.size).toBe(2);
  });

  it('respects the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => snippet({ id: `m${i}`, title: `Lieferung ${i}` }));
    const idx = createSearchIndex(many);
    expect(idx.search('lieferung')).toHaveLength(20);
    expect(idx.search('lieferung', { limit: 5 })).toHaveLength(5);
  });
});
