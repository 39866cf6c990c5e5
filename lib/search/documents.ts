import { MOODS, type Mood, type Snippet } from '../db/schema';
import { frequencyBoost } from './rank';

// Per-document facts the ranking needs, in typed arrays indexed by slot: no object per
// snippet and nothing kept for removal. A removed or replaced snippet's slot is only
// marked dead; the posting lists drop dead slots when enough have piled up.

const LANGUAGES = ['de', 'en', 'any'] as const;
const WEEK_MS = 7 * 86_400_000;
const NONE = -1;

export function moodMask(moods: readonly Mood[] | undefined): number {
  let mask = 0;
  for (const mood of moods ?? []) mask |= 1 << MOODS.indexOf(mood);
  return mask;
}

/** ×1.3 just used, halving every week; ×1 when never used or without a clock. */
export function recency(lastUsedAt: number, now: number | undefined): number {
  if (lastUsedAt === NONE || now === undefined) return 1;
  return 1 + 0.3 * 0.5 ** (Math.max(0, now - lastUsedAt) / WEEK_MS);
}

export interface PackedDocs {
  ids: string;
  shelves: string[];
  keyTime: number;
  columns: {
    alive: Uint8Array;
    lang: Uint8Array;
    moods: Uint16Array;
    shelf: Uint8Array;
    freq: Float64Array;
    used: Float64Array;
    keys: Float64Array;
  };
}

export class DocTable {
  ids: (string | undefined)[] = [];
  readonly slotOf = new Map<string, number>();
  readonly shelves: string[] = [];
  alive = new Uint8Array(0);
  lang = new Uint8Array(0);
  moods = new Uint16Array(0);
  shelf = new Uint8Array(0);
  freq = new Float64Array(0);
  used = new Float64Array(0);
  /**
   * An upper bound of each document's boost that doesn't depend on the query: frequency ×
   * recency as of `keyTime`. Recency only falls as time goes on, so for any later `now` the
   * real boost is at most key × (the best language and mood factors).
   */
  keys = new Float64Array(0);
  maxKey = 0;
  dead = 0;

  constructor(public keyTime = 0) {}

  get length(): number {
    return this.ids.length;
  }

  /** The key a snippet would get, for ordering a bulk build. */
  keyOf(s: Snippet): number {
    return frequencyBoost(s.useCount) * recency(s.lastUsedAt ?? NONE, this.keyTime);
  }

  /** Appends a live document and returns its slot. */
  push(s: Snippet, shelf: string): number {
    const slot = this.ids.length;
    if (slot >= this.keys.length) this.grow(Math.max(64, slot * 2));
    this.ids.push(s.id);
    this.slotOf.set(s.id, slot);
    let shelfNo = this.shelves.indexOf(shelf);
    if (shelfNo < 0) shelfNo = this.shelves.push(shelf) - 1;
    this.alive[slot] = 1;
    this.lang[slot] = LANGUAGES.indexOf(s.language);
    this.moods[slot] = moodMask(s.moods);
    this.shelf[slot] = shelfNo;
    this.freq[slot] = frequencyBoost(s.useCount);
    this.used[slot] = s.lastUsedAt ?? NONE;
    const key = this.keyOf(s);
    this.keys[slot] = key;
    if (key > this.maxKey) this.maxKey = key;
    return slot;
  }

  kill(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.ids[slot] = undefined;
    this.dead++;
    return true;
  }

  pack(): PackedDocs {
    const n = this.ids.length;
    return {
      ids: this.ids.map((id) => id ?? '').join('\n'),
      shelves: [...this.shelves],
      keyTime: this.keyTime,
      columns: {
        alive: this.alive.slice(0, n),
        lang: this.lang.slice(0, n),
        moods: this.moods.slice(0, n),
        shelf: this.shelf.slice(0, n),
        freq: this.freq.slice(0, n),
        used: this.used.slice(0, n),
        keys: this.keys.slice(0, n),
      },
    };
  }

  static unpack(packed: PackedDocs): DocTable {
    const table = new DocTable(packed.keyTime);
    const ids = packed.ids === '' ? [] : packed.ids.split('\n');
    const c = packed.columns;
    table.grow(Math.max(64, ids.length));
    table.alive.set(c.alive);
    table.lang.set(c.lang);
    table.moods.set(c.moods);
    table.shelf.set(c.shelf);
    table.freq.set(c.freq);
    table.used.set(c.used);
    table.keys.set(c.keys);
    table.shelves.push(...packed.shelves);
    ids.forEach((id, slot) => {
      if (c.alive[slot]) {
        table.ids.push(id);
        table.slotOf.set(id, slot);
        if ((c.keys[slot] ?? 0) > table.maxKey) table.maxKey = c.keys[slot] ?? 0;
      } else {
        table.ids.push(undefined);
        table.dead++;
      }
    });
    return table;
  }

  /** The live documents only, slot s moved to renumber[s] (order kept). */
  compacted(renumber: Int32Array, live: number): DocTable {
    const table = new DocTable(this.keyTime);
    table.grow(Math.max(64, live));
    table.shelves.push(...this.shelves);
    table.maxKey = this.maxKey;
    for (let slot = 0; slot < this.ids.length; slot++) {
      const to = renumber[slot] ?? -1;
      const id = this.ids[slot];
      if (to < 0 || id === undefined) continue;
      table.ids[to] = id;
      table.slotOf.set(id, to);
      table.alive[to] = 1;
      table.lang[to] = this.lang[slot]!;
      table.moods[to] = this.moods[slot]!;
      table.shelf[to] = this.shelf[slot]!;
      table.freq[to] = this.freq[slot]!;
      table.used[to] = this.used[slot]!;
      table.keys[to] = this.keys[slot]!;
    }
    return table;
  }

  private grow(capacity: number): void {
    const grow = <T extends Uint8Array | Uint16Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.alive = grow(this.alive, (n) => new Uint8Array(n));
    this.lang = grow(this.lang, (n) => new Uint8Array(n));
    this.moods = grow(this.moods, (n) => new Uint16Array(n));
    this.shelf = grow(this.shelf, (n) => new Uint8Array(n));
    this.freq = grow(this.freq, (n) => new Float64Array(n));
    this.used = grow(this.used, (n) => new Float64Array(n));
    this.keys = grow(this.keys, (n) => new Float64Array(n));
  }
}
