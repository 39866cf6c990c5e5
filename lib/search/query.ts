import type { Mood } from '../db/schema';
import type { TermDictionary } from './dictionary';
import { moodMask, recency } from './documents';
import { fuzzyTerms, FUZZY_MIN, prefixQuality, prefixTerms } from './expand';
import { fold, tokenize } from './fold';
import { contains, type List, listLength, type SlotList, slotAt } from './postings';
import { EXACT_SHORTCUT_BONUS, languageBoost } from './rank';
import { Scratch } from './scratch';
import { type IndexState, lowerBound } from './state';
import { TopK } from './topk';

// One search. A single word (most keystrokes) is answered by scanning posting lists in
// tiers of falling best score (exact, prefix, inner part of a compound, typo), each list in
// order of falling static key, and stopping a list, a tier, or the rest as soon as the
// bound "match weight × best possible boost" can no longer beat the k-th hit. Several
// words are summed per document in typed arrays, and only candidates whose bound still
// beats the k-th hit get their boost computed.

export interface QueryOptions {
  language?: 'de' | 'en';
  moods?: readonly Mood[];
  now?: number;
  limit?: number;
  /** Only these shelves (default: all). */
  shelves?: readonly string[];
  /** For tests: score every candidate, no bounds (the reference the bounds must match). */
  exhaustive?: boolean;
}

/** Field numbers in hits: 0 shortcut, 1 title, 2 tags, 3 body, 4 none. */
export const HIT_FIELD = { shortcut: 0, title: 1, tags: 2, body: 3, none: 4 } as const;
const META_WEIGHT = [5, 3, 2];
const META_FIELD = [HIT_FIELD.shortcut, HIT_FIELD.title, HIT_FIELD.tags];
const INFIX_WEIGHT = [3, 2];
const INFIX_FIELD = [HIT_FIELD.title, HIT_FIELD.tags];
const SHORTCUT_WEIGHT = 5;
const BODY_MIN = 3;
const INFIX_MIN = 4;
/** A whole-shortcut prefix wider than this adds nothing the shortcut's words don't already match. */
const SHORTCUT_PREFIX_MAX = 200;
const FUZZY_QUALITY = [0, 0.45, 0.35];
const LANGUAGES = ['de', 'en', 'any'] as const;

const infixQuality = (typed: number, term: number) => (typed === term ? 0.7 : 0.35 + 0.3 * (typed / term));

export class Query {
  readonly top: TopK;
  private readonly lang = new Float64Array(3);
  private readonly moods: number;
  private readonly now: number | undefined;
  /** The best language × mood × (clock) factor any document can get. */
  private readonly dyn: number;
  private readonly shelfOk = new Uint8Array(256);
  private readonly exhaustive: boolean;
  /** Whether the k-th hit is known and bounds may skip work. */
  private get pruning(): boolean {
    return this.top.full && !this.exhaustive;
  }

  constructor(
    private readonly s: IndexState,
    options: QueryOptions,
    private readonly scratch: Scratch,
  ) {
    this.top = new TopK(options.limit ?? 20);
    LANGUAGES.forEach((l, i) => (this.lang[i] = languageBoost(l, options.language)));
    this.moods = moodMask(options.moods);
    this.now = options.now;
    this.exhaustive = options.exhaustive ?? false;
    const late = this.now !== undefined && this.now < s.docs.keyTime ? 1.3 : 1;
    this.dyn = (options.language ? 1.3 : 1) * (this.moods ? 1.4 : 1) * late;
    s.docs.shelves.forEach((name, i) => (this.shelfOk[i] = !options.shelves || options.shelves.includes(name) ? 1 : 0));
  }

  run(query: string): void {
    const words = tokenize(query);
    const whole = fold(query.trim());
    if (whole === '') this.everything();
    else if (words.length <= 1) this.oneWord(words[0] ?? '', whole);
    else this.severalWords(words, whole);
  }

  private boost(slot: number): number {
    const d = this.s.docs;
    return (
      this.lang[d.lang[slot]!]! *
      (d.moods[slot]! & this.moods ? 1.4 : 1) *
      d.freq[slot]! *
      recency(d.used[slot]!, this.now)
    );
  }

  private usable(slot: number): boolean {
    const d = this.s.docs;
    return d.alive[slot] === 1 && this.shelfOk[d.shelf[slot]!] === 1;
  }

  /** Whether nothing scoring at most `weight` × boost can enter the top any more. */
  private hopeless(weight: number): boolean {
    return this.pruning && weight * this.dyn * this.s.docs.maxKey <= this.top.threshold;
  }

  private everything(): void {
    const d = this.s.docs;
    for (let slot = 0; slot < d.length; slot++) {
      if (this.pruning && this.dyn * d.keys[slot]! <= this.top.threshold) continue;
      if (this.usable(slot)) this.top.offer(this.boost(slot), slot, HIT_FIELD.none);
    }
  }

  private scan(list: List, weight: number, field: number, bonus = 0): void {
    if (list === undefined) return;
    const keys = this.s.docs.keys;
    const n = listLength(list);
    for (let i = 0; i < n; i++) {
      const slot = slotAt(list, i);
      if (this.pruning && bonus + weight * this.dyn * keys[slot]! <= this.top.threshold) return;
      if (this.usable(slot)) this.top.offer(bonus + weight * this.boost(slot), slot, field);
    }
  }

  private oneWord(word: string, whole: string): void {
    const { meta, body, infix } = this.s;
    const shortcuts = this.s.sortedShortcuts();
    const useBody = word.length >= BODY_MIN;
    // Exact shortcut: above everything.
    this.shortcutRange(shortcuts, `${whole}\u0000`, `${whole}\u0001`, (slot) =>
      this.scan(slot, SHORTCUT_WEIGHT, HIT_FIELD.shortcut, EXACT_SHORTCUT_BONUS),
    );
    if (word === '') return;
    const exactMeta = meta.find(word);
    if (exactMeta >= 0) for (let f = 0; f < 3; f++) this.scan(meta.list(f, exactMeta), META_WEIGHT[f]!, META_FIELD[f]!);
    if (useBody) this.scan(body.list(0, body.find(word)), 1, HIT_FIELD.body);

    if (this.hopeless(SHORTCUT_WEIGHT * prefixQuality(word.length, word.length + 1))) return;
    this.prefixes(meta, word, META_WEIGHT, META_FIELD);
    if (useBody) this.prefixes(body, word, [1], [HIT_FIELD.body]);
    const from = lowerBound(shortcuts, whole);
    const to = lowerBound(shortcuts, `${whole}\uffff`);
    if (to - from <= SHORTCUT_PREFIX_MAX) {
      this.shortcutRange(shortcuts, whole, `${whole}\uffff`, (slot, length) =>
        this.scan(slot, SHORTCUT_WEIGHT * prefixQuality(whole.length, length), HIT_FIELD.shortcut),
      );
    }

    if (word.length >= INFIX_MIN && !this.hopeless(INFIX_WEIGHT[0]! * infixQuality(1, 1))) {
      const { from: a, to: b, ids } = infix.range(word);
      for (let i = a; i < b; i++) {
        const id = ids[i]!;
        const q = infixQuality(word.length, infix.terms[id]!.length);
        for (let f = 0; f < 2; f++) this.scan(infix.list(f, id), INFIX_WEIGHT[f]! * q, INFIX_FIELD[f]!);
      }
    }
    if (word.length >= FUZZY_MIN && !this.hopeless(SHORTCUT_WEIGHT * FUZZY_QUALITY[1]!)) {
      this.typos(meta, word, false, META_WEIGHT, META_FIELD);
      if (useBody && !this.hopeless(FUZZY_QUALITY[1]!)) this.typos(body, word, false, [1], [HIT_FIELD.body]);
    }
  }

  private prefixes(dict: TermDictionary, word: string, weights: number[], fields: number[]): void {
    const terms = prefixTerms(dict, this.s.version, word, weights, this.s.docs.keys, this.s.docs.alive);
    for (let i = 0; i < terms.count; i++) {
      if (this.pruning && terms.bound(i) * this.dyn <= this.top.threshold) return;
      const id = terms.id(i);
      const q = prefixQuality(word.length, dict.terms[id]!.length);
      for (let f = 0; f < weights.length; f++) this.scan(dict.list(f, id), weights[f]! * q, fields[f]!);
    }
  }

  private typos(dict: TermDictionary, word: string, whole: boolean, weights: number[], fields: number[]): void {
    const { ids, edits } = fuzzyTerms(dict, this.s.version, word, whole);
    for (let i = 0; i < ids.length; i++) {
      const q = FUZZY_QUALITY[edits[i]!]!;
      for (let f = 0; f < weights.length; f++) this.scan(dict.list(f, ids[i]!), weights[f]! * q, fields[f]!);
    }
  }

  private shortcutRange(
    shortcuts: string[],
    lo: string,
    hi: string,
    each: (slot: number, length: number) => void,
  ): void {
    const to = lowerBound(shortcuts, hi);
    for (let i = lowerBound(shortcuts, lo); i < to; i++) {
      const key = shortcuts[i]!;
      const cut = key.lastIndexOf('\u0000');
      each(Number(key.slice(cut + 1)), cut);
    }
  }

  private severalWords(words: string[], whole: string): void {
    const sources = words.map((word, w) => this.sourcesOf(word, w === words.length - 1));
    if (!this.fromTitles(sources, whole)) this.fromAll(sources, whole, words.length);
  }

  /**
   * Most several-word searches are decided by the short fields: documents are gathered from
   * the shortcut, title and tag lists only, and each one's body is probed for the words its
   * short fields lack. That is the whole answer when even a document matching every word
   * in the body at the best boost could not beat the k-th hit.
   */
  private fromTitles(sources: Source[][], whole: string): boolean {
    const sc = this.scratch;
    const keys = this.s.docs.keys;
    if (this.exhaustive) return false;
    const bodies = sources.map((list) => list.filter((src) => src.body));
    if (bodies.some((list) => list.length > PROBE_MAX)) return false;
    const bodyMax = bodies.reduce((sum, list) => sum + list.reduce((m, src) => Math.max(m, src.weight), 0), 0);
    if (bodyMax === 0) return false;
    for (const list of sources) for (const src of list) src.pos = 0;
    sc.begin(this.s.docs.length, sources.length);
    // A document matching the whole query as a shortcut may have any key: it waits for the
    // round that reaches its key, when its own lists have been read.
    const early = this.wholeShortcut(whole);
    const waiting = new Set(early);
    let maxSum = sources.reduce((sum, list) => sum + list.reduce((m, src) => Math.max(m, src.weight), 0), 0);
    if (early.length > 0) maxSum += SHORTCUT_WEIGHT;
    const probeAndEvaluate = (slot: number) => {
      bodies.forEach((list, w) => {
        if (sc.seen[slot]! & (1 << w)) return;
        let best = 0;
        for (const src of list) if (src.weight > best && contains(src.list, slot, keys)) best = src.weight;
        if (best > 0) sc.late(slot, w, best, 1 << HIT_FIELD.body);
      });
      this.evaluate(slot, sources.length);
    };
    // Rounds of falling static key, as in fromAll: after the round down to key K, every
    // document with a key >= K has met all its short-field lists, so its bodies can be probed
    // and its score is final; one not met yet scores at most maxSum × dyn × K.
    let done = 0;
    for (const cutoff of cutoffs(this.s)) {
      sources.forEach((list, w) => {
        const gen = sc.beginWord(w);
        for (const src of list) if (!src.body) this.gather(src, gen, cutoff);
        sc.endWord();
      });
      for (; done < sc.candidates.length; done++) {
        const slot = sc.candidates[done]!;
        if (!waiting.has(slot)) probeAndEvaluate(slot);
      }
      for (const slot of waiting) {
        if (keys[slot]! < cutoff) continue;
        waiting.delete(slot);
        probeAndEvaluate(slot);
      }
      if (this.pruning && maxSum * this.dyn * cutoff <= this.top.threshold) break;
    }
    // An exact shortcut is above everything, whatever its key.
    for (const slot of waiting) if (sc.isExact(slot)) probeAndEvaluate(slot);
    return this.pruning && bodyMax * this.dyn * this.s.docs.maxKey <= this.top.threshold;
  }

  private gather(src: Source, gen: number, cutoff: number): void {
    const keys = this.s.docs.keys;
    const n = listLength(src.list);
    let i = src.pos;
    for (; i < n; i++) {
      const slot = slotAt(src.list, i);
      if (keys[slot]! < cutoff) break;
      if (this.usable(slot)) this.scratch.match(slot, src.weight, src.bit, gen);
    }
    src.pos = i;
  }

  /** The whole query as a shortcut ("gr-hund") matches every word at once; returns the slots. */
  private wholeShortcut(whole: string): number[] {
    const sc = this.scratch;
    const shortcuts = this.s.sortedShortcuts();
    const wide = lowerBound(shortcuts, `${whole}\uffff`) - lowerBound(shortcuts, whole) > SHORTCUT_PREFIX_MAX;
    const found: number[] = [];
    this.shortcutRange(
      shortcuts,
      wide ? `${whole}\u0000` : whole,
      wide ? `${whole}\u0001` : `${whole}\uffff`,
      (slot, length) => {
        if (!this.usable(slot)) return;
        const exact = length === whole.length;
        sc.shortcut(slot, exact, SHORTCUT_WEIGHT * (exact ? 1 : prefixQuality(whole.length, length)));
        found.push(slot);
      },
    );
    return found;
  }

  private fromAll(sources: Source[][], whole: string, wordCount: number): void {
    const sc = this.scratch;
    const keys = this.s.docs.keys;
    for (const list of sources) for (const src of list) src.pos = 0;
    sc.begin(this.s.docs.length, wordCount);
    let maxSum = sources.reduce((sum, list) => sum + list.reduce((m, src) => Math.max(m, src.weight), 0), 0);
    const early = this.wholeShortcut(whole);
    if (early.length > 0) maxSum += SHORTCUT_WEIGHT;
    // Rounds of falling static key: after the round down to key K, every document with a
    // key >= K has met all its lists, so its score is final, and no document not yet met
    // can score more than maxSum × dyn × K.
    let evaluated = sc.candidates.length;
    for (const cutoff of cutoffs(this.s)) {
      sources.forEach((list, w) => {
        const gen = sc.beginWord(w);
        for (const src of list) this.gather(src, gen, cutoff);
        sc.endWord();
      });
      for (; evaluated < sc.candidates.length; evaluated++) this.evaluate(sc.candidates[evaluated]!, wordCount);
      let kept = 0;
      for (const slot of early) {
        if (keys[slot]! >= cutoff) this.evaluate(slot, wordCount);
        else early[kept++] = slot;
      }
      early.length = kept;
      if (this.pruning && maxSum * this.dyn * cutoff <= this.top.threshold) return;
    }
    for (const slot of early) this.evaluate(slot, wordCount);
    // No snippet has every word: show the best partial matches.
    if (!sc.anyComplete()) for (const slot of sc.candidates) this.evaluate(slot, 1);
  }

  private evaluate(slot: number, needed: number): void {
    const sc = this.scratch;
    const count = sc.count[slot]!;
    if (count < needed) return;
    const relevance = sc.total[slot]! * (Math.min(count, sc.wordCount) / sc.wordCount);
    const bonus = sc.isExact(slot) ? EXACT_SHORTCUT_BONUS : 0;
    if (this.pruning && bonus + relevance * this.dyn * this.s.docs.keys[slot]! <= this.top.threshold) return;
    this.top.offer(bonus + relevance * this.boost(slot), slot, bestField(sc.fields[slot]!));
  }

  /** The posting lists a word of a several-word query draws on, with their weights. */
  private sourcesOf(word: string, last: boolean): Source[] {
    const { meta, body, infix } = this.s;
    const out: Source[] = [];
    const push = (list: List, weight: number, field: number) => {
      if (list !== undefined) out.push({ list, weight, bit: 1 << field, pos: 0, body: field === HIT_FIELD.body });
    };
    const exact = meta.find(word);
    if (exact >= 0) for (let f = 0; f < 3; f++) push(meta.list(f, exact), META_WEIGHT[f]!, META_FIELD[f]!);
    if (word.length >= BODY_MIN || !last) push(body.list(0, body.find(word)), 1, HIT_FIELD.body);
    // A finished word that is a word of the library is taken as typed.
    if (last || out.length === 0) {
      for (const [dict, weights, fields] of [
        [meta, META_WEIGHT, META_FIELD],
        ...(word.length >= BODY_MIN ? [[body, [1], [HIT_FIELD.body]] as const] : []),
      ] as const) {
        const terms = prefixTerms(dict, this.s.version, word, weights, this.s.docs.keys, this.s.docs.alive);
        // After a finished word, one or two letters narrow it down by their best words only.
        const wanted = word.length <= 2 ? Math.min(terms.count, SHORT_PREFIX_TERMS) : terms.count;
        for (let t = 0; t < wanted; t++) {
          const id = terms.id(t);
          const q = prefixQuality(word.length, dict.terms[id]!.length);
          for (let f = 0; f < weights.length; f++) push(dict.list(f, id), weights[f]! * q, fields[f]!);
        }
      }
    }
    // Inner parts and typos only for a word nothing else matched: they are weak evidence.
    if (out.length === 0 && word.length >= INFIX_MIN) {
      const { from, to, ids } = infix.range(word);
      for (let i = from; i < to; i++) {
        const q = infixQuality(word.length, infix.terms[ids[i]!]!.length);
        for (let f = 0; f < 2; f++) push(infix.list(f, ids[i]!), INFIX_WEIGHT[f]! * q, INFIX_FIELD[f]!);
      }
    }
    if (out.length === 0 && word.length >= FUZZY_MIN) {
      for (const [dict, weights, fields] of [
        [meta, META_WEIGHT, META_FIELD],
        ...(word.length >= BODY_MIN || !last ? [[body, [1], [HIT_FIELD.body]] as const] : []),
      ] as const) {
        const { ids, edits } = fuzzyTerms(dict, this.s.version, word, !last);
        for (let i = 0; i < ids.length; i++) {
          for (let f = 0; f < weights.length; f++) {
            push(dict.list(f, ids[i]!), weights[f]! * FUZZY_QUALITY[edits[i]!]!, fields[f]!);
          }
        }
      }
    }
    return out;
  }
}

interface Source {
  list: number | SlotList;
  weight: number;
  bit: number;
  /** How far the rounds have read this list. */
  pos: number;
  body: boolean;
}

/** How many of a one- or two-letter last word's prefix terms a several-word query uses. */
const SHORT_PREFIX_TERMS = 48;
/** A word with more body lists than this (a short prefix) is gathered, not probed. */
const PROBE_MAX = 8;

const ROUND_SHARES = [1 / 64, 1 / 16, 1 / 4];
const cutoffCache = new WeakMap<object, { length: number; cutoffs: number[] }>();

/** Static-key cutoffs for the rounds: the top 1/64, 1/16, 1/4 of documents, then all. */
function cutoffs(s: IndexState): number[] {
  const docs = s.docs;
  const cached = cutoffCache.get(docs);
  // Stale cutoffs only change how much each round reads, never the result.
  if (cached && Math.abs(cached.length - docs.length) <= Math.max(1000, docs.length / 10)) return cached.cutoffs;
  const sorted = docs.keys.slice(0, docs.length).sort().reverse();
  const out = ROUND_SHARES.map((share) => sorted[Math.floor(share * sorted.length)] ?? 0);
  out.push(Number.NEGATIVE_INFINITY);
  cutoffCache.set(docs, { length: docs.length, cutoffs: out });
  return out;
}

function bestField(mask: number): number {
  for (let f = 0; f < 4; f++) if (mask & (1 << f)) return f;
  return HIT_FIELD.body;
}
