import { FIELD_BITS } from './rank';

// Per-search score accumulators, reused across keystrokes. Generation stamps replace
// clearing: a slot's entries count only when its stamp equals the current search's.

export class Scratch {
  private capacity = 0;
  private gen = 0;
  private wordGen = 0;
  private words = 0;
  private complete = 0;
  private stamp = new Uint32Array(0);
  private wordStamp = new Uint32Array(0);
  private wordBest = new Float64Array(0);
  private wordMask = new Uint8Array(0);
  private touched: number[] = [];
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

  beginWord(): number {
    this.touched = [];
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
      const count = (this.count[slot] ?? 0) + 1;
      this.count[slot] = count;
      if (count === this.words) this.complete++;
    }
  }

  /** The whole query is a shortcut's prefix (or the shortcut): that matches every word. */
  shortcut(slot: number, exact: boolean, score: number): void {
    this.init(slot);
    if (exact) this.exact[slot] = this.gen;
    this.total[slot] = (this.total[slot] ?? 0) + score;
    this.fields[slot] = (this.fields[slot] ?? 0) | FIELD_BITS.shortcut;
    if ((this.count[slot] ?? 0) < this.words) {
      this.count[slot] = this.words;
      this.complete++;
    }
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
  }
}
