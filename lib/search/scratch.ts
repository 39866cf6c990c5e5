import { FIELD_BITS } from './rank';

// Per-search score accumulators, reused across keystrokes. Generation stamps replace
// clearing: a slot's entries count only when its stamp equals the current search's.

export class Scratch {
  private capacity = 0;
  private gen = 0;
  private wordGen = 0;
  private words = 0;
  get wordCount(): number {
    return this.words;
  }
  private complete = 0;
  private stamp = new Uint32Array(0);
  private wordStamp = new Uint32Array(0);
  private wordBest = new Float64Array(0);
  private wordMask = new Uint8Array(0);
  private touched: number[] = [];
  private bit = 0;
  /** Per slot, a bit per query word it matched. */
  seen = new Uint32Array(0);
  total = new Float64Array(0);
  count = new Uint16Array(0);
  fields = new Uint8Array(0);
  exact = new Uint32Array(0);
  candidates: number[] = [];

  /** Starts a search over `slots` documents and `words` query words; returns its generation. */
  begin(slots: number, words: number): number {
    if (slots > this.capacity) this.grow(Math.max(slots, this.capacity * 2, 64));
    this.words = words;
    this.complete = 0;
    this.candidates = [];
    return ++this.gen;
  }

  /** Starts collecting query word number `index` (< 32). */
  beginWord(index = 0): number {
    this.touched = [];
    this.bit = 1 << index;
    return ++this.wordGen;
  }

  /** A query word matched document `slot` with this score in the fields of `mask`. */
  match(slot: number, score: number, mask: number, wordGen: number): void {
    if (this.wordStamp[slot] !== wordGen) {
      this.wordStamp[slot] = wordGen;
      this.wordBest[slot] = score;
      this.wordMask[slot] = mask;
      this.touched.push(slot);
    } else {
      if (score > (this.wordBest[slot] ?? 0)) this.wordBest[slot] = score;
      this.wordMask[slot] = (this.wordMask[slot] ?? 0) | mask;
    }
  }

  /** Adds each document's best score for the word just finished to its total. */
  endWord(): void {
    for (const slot of this.touched) {
      this.init(slot);
      this.total[slot] = (this.total[slot] ?? 0) + (this.wordBest[slot] ?? 0);
      this.fields[slot] = (this.fields[slot] ?? 0) | (this.wordMask[slot] ?? 0);
      this.seen[slot] = (this.seen[slot] ?? 0) | this.bit;
      const before = this.count[slot] ?? 0;
      if (before >= this.words) continue; // already complete through a whole shortcut
      this.count[slot] = before + 1;
      if (before + 1 === this.words) this.complete++;
    }
  }

  /** Word `index` found in the body of `slot` after the fact (a probe, not a scan). */
  late(slot: number, index: number, score: number, bit: number): void {
    this.total[slot] = (this.total[slot] ?? 0) + score;
    this.fields[slot] = (this.fields[slot] ?? 0) | bit;
    this.seen[slot] = (this.seen[slot] ?? 0) | (1 << index);
    const count = (this.count[slot] ?? 0) + 1;
    this.count[slot] = count;
    if (count === this.words) this.complete++;
  }

  /** The whole query is a shortcut's prefix (or the shortcut): that matches every word. */
  shortcut(slot: number, exact: boolean, score: number): void {
    this.init(slot);
    if (exact) this.exact[slot] = this.gen;
    this.seen[slot] = 0xffffffff;
    this.total[slot] = (this.total[slot] ?? 0) + score;
    this.fields[slot] = (this.fields[slot] ?? 0) | FIELD_BITS.shortcut;
    if ((this.count[slot] ?? 0) < this.words) {
      this.count[slot] = this.words;
      this.complete++;
    }
  }

  /** Whether the word being collected matched any document so far. */
  wordMatched(): boolean {
    return this.touched.length > 0;
  }

  /** Whether some document matched every word. */
  anyComplete(): boolean {
    return this.complete > 0;
  }

  isExact(slot: number): boolean {
    return this.exact[slot] === this.gen;
  }

  private init(slot: number): void {
    if (this.stamp[slot] === this.gen) return;
    this.stamp[slot] = this.gen;
    this.total[slot] = 0;
    this.count[slot] = 0;
    this.fields[slot] = 0;
    this.seen[slot] = 0;
    this.candidates.push(slot);
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.stamp = new Uint32Array(capacity);
    this.wordStamp = new Uint32Array(capacity);
    this.wordBest = new Float64Array(capacity);
    this.wordMask = new Uint8Array(capacity);
    this.total = new Float64Array(capacity);
    this.count = new Uint16Array(capacity);
    this.fields = new Uint8Array(capacity);
    this.exact = new Uint32Array(capacity);
    this.seen = new Uint32Array(capacity);
  }
}
