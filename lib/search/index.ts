import type { Mood, Snippet } from '../db/schema';
import { type Expansion, lowerBound, TermDictionary } from './dictionary';
import { type IndexedDoc, indexDoc } from './documents';
import { fold, tokenize } from './fold';
import { Scratch } from './scratch';
import { bestField, boost, FIELD_WEIGHTS, finalScore, matchQuality, type SearchField } from './rank';
import { TopK } from './topk';

export type { SearchField } from './rank';
export { fold, tokenize } from './fold';

export interface SearchOptions {
  /** The conversation's language: snippets in it rise. */
  language?: 'de' | 'en';
  /** The customer's current moods: snippets made for them rise. */
  moods?: readonly Mood[];
  /** For recency; without it recency is ignored. */
  now?: number;
  /** At most this many hits (default 20). */
  limit?: number;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The field that matched best; for an empty query, "none". */
  field: SearchField | 'none';
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  add(snippet: Snippet): void;
  update(snippet: Snippet): void;
  remove(id: string): void;
  readonly size: number;
}

/** Words this long get typo tolerance; shorter query words only match in the body from 3 letters. */
const FUZZY_MIN = 5;
const BODY_PREFIX_MIN = 3;

/** An in-memory index over shortcut, title, tags and body; updated in place per snippet. */
export function createSearchIndex(snippets: readonly Snippet[] = []): SearchIndex {
  const docs: (IndexedDoc | undefined)[] = [];
  const slotOf = new Map<string, number>();
  const free: number[] = [];
  const meta = new TermDictionary();
  const body = new TermDictionary();
  const shortcuts: string[] = []; // sorted "folded-shortcut\u0000slot"
  const scratch = new Scratch();

  function add(snippet: Snippet): void {
    if (slotOf.has(snippet.id)) remove(snippet.id);
    const doc = indexDoc(snippet);
    const slot = free.pop() ?? docs.length;
    docs[slot] = doc;
    slotOf.set(snippet.id, slot);
    meta.add(slot, doc.meta);
    body.add(slot, doc.body);
    if (doc.shortcut) {
      const key = `${doc.shortcut}\u0000${slot}`;
      shortcuts.splice(lowerBound(shortcuts, key), 0, key);
    }
  }

  function remove(id: string): void {
    const slot = slotOf.get(id);
    const doc = slot === undefined ? undefined : docs[slot];
    if (slot === undefined || !doc) return;
    meta.remove(slot, doc.meta.keys());
    body.remove(slot, doc.body.keys());
    if (doc.shortcut) {
      const at = lowerBound(shortcuts, `${doc.shortcut}\u0000${slot}`);
      if (shortcuts[at] === `${doc.shortcut}\u0000${slot}`) shortcuts.splice(at, 1);
    }
    docs[slot] = undefined;
    slotOf.delete(id);
    free.push(slot);
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const top = new TopK(options.limit ?? 20);
    const words = tokenize(query);
    const whole = fold(query.trim());
    if (whole === '') {
      docs.forEach((doc, slot) => doc && top.offer(boost(doc.snippet, options), slot));
      return hits(top, () => 'none');
    }
    scratch.begin(docs.length, words.length);
    words.forEach((word, w) => {
      const wordGen = scratch.beginWord();
      const fuzzy = word.length >= FUZZY_MIN;
      collect(meta.expand(word, { prefix: true, fuzzy }), word, wordGen);
      if (word.length >= BODY_PREFIX_MIN || w < words.length - 1) {
        collect(body.expand(word, { prefix: word.length >= BODY_PREFIX_MIN, fuzzy }), word, wordGen);
      }
      scratch.endWord();
    });
    // Shortcuts match as a whole: exact first of all, a prefix like a title word.
    const from = lowerBound(shortcuts, whole);
    const to = lowerBound(shortcuts, `${whole}\uffff`);
    for (let i = from; i < to; i++) {
      const key = shortcuts[i] ?? '';
      const cut = key.lastIndexOf('\u0000');
      const exact = cut === whole.length;
      const score = FIELD_WEIGHTS.shortcut * matchQuality(exact ? 'exact' : 'prefix', whole.length, cut);
      scratch.shortcut(Number(key.slice(cut + 1)), exact, score);
    }
    // Every word must match; when no snippet has them all, the best partial matches are shown.
    const needed = scratch.anyComplete() ? words.length : 1;
    for (const slot of scratch.candidates) {
      const doc = docs[slot];
      const count = scratch.count[slot] ?? 0;
      if (!doc || count < needed) continue;
      const relevance = (scratch.total[slot] ?? 0) * (count / Math.max(1, words.length));
      top.offer(finalScore(relevance, boost(doc.snippet, options), scratch.isExact(slot)), slot);
    }
    return hits(top, (slot) => bestField(scratch.fields[slot] ?? 0));
  }

  function collect(expansions: Expansion[], word: string, wordGen: number): void {
    for (const { term, kind, posting } of expansions) {
      const quality = matchQuality(kind, word.length, term.length);
      const { docs: slots, masks } = posting;
      for (let i = 0; i < slots.length; i++) {
        const mask = masks[i] ?? 0;
        scratch.match(slots[i] ?? 0, quality * FIELD_WEIGHTS[bestField(mask)], mask, wordGen);
      }
    }
  }

  function hits(top: TopK, field: (slot: number) => SearchHit['field']): SearchHit[] {
    return top.slots.map((slot, i) => ({
      id: docs[slot]?.snippet.id ?? '',
      score: top.scores[i] ?? 0,
      field: field(slot),
    }));
  }

  for (const snippet of snippets) add(snippet);
  return {
    search,
    add,
    update: add,
    remove,
    get size() {
      return slotOf.size;
    },
  };
}
