import { foldWord, type Token } from './text';

// A compiled token matcher (issues #14 and #20). Rules are written as shapes over words, not
// as regular expressions: "hätten Sie ..6 gelesen|beachtet" is one pattern for every noun
// phrase in between. All patterns of a table are indexed by their first word (a hash of exact
// words and of three-letter beginnings), so one pass over the tokens finds every match; only
// the few patterns that begin with a suffix ("*anleitung") are tried at every token.
//
// Steps, separated by spaces:
//   word     the folded token equals it ("hätten" also matches "haetten")
//   word*    the token begins with it          *word   the token ends with it
//   *word*   the token contains it             =Sie    the token as typed (case matters)
//   a|b*     any of these                      ?step   optional
//   a_b      the words a and b in a row, as one alternative ("keine_eile|in_ruhe")
//   ..N      up to N other words in between   ^ (first)  the first word of a sentence or clause
// A match never leaves its sentence (. ! ? or a line break).

type Alt = { kind: 'eq' | 'pre' | 'suf' | 'has' | 'raw'; s: string };
/** One alternative of a step: one word, or several in a row ("keine_eile"). */
type Words = Alt[];
/** Single exact words sit in a hash; prefixes, suffixes and words in a row are tried in turn. */
type Tok = { kind: 'tok'; alts: Words[]; eq: ReadonlySet<string>; rest: Words[]; optional: boolean };
type Step = Tok | { kind: 'gap'; max: number };

export interface MatchToken extends Token {
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** First word of its sentence, or of a clause after a comma, semicolon or colon. */
  opens: boolean;
}

export interface TokenMatch<T> {
  tag: T;
  /** Indexes of the first and last matched tokens. */
  first: number;
  last: number;
}

interface Compiled<T> {
  tag: T;
  steps: Step[];
  anchored: boolean;
  id: number;
}

function alt(spec: string): Alt {
  if (spec.startsWith('=')) return { kind: 'raw', s: spec.slice(1) };
  const pre = spec.endsWith('*');
  const suf = spec.startsWith('*');
  const s = foldWord(spec.replace(/^\*|\*$/g, ''));
  return { kind: pre && suf ? 'has' : pre ? 'pre' : suf ? 'suf' : 'eq', s };
}

function parse(pattern: string): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((part): Step => {
      const gap = /^\.\.(\d+)$/.exec(part);
      if (gap) return { kind: 'gap', max: Number(gap[1]) };
      const optional = part.startsWith('?');
      const alts = (optional ? part.slice(1) : part).split('|').map((a) => a.split('_').map(alt));
      const single = (w: Words) => w.length === 1 && w[0]!.kind === 'eq';
      const eq = new Set(alts.filter(single).map((w) => w[0]!.s));
      return { kind: 'tok', optional, alts, eq, rest: alts.filter((w) => !single(w)) };
    });
}

function accepts(a: Alt, t: Token): boolean {
  switch (a.kind) {
    case 'eq':
      return t.norm === a.s;
    case 'pre':
      return t.norm.startsWith(a.s);
    case 'suf':
      return t.norm.endsWith(a.s);
    case 'has':
      return t.norm.includes(a.s);
    case 'raw':
      return t.raw === a.s;
  }
}

const KEY = 3;
const END = 2;

export class TokenMatcher<T> {
  private readonly exact = new Map<string, Compiled<T>[]>();
  private readonly byStart = new Map<string, Compiled<T>[]>();
  private readonly byEnd = new Map<string, Compiled<T>[]>();
  private readonly loose: Compiled<T>[] = [];
  private readonly all: Compiled<T>[] = [];
  /** Per pattern, the token it was last tried at (instead of a set per token). */
  private tried: Int32Array = new Int32Array(0);
  private run = 0;

  constructor(patterns: Iterable<readonly [pattern: string, tag: T]>) {
    for (const [pattern, tag] of patterns) {
      const anchored = pattern.trimStart().startsWith('^ ');
      this.add(parse(anchored ? pattern.trimStart().slice(2) : pattern), tag, anchored);
    }
  }

  private add(steps: Step[], tag: T, anchored: boolean): void {
    const head = steps[0];
    if (!head || head.kind === 'gap') throw new Error('a token pattern must begin with a word');
    // An optional first word: one pattern with it and one without.
    if (head.optional) {
      this.add([{ ...head, optional: false }, ...steps.slice(1)], tag, anchored);
      this.add(steps.slice(1), tag, anchored);
      return;
    }
    const c: Compiled<T> = { tag, steps, anchored, id: this.all.length };
    this.all.push(c);
    for (const words of head.alts) {
      const a = words[0]!;
      if (a.kind === 'eq' || a.kind === 'raw') push(this.exact, a.kind === 'raw' ? foldWord(a.s) : a.s, c);
      else if (a.kind === 'pre' && a.s.length >= KEY) push(this.byStart, a.s.slice(0, KEY), c);
      else if (a.kind === 'suf' && a.s.length >= END) push(this.byEnd, a.s.slice(-END), c);
      else if (!this.loose.includes(c)) this.loose.push(c);
    }
  }

  /** How many patterns are tried at every token (for tests: keep it small). */
  get looseCount(): number {
    return this.loose.length;
  }

  /** Every match, by first token; at most one (the shortest) per pattern and first token. */
  matchAll(tokens: readonly MatchToken[]): TokenMatch<T>[] {
    const out: TokenMatch<T>[] = [];
    if (this.tried.length !== this.all.length) this.tried = new Int32Array(this.all.length).fill(-1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // A fresh stamp per token (runs never repeat a stamp, so no reset is needed).
      const stamp = ++this.run;
      this.tryList(this.exact.get(t.norm), tokens, i, stamp, out);
      this.tryList(this.byStart.get(t.norm.slice(0, KEY)), tokens, i, stamp, out);
      this.tryList(this.byEnd.get(t.norm.slice(-END)), tokens, i, stamp, out);
      this.tryList(this.loose, tokens, i, stamp, out);
    }
    return out;
  }

  private tryList(
    list: readonly Compiled<T>[] | undefined,
    tokens: readonly MatchToken[],
    i: number,
    stamp: number,
    out: TokenMatch<T>[],
  ): void {
    if (!list) return;
    const t = tokens[i]!;
    for (const c of list) {
      if (this.tried[c.id] === stamp || (c.anchored && !t.opens)) continue;
      this.tried[c.id] = stamp;
      const last = matchSteps(c.steps, 0, tokens, i, t.sentence);
      if (last >= 0) out.push({ tag: c.tag, first: i, last });
    }
  }
}

function push<T>(map: Map<string, Compiled<T>[]>, key: string, c: Compiled<T>): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

/** Index of the last token of a match of steps[s…] starting at tokens[i], or -1. */
function matchSteps(
  steps: readonly Step[],
  s: number,
  tokens: readonly MatchToken[],
  i: number,
  sentence: number,
): number {
  if (s === steps.length) return i - 1;
  const step = steps[s]!;
  if (step.kind === 'gap') {
    for (let k = 0; k <= step.max; k++) {
      const t = tokens[i + k];
      if (!t || t.sentence !== sentence) break;
      const end = matchSteps(steps, s + 1, tokens, i + k, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  if (t && t.sentence === sentence && step.eq.has(t.norm)) {
    const end = matchSteps(steps, s + 1, tokens, i + 1, sentence);
    if (end >= 0) return end;
  }
  for (const words of step.rest) {
    if (!wordsAt(words, tokens, i, sentence)) continue;
    const end = matchSteps(steps, s + 1, tokens, i + words.length, sentence);
    if (end >= 0) return end;
  }
  return step.optional ? matchSteps(steps, s + 1, tokens, i, sentence) : -1;
}

function wordsAt(words: Words, tokens: readonly MatchToken[], i: number, sentence: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.sentence !== sentence || !accepts(words[k]!, t)) return false;
  }
  return true;
}

/** The tokens with their sentence index (sentences as in `sentenceAt`). */
export function withSentences(text: string, tokens: readonly Token[]): MatchToken[] {
  const out: MatchToken[] = new Array<MatchToken>(tokens.length);
  let sentence = 0;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let opens = i === 0;
    for (let k = from; k < t.start; k++) {
      const c = text.charCodeAt(k);
      // , ; : open a clause; . ! ? and a line break end a sentence, a full stop only before
      // a space ("7.3", "z.B." stay inside).
      if (c === 44 || c === 59 || c === 58) opens = true;
      else if (c === 33 || c === 63 || c === 10 || (c === 46 && isSpace(text.charCodeAt(k + 1)))) {
        sentence++;
        opens = true;
        break;
      }
    }
    from = t.end;
    out[i] = { start: t.start, end: t.end, norm: t.norm, lower: t.lower, raw: t.raw, sentence, opens };
  }
  return out;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
