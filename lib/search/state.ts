import type { Snippet } from '../db/schema';
import { TermDictionary } from './dictionary';
import { DocTable } from './documents';
import { fold, searchableBody, tokenize } from './fold';
import { compact } from './postings';

// What the index holds: documents, three dictionaries (short fields, body, the inner parts
// of long title and tag words) and the sorted whole shortcuts. Adding a snippet appends a
// slot; removing one marks the slot dead; `compact` renumbers the live slots in order.

export const META = { shortcut: 0, title: 1, tags: 2 } as const;
export const INFIX = { title: 0, tags: 1 } as const;
/** Words this long also index their inner parts, so "erstattung" finds "Rückerstattung". */
const INFIX_WORD_MIN = 7;
const INFIX_HEAD_MIN = 3;
const INFIX_MIN = 4;

export class IndexState {
  meta = new TermDictionary(3);
  body = new TermDictionary(1);
  infix = new TermDictionary(2);
  /** "folded shortcut\u0000slot", sorted. */
  shortcuts: string[] = [];
  private shortcutsSorted = true;
  /** Bumped on every change, so cached expansions know when they are stale. */
  version = 0;

  constructor(public docs = new DocTable()) {}

  /** `bulk`: many adds follow before the next search, so sorting waits until then. */
  add(snippet: Snippet, shelf: string, bulk = false): void {
    this.docs.kill(snippet.id);
    const slot = this.docs.push(snippet, shelf);
    const keys = this.docs.keys;
    if (snippet.shortcut) {
      for (const t of tokenize(snippet.shortcut)) this.meta.add(META.shortcut, t, slot, keys);
      const key = `${fold(snippet.shortcut.trim())}\u0000${slot}`;
      if (bulk || !this.shortcutsSorted) {
        this.shortcuts.push(key);
        this.shortcutsSorted = false;
      } else this.shortcuts.splice(lowerBound(this.shortcuts, key), 0, key);
    }
    for (const t of tokenize(snippet.title)) {
      this.meta.add(META.title, t, slot, keys);
      this.addInfixes(INFIX.title, t, slot, keys);
    }
    for (const tag of snippet.tags) {
      for (const t of tokenize(tag)) {
        this.meta.add(META.tags, t, slot, keys);
        this.addInfixes(INFIX.tags, t, slot, keys);
      }
    }
    for (const t of tokenize(searchableBody(snippet.body, snippet.format))) this.body.add(0, t, slot, keys);
    this.version++;
  }

  remove(id: string): void {
    if (this.docs.kill(id)) this.version++;
  }

  /** Sorted whole shortcuts; one insertion is sorted in, a bulk build sorts once. */
  sortedShortcuts(): string[] {
    if (!this.shortcutsSorted) {
      this.shortcuts.sort();
      this.shortcutsSorted = true;
    }
    return this.shortcuts;
  }

  /** Whether enough slots are dead that `compact` pays for itself. */
  get needsCompaction(): boolean {
    return this.docs.dead > 256 && this.docs.dead * 4 > this.docs.slotOf.size;
  }

  /** Drops dead slots from every list and renumbers the live ones, keeping their order. */
  compact(): void {
    const { docs } = this;
    const renumber = new Int32Array(docs.length);
    let next = 0;
    for (let slot = 0; slot < docs.length; slot++) renumber[slot] = docs.alive[slot] ? next++ : -1;
    for (const dict of [this.meta, this.body, this.infix]) {
      dict.forgetHeads();
      for (const lists of dict.allLists()) {
        for (let id = 0; id < lists.length; id++) {
          const list = compact(lists[id], docs.alive);
          if (typeof list === 'number') lists[id] = renumber[list];
          else if (list) {
            for (let i = 0; i < list.length; i++) list.slots[i] = renumber[list.slots[i]!]!;
            lists[id] = list;
          } else lists[id] = undefined;
        }
      }
    }
    this.shortcuts = this.sortedShortcuts().flatMap((key) => {
      const cut = key.lastIndexOf('\u0000');
      const slot = renumber[Number(key.slice(cut + 1))] ?? -1;
      return slot < 0 ? [] : [`${key.slice(0, cut)}\u0000${slot}`];
    });
    this.shortcutsSorted = false;
    this.docs = docs.compacted(renumber, next);
    this.version++;
  }

  private addInfixes(field: number, word: string, slot: number, keys: Float64Array): void {
    if (word.length < INFIX_WORD_MIN) return;
    for (let i = INFIX_HEAD_MIN; i <= word.length - INFIX_MIN; i++) this.infix.add(field, word.slice(i), slot, keys);
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
