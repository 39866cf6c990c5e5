import type { Snippet } from '../db/schema';
import { type PackedDictionary, TermDictionary } from './dictionary';
import { DocTable, type PackedDocs } from './documents';
import { HIT_FIELD, Query, type QueryOptions } from './query';
import type { SearchField } from './rank';
import { Scratch } from './scratch';
import { IndexState } from './state';

export type { SearchField } from './rank';
export { fold, tokenize } from './fold';

export type SearchOptions = QueryOptions;

export interface SearchHit {
  id: string;
  score: number;
  /** The field that matched best; for an empty query, "none". */
  field: SearchField | 'none';
}

/** The index in a structured-cloneable form (typed arrays and a few strings), for IndexedDB. */
export interface PackedIndex {
  version: typeof PACK_VERSION;
  docs: PackedDocs;
  meta: PackedDictionary;
  body: PackedDictionary;
  infix: PackedDictionary;
  shortcuts: string;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Adds or replaces a snippet, on a shelf (default "own"; ids are unique across shelves). */
  add(snippet: Snippet, shelf?: string): void;
  update(snippet: Snippet, shelf?: string): void;
  remove(id: string): void;
  /** Removes every snippet of a shelf. */
  removeShelf(shelf: string): void;
  has(id: string): boolean;
  /** Every indexed id. */
  ids(): string[];
  /** Drops removed snippets' entries from the posting lists, if enough have piled up. */
  maintain(): boolean;
  pack(): PackedIndex;
  readonly size: number;
}

// 2: lists of up to 65,536 slots are packed in 16 bits.
export const PACK_VERSION = 2;
const OWN = 'own';
const FIELD_NAMES: (SearchField | 'none')[] = ['shortcut', 'title', 'tags', 'body', 'none'];

/** An in-memory index over shortcut, title, tags and body; updated in place per snippet. */
export function createSearchIndex(snippets: readonly Snippet[] = [], shelf = OWN): SearchIndex {
  // Static keys are measured against the latest use in the library, so they stay upper bounds.
  const keyTime = snippets.reduce((t, s) => Math.max(t, s.lastUsedAt ?? 0), 0);
  const state = new IndexState(new DocTable(keyTime));
  // Adding in key order makes every posting-list insert an append.
  const ordered = snippets.map((s) => ({ s, key: state.docs.keyOf(s) })).sort((a, b) => b.key - a.key);
  for (const { s } of ordered) state.add(s, shelf, true);
  return wrap(state);
}

export function restoreSearchIndex(packed: PackedIndex): SearchIndex {
  const state = new IndexState(DocTable.unpack(packed.docs));
  state.meta = TermDictionary.unpack(packed.meta);
  state.body = TermDictionary.unpack(packed.body);
  state.infix = TermDictionary.unpack(packed.infix);
  state.shortcuts = packed.shortcuts === '' ? [] : packed.shortcuts.split('\n');
  return wrap(state);
}

function wrap(state: IndexState): SearchIndex {
  const scratch = new Scratch();
  return {
    search(query, options = {}) {
      const q = new Query(state, options, scratch);
      q.run(query);
      const { top } = q;
      return top.slots.map((slot, i) => ({
        id: state.docs.ids[slot] ?? '',
        score: top.scores[i] ?? 0,
        field: FIELD_NAMES[top.fields[i] ?? HIT_FIELD.none] ?? 'none',
      }));
    },
    add: (snippet, shelf = OWN) => state.add(snippet, shelf),
    update: (snippet, shelf = OWN) => state.add(snippet, shelf),
    remove: (id) => state.remove(id),
    removeShelf(shelf) {
      const n = state.docs.shelves.indexOf(shelf);
      if (n < 0) return;
      for (const [id, slot] of [...state.docs.slotOf]) if (state.docs.shelf[slot] === n) state.remove(id);
    },
    has: (id) => state.docs.slotOf.has(id),
    ids: () => [...state.docs.slotOf.keys()],
    maintain() {
      if (!state.needsCompaction) return false;
      state.compact();
      return true;
    },
    pack: () => ({
      version: PACK_VERSION,
      docs: state.docs.pack(),
      meta: state.meta.pack(state.docs.length),
      body: state.body.pack(state.docs.length),
      infix: state.infix.pack(state.docs.length),
      shortcuts: state.sortedShortcuts().join('\n'),
    }),
    get size() {
      return state.docs.slotOf.size;
    },
  };
}
