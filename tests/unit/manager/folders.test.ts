import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { folderTree, inFolder, splitTitle, tagCounts } from '@/lib/folders';
import { moveActive, visibleSnippets, ALL_SNIPPETS } from '@/lib/queries/manager';

const snippet = (id: string, title: string, extra: Partial<Snippet> = {}): Snippet => ({
  id,
  title,
  body: 'x',
  format: 'text',
  tags: [],
  language: 'de',
  moods: [],
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
  ...extra,
});

describe('folders from "::" in titles', () => {
  it('splits a title into folder and name', () => {
    expect(splitTitle('Billing::Refunds::Refund issued')).toEqual({
      folder: ['Billing', 'Refunds'],
      name: 'Refund issued',
    });
    expect(splitTitle(' Returns :: Damaged ')).toEqual({ folder: ['Returns'], name: 'Damaged' });
    expect(splitTitle('Plain')).toEqual({ folder: [], name: 'Plain' });
  });

  it('builds the tree parents first, counting sub-folders in', () => {
    const tree = folderTree([
      snippet('1', 'Billing::Refunds::Refund issued'),
      snippet('2', 'Billing::Invoice copy'),
      snippet('3', 'Returns::Damaged item'),
      snippet('4', 'Billing B::Other'),
      snippet('5', 'No folder'),
    ]);
    expect(tree.map((f) => [f.path, f.depth, f.count])).toEqual([
      ['Billing', 0, 2],
      ['Billing::Refunds', 1, 1],
      ['Billing B', 0, 1],
      ['Returns', 0, 1],
    ]);
  });

  it('filters a folder with its sub-folders, never a sibling with the same prefix', () => {
    expect(inFolder({ title: 'Billing::Refunds::X' }, 'Billing')).toBe(true);
    expect(inFolder({ title: 'Billing B::X' }, 'Billing')).toBe(false);
    expect(inFolder({ title: 'Billing' }, 'Billing')).toBe(false);
    expect(inFolder({ title: 'Anything' }, '')).toBe(true);
  });

  it('counts tags', () => {
    expect(tagCounts([snippet('1', 'a', { tags: ['b', 'a'] }), snippet('2', 'b', { tags: ['a'] })])).toEqual([
      { tag: 'a', count: 2 },
      { tag: 'b', count: 1 },
    ]);
  });
});

describe('the manager list', () => {
  const all = [
    snippet('1', 'Billing::Zahlung', { tags: ['geld'] }),
    snippet('2', 'Billing::Abbuchung', { language: 'en' }),
    snippet('3', 'Gruß'),
  ];
  it('sorts without search words and keeps the index order with them', () => {
    expect(visibleSnippets(all, ALL_SNIPPETS).map((s) => s.id)).toEqual(['2', '1', '3']);
    expect(visibleSnippets(all, ALL_SNIPPETS, ['3', '1', 'gone']).map((s) => s.id)).toEqual(['3', '1']);
  });
  it('applies folder, tag and language on top of the search', () => {
    expect(visibleSnippets(all, { ...ALL_SNIPPETS, folder: 'Billing' }, ['3', '1', '2']).map((s) => s.id)).toEqual([
      '1',
      '2',
    ]);
    expect(visibleSnippets(all, { ...ALL_SNIPPETS, tag: 'geld' }).map((s) => s.id)).toEqual(['1']);
    expect(visibleSnippets(all, { ...ALL_SNIPPETS, language: 'en' }).map((s) => s.id)).toEqual(['2']);
  });
  it('moves the active row with the keys and stays inside the list', () => {
    expect(moveActive('ArrowDown', -1, 5, 3)).toBe(0);
    expect(moveActive('ArrowDown', 4, 5, 3)).toBe(4);
    expect(moveActive('ArrowUp', 0, 5, 3)).toBe(0);
    expect(moveActive('PageDown', 1, 5, 3)).toBe(4);
    expect(moveActive('PageUp', 4, 5, 3)).toBe(1);
    expect(moveActive('End', 0, 5, 3)).toBe(4);
    expect(moveActive('Home', 3, 5, 3)).toBe(0);
    expect(moveActive('ArrowDown', 0, 0, 3)).toBe(-1);
  });
});
