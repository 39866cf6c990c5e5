import type { TermDictionary } from './dictionary';
import { withinOneEdit, withinTwoEdits } from './fuzzy';

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

/**
 * Terms a word is a proper prefix of, best bound first (bound: weight × match quality × the
 * best static key among the term's live documents). Put in order only as far as a search
 * reads: a one-letter prefix has thousands of terms, and a search stops after the few that
 * can still reach the top.
 */
export class Prefixed {
  /** Terms taken out in order so far, and their bounds. */
  private readonly ids: number[] = [];
  private readonly bounds: number[] = [];
  /** A binary max-heap of candidate positions, by bound and then by position (term order). */
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly candidates: Int32Array,
    private readonly candidateBounds: Float64Array,
  ) {
    this.size = candidates.length;
    this.heap = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.heap[i] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  get count(): number {
    return this.candidates.length;
  }

  /** The i-th best term's id (i < count). */
  id(i: number): number {
    this.reach(i);
    return this.ids[i]!;
  }

  bound(i: number): number {
    this.reach(i);
    return this.bounds[i]!;
  }

  private reach(i: number): void {
    while (this.ids.length <= i && this.size > 0) {
      const top = this.heap[0]!;
      this.ids.push(this.candidates[top]!);
      this.bounds.push(this.candidateBounds[top]!);
      this.heap[0] = this.heap[--this.size]!;
      this.down(0);
    }
  }

  private better(a: number, b: number): boolean {
    const ba = this.candidateBounds[a]!;
    const bb = this.candidateBounds[b]!;
    return ba > bb || (ba === bb && a < b);
  }

  private down(at: number): void {
    const { heap, size } = this;
    let i = at;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const child = r < size && this.better(heap[r]!, heap[l]!) ? r : l;
      if (!this.better(heap[child]!, heap[i]!)) return;
      const t = heap[i]!;
      heap[i] = heap[child]!;
      heap[child] = t;
      i = child;
    }
  }
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
  const candidates = new Int32Array(to - from);
  const bounds = new Float64Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const length = dict.terms[id]!.length;
    if (length === word.length) continue;
    let best = 0;
    // The best live document: a removed one lingers in the lists until compaction, and its
    // key would order this term differently from a fresh index of the same library.
    for (let f = 0; f < weights.length; f++) best = Math.max(best, weights[f]! * dict.headKey(f, id, keys, alive));
    if (best > 0) {
      candidates[n] = id;
      bounds[n++] = best * prefixQuality(word.length, length);
    }
  }
  const out = new Prefixed(candidates.subarray(0, n), bounds.subarray(0, n));
  cache.entries.set(`p${word}`, out);
  return out;
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
