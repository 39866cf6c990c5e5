import type { TermDictionary } from './dictionary';
import { withinOneEdit, withinTwoEdits } from './fuzzy';
import { listLength, type SlotList, slotAt } from './postings';

// Expansions of a query word, cached per dictionary state. Prefix terms come ordered by
// their best possible score, so a search over a one-letter prefix stops after the few
// terms that can still reach the top. The typo scan keeps the first letter as typed and
// skips terms with digits (order numbers, codes), which keeps it to one letter's words.

/** Words this long forgive one typo; from TWO_EDITS_MIN letters, two. */
export const FUZZY_MIN = 4;
const TWO_EDITS_MIN = 6;
const CACHE_LIMIT = 200;

export interface Fuzzy {
  ids: number[];
  edits: number[];
}

export interface Prefixed {
  ids: number[];
  /** Per term, weight × match quality × the best static key among its documents; falling. */
  bounds: number[];
}

export const prefixQuality = (typed: number, term: number) => 0.5 + 0.4 * Math.min(1, typed / Math.max(1, term));

type Cache = { version: number; entries: Map<string, Fuzzy | Prefixed> };
const caches = new WeakMap<TermDictionary, Cache>();

function cacheOf(dict: TermDictionary, version: number): Cache {
  let cache = caches.get(dict);
  if (!cache || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(dict, cache);
  }
  if (cache.entries.size >= CACHE_LIMIT) cache.entries.clear();
  return cache;
}

/** Terms that `word` is a proper prefix of, best bound first. */
export function prefixTerms(
  dict: TermDictionary,
  version: number,
  word: string,
  weights: readonly number[],
  keys: Float64Array,
  alive: Uint8Array,
): Prefixed {
  const cache = cacheOf(dict, version);
  const hit = cache.entries.get(`p${word}`) as Prefixed | undefined;
  if (hit) return hit;
  const { from, to, ids } = dict.range(word);
  const found: { id: number; bound: number }[] = [];
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const length = dict.terms[id]!.length;
    if (length === word.length) continue;
    let best = 0;
    for (let f = 0; f < weights.length; f++) {
      const list = dict.list(f, id);
      // The best live document: a removed one lingers in the lists until compaction, and its
      // key would order this term differently from a fresh index of the same library.
      if (list !== undefined) best = Math.max(best, weights[f]! * firstAliveKey(list, keys, alive));
    }
    if (best > 0) found.push({ id, bound: best * prefixQuality(word.length, length) });
  }
  found.sort((a, b) => b.bound - a.bound);
  const out = { ids: found.map((x) => x.id), bounds: found.map((x) => x.bound) };
  cache.entries.set(`p${word}`, out);
  return out;
}

function firstAliveKey(list: number | SlotList, keys: Float64Array, alive: Uint8Array): number {
  const n = listLength(list);
  for (let i = 0; i < n; i++) {
    const slot = slotAt(list, i);
    if (alive[slot]) return keys[slot] ?? 0;
  }
  return 0;
}

export function fuzzyTerms(dict: TermDictionary, version: number, word: string, whole: boolean): Fuzzy {
  const cache = cacheOf(dict, version);
  const key = `${whole ? 'w' : 't'}${word}`;
  const hit = cache.entries.get(key) as Fuzzy | undefined;
  if (hit) return hit;
  const out: Fuzzy = { ids: [], edits: [] };
  const { from, to, ids } = dict.range(word.slice(0, 1));
  const minLength = word.length - (word.length >= TWO_EDITS_MIN ? 2 : 1);
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const term = dict.terms[id]!;
    if (term.length < minLength || dict.hasDigit(id) || term === word) continue;
    if (!whole && term.startsWith(word)) continue; // a prefix match, not a typo
    if (withinOneEdit(word, term, whole)) {
      out.ids.push(id);
      out.edits.push(1);
    } else if (word.length >= TWO_EDITS_MIN && withinTwoEdits(word, term, whole)) {
      out.ids.push(id);
      out.edits.push(2);
    }
  }
  cache.entries.set(key, out);
  return out;
}
