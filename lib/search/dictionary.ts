import { insert, type List, listLength, SlotList, slotAt } from './postings';

// Interned terms of one group of fields, with a posting list per term and field. Terms are
// kept in a sorted id array for prefix ranges and typo scans; new terms wait in a small map
// and are merged in once before the next lookup, so a bulk build sorts once and a single
// edit costs a binary search and one array copy, never a re-sort.

export interface PackedDictionary {
  /** Terms in sorted order, joined by "\n" (terms are letters and digits only). */
  terms: string;
  /**
   * Per field: list i is slots[offsets[i] .. offsets[i+1]). 16-bit while every slot fits: the
   * body lists are most of a packed index, and a woken worker reads all of it first.
   */
  fields: { offsets: Int32Array; slots: Int32Array | Uint16Array }[];
}

const NO_TERM = -1;
/** A head known to be missing: the term has no live document in that field. */
const NO_HEAD = -2;

export class TermDictionary {
  readonly terms: string[] = [];
  private readonly lists: List[][];
  /** 1 where the term holds a digit, 2 where it doesn't, 0 not yet known: typo scans skip order numbers and codes. */
  private digits = new Uint8Array(64);
  private sorted = new Int32Array(0);
  private pending = new Map<string, number>();
  /** A restored dictionary's packed lists, and per field which of them were copied out. */
  private source: PackedDictionary['fields'] | undefined;
  private loaded: Uint8Array[] = [];
  /**
   * Per field and term, the slot of the list's first live document, -1 where not known
   * yet, or NO_HEAD where the term has no live document there: the best static key a term can offer, which orders prefix expansions (expand.ts)
   * without reading every list of a wide prefix such as "r". Kept by `add` (a slot that goes
   * in front becomes the head), checked against `alive` on reading (a removed head is walked
   * past once), and forgotten when compaction renumbers the slots.
   */
  private heads: Int32Array[];

  constructor(readonly fieldCount: number) {
    this.lists = Array.from({ length: fieldCount }, () => []);
    this.heads = Array.from({ length: fieldCount }, () => new Int32Array(64).fill(-1));
  }

  get termCount(): number {
    return this.terms.length;
  }

  add(field: number, term: string, slot: number, keys: Float64Array): void {
    let id = this.find(term);
    if (id === NO_TERM) id = this.intern(term);
    this.load(field, id);
    const lists = this.lists[field]!;
    lists[id] = insert(lists[id], slot, keys);
    const heads = this.heads[field]!;
    const head = heads[id]!;
    if (head === NO_HEAD || (head >= 0 && (keys[slot]! > keys[head]! || (keys[slot] === keys[head] && slot < head))))
      heads[id] = slot;
  }

  /** The static key of the term's first live document in `field`, or 0 if it has none. */
  headKey(field: number, id: number, keys: Float64Array, alive: Uint8Array): number {
    const heads = this.heads[field]!;
    const known = heads[id]!;
    if (known >= 0 && alive[known]) return keys[known]!;
    if (known === NO_HEAD) return 0;
    let head = -1;
    const packed = this.source?.[field];
    if (packed && this.loaded[field]![id] === 0) {
      // Not copied out yet: read the packed list in place.
      const to = packed.offsets[id + 1]!;
      for (let k = packed.offsets[id]!; k < to; k++) {
        const slot = packed.slots[k]!;
        if (alive[slot]) {
          head = slot;
          break;
        }
      }
    } else {
      const list = this.lists[field]![id];
      const n = listLength(list);
      for (let i = 0; i < n; i++) {
        const slot = slotAt(list!, i);
        if (alive[slot]) {
          head = slot;
          break;
        }
      }
    }
    heads[id] = head < 0 ? NO_HEAD : head;
    return head < 0 ? 0 : keys[head]!;
  }

  /** After slots were renumbered (compaction): every head is looked up again when asked. */
  forgetHeads(): void {
    for (const heads of this.heads) heads.fill(-1);
  }

  /** The term's id, or -1. */
  find(term: string): number {
    const waiting = this.pending.get(term);
    if (waiting !== undefined) return waiting;
    const at = this.lowerBound(term);
    const id = this.sorted[at];
    return id !== undefined && at < this.sorted.length && this.terms[id] === term ? id : NO_TERM;
  }

  /** Ids of the terms starting with `prefix`, in sorted order: sorted[from..to). */
  range(prefix: string): { from: number; to: number; ids: Int32Array } {
    this.flush();
    return { from: this.lowerBound(prefix), to: this.lowerBound(`${prefix}\uffff`), ids: this.sorted };
  }

  hasDigit(id: number): boolean {
    if (this.digits[id] === 0) this.digits[id] = /\d/.test(this.terms[id] ?? '') ? 1 : 2;
    return this.digits[id] === 1;
  }

  list(field: number, id: number): List {
    if (id < 0) return undefined;
    this.load(field, id);
    return this.lists[field]![id];
  }

  /** Merges the waiting terms into the sorted order. */
  flush(): void {
    if (this.pending.size === 0) return;
    const fresh = [...this.pending.keys()].sort();
    const ids = fresh.map((t) => this.pending.get(t)!);
    this.pending.clear();
    const old = this.sorted;
    const merged = new Int32Array(old.length + ids.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < ids.length) {
      const a = old[i]!;
      const b = ids[j]!;
      merged[k++] = this.terms[a]! < this.terms[b]! ? (i++, a) : (j++, b);
    }
    while (i < old.length) merged[k++] = old[i++]!;
    while (j < ids.length) merged[k++] = ids[j++]!;
    this.sorted = merged;
  }

  /** `slotCount`: how many document slots exist; below 65,536 the lists are packed in 16 bits. */
  pack(slotCount: number): PackedDictionary {
    this.flush();
    const fields = this.allLists().map((lists) => {
      const offsets = new Int32Array(this.sorted.length + 1);
      let total = 0;
      this.sorted.forEach((id, i) => {
        offsets[i] = total;
        total += listLength(lists[id]);
      });
      offsets[this.sorted.length] = total;
      const slots = slotCount <= 0x10000 ? new Uint16Array(total) : new Int32Array(total);
      this.sorted.forEach((id, i) => {
        const list = lists[id];
        if (typeof list === 'number') slots[offsets[i]!] = list;
        else if (list) slots.set(list.slots.subarray(0, list.length), offsets[i]);
      });
      return { offsets, slots };
    });
    return { terms: this.sorted.length === 0 ? '' : [...this.sorted].map((id) => this.terms[id]).join('\n'), fields };
  }

  static unpack(packed: PackedDictionary): TermDictionary {
    const dict = new TermDictionary(packed.fields.length);
    const terms = packed.terms === '' ? [] : packed.terms.split('\n');
    for (const t of terms) dict.terms.push(t);
    const sorted = new Int32Array(terms.length);
    for (let id = 0; id < sorted.length; id++) sorted[id] = id;
    dict.sorted = sorted;
    // Learnt per term when a typo scan first asks (hasDigit), not for every term up front.
    dict.digits = new Uint8Array(Math.max(64, terms.length));
    // Lists are copied out of the packed arrays when a query or an edit first needs them: a
    // woken service worker answers its first search without copying every list (issue #20).
    dict.source = packed.fields;
    dict.loaded = packed.fields.map(() => new Uint8Array(terms.length));
    dict.heads = packed.fields.map(() => new Int32Array(Math.max(64, terms.length)).fill(-1));
    for (const lists of dict.lists) lists.length = terms.length;
    return dict;
  }

  /** Every list, loaded: for passes over all of them (compaction). */
  allLists(): List[][] {
    if (this.source) {
      for (let field = 0; field < this.fieldCount; field++) {
        for (let id = 0; id < this.loaded[field]!.length; id++) this.load(field, id);
      }
      this.source = undefined;
      this.loaded = [];
    }
    return this.lists;
  }

  private load(field: number, id: number): void {
    const loaded = this.loaded[field];
    if (!this.source || !loaded || id >= loaded.length || loaded[id] === 1) return;
    loaded[id] = 1;
    const { offsets, slots } = this.source[field]!;
    const from = offsets[id]!;
    const n = offsets[id + 1]! - from;
    // A copy, not a view: a list grows in place later (and packed lists may be 16-bit).
    this.lists[field]![id] =
      n === 0 ? undefined : n === 1 ? slots[from] : new SlotList(new Int32Array(slots.subarray(from, from + n)), n);
  }

  private intern(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.pending.set(term, id);
    if (id >= this.digits.length) {
      const grown = new Uint8Array(this.digits.length * 2);
      grown.set(this.digits);
      this.digits = grown;
    }
    for (let field = 0; field < this.fieldCount; field++) {
      const heads = this.heads[field]!;
      if (id < heads.length) continue;
      const grown = new Int32Array(heads.length * 2).fill(-1);
      grown.set(heads);
      this.heads[field] = grown;
    }
    this.digits[id] = /\d/.test(term) ? 1 : 2;
    return id;
  }

  /** First position in the sorted order whose term is >= value. */
  private lowerBound(value: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[this.sorted[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
