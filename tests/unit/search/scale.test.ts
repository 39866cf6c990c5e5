import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/db/schema';
import { createSearchIndex, restoreSearchIndex } from '../../../lib/search';
import { TermDictionary } from '../../../lib/search/dictionary';
import { generateSnippets } from '../../bench/corpus/snippets';

// The index's newer abilities: inner parts of compounds, two typos, shelves, packing for
// IndexedDB, compaction; and that bounded scoring returns what scoring everything would.

const OPTIONS = { language: 'de' as const, now: Date.UTC(2026, 3, 1), moods: ['frustration' as const] };
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
const base = (over: Partial<Snippet>): Snippet => ({
  id: 'x',
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
});

describe('search index at scale', () => {
  const corpus = generateSnippets(3000);
  const index = createSearchIndex(corpus);

  it('finds the middle of a compound and words with two letters left out', () => {
    const idx = createSearchIndex([
      base({ id: 'refund', title: 'Rückerstattung veranlasst' }),
      base({ id: 'delay', title: 'Lieferverzögerung' }),
      base({ id: 'voucher', title: 'Gutschein' }),
    ]);
    expect(ids(idx.search('erstattung'))[0]).toBe('refund');
    expect(ids(idx.search('erstatt'))[0]).toBe('refund');
    expect(ids(idx.search('verzoegerung'))[0]).toBe('delay');
    expect(ids(idx.search('gutsin'))[0]).toBe('voucher');
    expect(ids(idx.search('gtschein'))[0]).toBe('voucher');
    expect(ids(idx.search('zzzzzz'))).toEqual([]);
  });

  it('keeps shelves apart and can drop one', () => {
    const idx = createSearchIndex([base({ id: 'own1', title: 'Versand info' })]);
    idx.add(base({ id: 'team1', title: 'Versand team' }), 'team');
    expect(ids(idx.search('versand')).sort()).toEqual(['own1', 'team1']);
    expect(ids(idx.search('versand', { shelves: ['team'] }))).toEqual(['team1']);
    idx.removeShelf('team');
    expect(ids(idx.search('versand'))).toEqual(['own1']);
  });

  it('answers the same after packing and restoring, and stays editable', () => {
    const restored = restoreSearchIndex(structuredClone(index.pack()));
    for (const q of ['rueckerstattung', 'gr-hund', 'refund stat', 'r', 'kuendigung abo', '']) {
      expect(restored.search(q, OPTIONS)).toEqual(index.search(q, OPTIONS));
    }
    restored.update({ ...corpus[0]!, title: 'Ganz neu Xylophon' });
    expect(ids(restored.search('xylophon'))).toEqual([corpus[0]!.id]);
    expect(restored.size).toBe(corpus.length);
  });

  it('a restored index whose lists were only partly read packs, compacts and edits like the original', () => {
    // Lists are copied out of the packed arrays on first use: mix used and unused ones.
    const restored = restoreSearchIndex(structuredClone(index.pack()));
    const reference = createSearchIndex(corpus);
    expect(restored.search('rueckerstattung', OPTIONS)).toEqual(reference.search('rueckerstattung', OPTIONS));
    for (const s of corpus.slice(0, 1200)) {
      restored.remove(s.id);
      reference.remove(s.id);
    }
    restored.update({ ...corpus[2000]!, title: 'Garantie Xylophon' });
    reference.update({ ...corpus[2000]!, title: 'Garantie Xylophon' });
    restored.maintain();
    reference.maintain();
    const again = restoreSearchIndex(structuredClone(restored.pack()));
    for (const q of ['garantie', 'xylophon', 'refund stat', 'r', 'kuendigung abo', 'lieferung']) {
      expect(again.search(q, OPTIONS)).toEqual(reference.search(q, OPTIONS));
      expect(restored.search(q, OPTIONS)).toEqual(reference.search(q, OPTIONS));
    }
  });

  it('packs lists in 16 bits only while every slot fits', () => {
    const keys = new Float64Array(70_000).fill(1);
    const dict = new TermDictionary(1);
    for (const slot of [3, 65_535, 69_999]) dict.add(0, 'versand', slot, keys);
    dict.add(0, 'zoll', 12, keys);
    const wide = dict.pack(70_000);
    expect(wide.fields[0]!.slots).toBeInstanceOf(Int32Array);
    const back = TermDictionary.unpack(structuredClone(wide));
    const list = back.list(0, back.find('versand'));
    expect(typeof list === 'object' && [...list.slots.subarray(0, list.length)].sort((a, b) => a - b)).toEqual([
      3, 65_535, 69_999,
    ]);
    const small = new TermDictionary(1);
    for (const slot of [3, 65_535]) small.add(0, 'versand', slot, keys);
    const narrow = small.pack(65_536);
    expect(narrow.fields[0]!.slots).toBeInstanceOf(Uint16Array);
    const again = TermDictionary.unpack(structuredClone(narrow)).list(0, 0);
    expect(typeof again === 'object' && again.slots).toBeInstanceOf(Int32Array);
    expect(typeof again === 'object' && [...again.slots.subarray(0, again.length)].sort((a, b) => a - b)).toEqual([
      3, 65_535,
    ]);
  });

  it('returns exactly what scoring every candidate returns, after any edits', () => {
    // The reference: a fresh index of the final library, built in one go, scoring everything.
    const words = ['rueckerstattung', 'refund', 'status', 'garantie', 'gr-hund', 'lieferung', 'r', 'de', 'abo'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 299 }), fc.constantFrom('edit', 'delete', 'use')), {
          maxLength: 40,
        }),
        fc.constantFrom(...words),
        fc.constantFrom(...words),
        (edits, w1, w2) => {
          const library = new Map(corpus.slice(0, 300).map((s) => [s.id, s]));
          const live = createSearchIndex([...library.values()]);
          // A woken worker's index: restored from its packed form, edited without compaction,
          // so removed documents still head lists that were never copied out of the pack.
          const woken = restoreSearchIndex(structuredClone(createSearchIndex([...library.values()]).pack()));
          // Searched before the edits, so what the indexes learnt about their lists goes stale.
          for (const q of [w1.slice(0, 1), w2.slice(0, 2)]) for (const index of [live, woken]) index.search(q, OPTIONS);
          edits.forEach(([n, kind], step) => {
            const s = corpus[n]!;
            if (kind === 'delete') {
              library.delete(s.id);
              live.remove(s.id);
              woken.remove(s.id);
            } else {
              const next =
                kind === 'edit'
                  ? { ...s, title: `${s.title} ${w1} ${step}` }
                  : { ...s, useCount: s.useCount + 50, lastUsedAt: OPTIONS.now - step * 3_600_000 };
              library.set(s.id, next);
              live.update(next);
              woken.update(next);
            }
          });
          live.maintain();
          const fresh = createSearchIndex([...library.values()]);
          for (const q of [w1, `${w1} ${w2}`, w1.slice(0, 3), w1.slice(0, 1), `${w2} ${w1.slice(0, 1)}`]) {
            const b = fresh.search(q, { ...OPTIONS, exhaustive: true });
            expect(live.search(q, OPTIONS).map((h) => h.score)).toEqual(b.map((h) => h.score));
            expect(woken.search(q, OPTIONS).map((h) => h.score)).toEqual(b.map((h) => h.score));
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  it('compacts removed entries away without changing answers', () => {
    const idx = createSearchIndex(corpus.slice(0, 1000));
    const before = idx.search('rueckerstattung', OPTIONS);
    for (const s of corpus.slice(500, 1000)) idx.remove(s.id);
    for (const s of corpus.slice(500, 1000)) idx.add(s);
    expect(idx.maintain()).toBe(true);
    expect(idx.search('rueckerstattung', OPTIONS).map((h) => h.score)).toEqual(before.map((h) => h.score));
    expect(idx.size).toBe(1000);
  });
});
