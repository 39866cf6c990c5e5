import { isNegator } from './modifiers';
import { stem } from './stem';
import type { Token } from './text';
import type { Span, ToneLanguage } from './types';

// Features of the learned tone model (model.ts), hashed into a fixed number of buckets so the
// model is a flat weight table and needs no vocabulary. One pass over the tokens and the gaps
// between them (which hold punctuation, emoticons and emoji): stemmed words and word pairs,
// character 3–5-grams within words (they carry compounds, inflections and typos the stemmer
// misses: "Zugverspätungen", "enttäuschtt"), negation-scoped words, symbols and shouting.
// The same function feeds training (tests/eval/train-tone.ts) and the panel.

export const BUCKET_BITS = 14;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/** FNV-1a over a string, 32 bits. */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const mix = (a: number, b: number) => Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0;

interface WordFeatures {
  /** Hash of the stem, used for pairs. */
  key: number;
  plain: number[];
  negated: number[];
}

// A word's own features depend only on the word: computed once, like its stem.
const MAX_CACHE = 50_000;
const CACHE: Record<ToneLanguage, Map<string, WordFeatures>> = { de: new Map(), en: new Map() };

function wordFeatures(t: Token, lang: ToneLanguage): WordFeatures {
  const cache = CACHE[lang];
  let f = cache.get(t.lower);
  if (f !== undefined) return f;
  const s = stem(t.lower, lang);
  const key = fnv(s);
  const grams: number[] = [];
  const padded = `<${t.norm}>`;
  for (let n = 3; n <= 5; n++)
    for (let i = 0; i + n <= padded.length; i++) grams.push(fnv(padded.slice(i, i + n), 0x2f3a1c4d) & MASK);
  // A negated word keeps none of its own n-grams: "nicht zufrieden" must not read as "zufrieden".
  f = { key, plain: [key & MASK, ...grams], negated: [fnv(s, 0x6b2d9e11) & MASK] };
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(t.lower, f);
  return f;
}

const CLAUSE_END = /[.!?;:,\n]/;
const SYMBOL = /[^\s\p{L}\p{N}]{2,}|\p{Extended_Pictographic}/gu;
const CONTRAST = new Set(['aber', 'but', 'jedoch', 'however', 'sondern', 'doch']);
const NEGATION_SCOPE = 3;
const EXCLAIM = fnv('!!', 0x1234567) & MASK;
const QUESTION = fnv('?', 0x1234567) & MASK;
const CAPS = fnv('CAPS', 0x1234567) & MASK;
const BIAS_PAIR = 0x51ed270b;

/**
 * A text's hashed features. `words[i]` are token i's own features (a cached array shared by
 * every occurrence of the word, so a model can cache its sum); `ids` are the others (word
 * pairs, symbols, punctuation), and `owner[j]` says where `ids[j]` comes from: a token index,
 * `tokens.length + k` for the k-th of `symbols`, or -1 for punctuation (never evidence).
 */
export interface Features {
  words: ReadonlyArray<readonly number[]>;
  ids: number[];
  owner: number[];
  symbols: Span[];
  /** All features, counted with repeats. */
  count: number;
}

function push(out: Features, id: number, owner: number): void {
  out.ids.push(id);
  out.owner.push(owner);
}

/** Every feature id with its owner, flat (training and evidence; the panel's prediction does not need it). */
export function flatten(f: Features): { ids: number[]; owner: number[] } {
  const ids: number[] = [];
  const owner: number[] = [];
  f.words.forEach((group, i) => {
    for (const id of group) {
      ids.push(id);
      owner.push(i);
    }
  });
  return { ids: [...ids, ...f.ids], owner: [...owner, ...f.owner] };
}

function symbols(gap: string, offset: number, tokenCount: number, out: Features): void {
  if (gap.includes('!')) push(out, EXCLAIM, -1);
  if (gap.includes('?')) push(out, QUESTION, -1);
  if (gap.length < 2) return;
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(gap); m !== null; m = SYMBOL.exec(gap)) {
    push(out, fnv(m[0], 0x7e1f00d5) & MASK, tokenCount + out.symbols.length);
    out.symbols.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
}

/** The hashed features of a (masked) text and its tokens. */
export function hashFeatures(text: string, tokens: readonly Token[], lang: ToneLanguage): Features {
  const words: Array<readonly number[]> = [];
  const out: Features = { words, ids: [], owner: [], symbols: [], count: 0 };
  let prevKey = BIAS_PAIR;
  let negation = 0;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = text.slice(prevEnd, t.start);
    if (gap.length > 0) {
      symbols(gap, prevEnd, tokens.length, out);
      if (CLAUSE_END.test(gap)) {
        prevKey = BIAS_PAIR;
        negation = 0;
      }
    }
    if (CONTRAST.has(t.norm)) negation = 0;
    const f = wordFeatures(t, lang);
    words.push(negation > 0 ? f.negated : f.plain);
    push(out, mix(prevKey, f.key) & MASK, i);
    if (t.raw.length >= 3 && t.raw === t.raw.toUpperCase() && t.raw !== t.lower) push(out, CAPS, i);
    prevKey = f.key;
    if (negation > 0) negation--;
    if (isNegator(t.norm, lang)) negation = NEGATION_SCOPE;
    prevEnd = t.end;
  }
  const tail = text.slice(prevEnd);
  if (tail.trim().length > 0) symbols(tail, prevEnd, tokens.length, out);
  out.count = out.ids.length + words.reduce((n, w) => n + w.length, 0);
  return out;
}
