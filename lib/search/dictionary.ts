import { withinOneEdit } from './fuzzy';

// An inverted index for one group of fields: folded term → the documents holding it, plus
// a sorted term list for prefix ranges and typo scans. Updated in place; no rebuilds.

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export interface Posting {
  docs: number[];
  /** Per document, a bit mask of the fields holding the term. */
  masks: number[];
}

export interface Expansion {
  term: string;
  kind: MatchKind;
  posting: Posting;
}

export interface ExpandOptions {
  prefix: boolean;
  fuzzy: boolean;
}

const CACHE_LIMIT = 400;

export class TermDictionary {
  private readonly postings = new Map<string, Posting>();
  private sorted: string[] = [];
  /** New terms are appended and sorted on the next lookup, so bulk adds stay linear. */
  private unsorted = false;
  private readonly cache = new Map<string, Expansion[]>();

  get termCount(): number {
    return this.sorted.length;
  }

  add(doc: number, terms: ReadonlyMap<string, number>): void {
    for (const [term, mask] of terms) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { docs: [], masks: [] };
        this.postings.set(term, posting);
        this.sorted.push(term);
        this.unsorted = true;
        this.cache.clear();
      }
      posting.docs.push(doc);
      posting.masks.push(mask);
    }
  }

  remove(doc: number, terms: Iterable<string>): void {
    this.ensureSorted();
    for (const term of terms) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const at = posting.docs.indexOf(doc);
      if (at < 0) continue;
      posting.docs.splice(at, 1);
      posting.masks.splice(at, 1);
      if (posting.docs.length === 0) {
        this.postings.delete(term);
        this.sorted.splice(lowerBound(this.sorted, term), 1);
        this.cache.clear();
      }
    }
  }

  /** Terms matching a query word: itself, longer words it starts, and words one typo away. */
  expand(word: string, options: ExpandOptions): Expansion[] {
    const key = `${options.prefix ? 'p' : ''}${options.fuzzy ? 'f' : ''}:${word}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    this.ensureSorted();
    const out: Expansion[] = [];
    const exact = this.postings.get(word);
    if (exact) out.push({ term: word, kind: 'exact', posting: exact });
    if (options.prefix) {
      const end = lowerBound(this.sorted, `${word}\uffff`);
      for (let i = lowerBound(this.sorted, word); i < end; i++) this.push(out, this.sorted[i], word, 'prefix');
    }
    if (options.fuzzy) {
      // The first letter is taken as typed: this keeps the scan to one letter's terms.
      const first = word.slice(0, 1);
      const end = lowerBound(this.sorted, `${first}\uffff`);
      const minLength = word.length - 1;
      for (let i = lowerBound(this.sorted, first); i < end; i++) {
        const term = this.sorted[i];
        if (term === undefined || term.length < minLength || term === word) continue;
        if (options.prefix && term.startsWith(word)) continue;
        if (withinOneEdit(word, term, !options.prefix)) this.push(out, term, word, 'fuzzy');
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  private ensureSorted(): void {
    if (!this.unsorted) return;
    this.sorted.sort();
    this.unsorted = false;
  }

  private push(out: Expansion[], term: string | undefined, word: string, kind: MatchKind): void {
    if (term === undefined || term === word) return;
    const posting = this.postings.get(term);
    if (posting) out.push({ term, kind, posting });
  }
}

/** First index whose element is >= value. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
