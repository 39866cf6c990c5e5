import { compileEdges } from './regex';

// Text helpers shared by the tone engine. Everything works on the original string so that
// spans are exact offsets; folding happens on copies of single tokens only.

/** A word of the text with its offsets. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, umlauts folded to ae/oe/ue, ß to ss: "Enttäuscht" and "enttaeuscht" meet. */
  norm: string;
  /** Lower-cased with umlauts as typed: what the stemmer reads. */
  lower: string;
  raw: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const FOLDABLE = /[äöüß’]/;
const FOLD_ALL = /[äöüß’]/g;
const FOLDED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', '’': "'" };
const foldChar = (c: string) => FOLDED[c] ?? c;

/** One word lower-cased with umlauts and ß folded (accents kept); unlike lib/search's `fold`, which also strips accents. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need no folding: one test instead of five replace passes.
  return FOLDABLE.test(lower) ? lower.replace(FOLD_ALL, foldChar) : lower;
}

/** The words of `text` with their offsets (lib/search's `tokenize` returns bare folded terms). */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  // exec loop rather than matchAll: no iterator and no RegExp clone per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    tokens.push({ start: m.index, end: m.index + raw.length, norm: foldWord(lower), lower, raw });
  }
  WORD.lastIndex = 0;
  return tokens;
}

/**
 * Compiles a pattern written for readable German: `\b` becomes a Unicode-aware word edge
 * (JavaScript's `\b` is ASCII-only and would split "Ärger"; see regex.ts for why it is cheap),
 * and ä/ö/ü/ß also match the ae/oe/ue/ss spellings customers use on keyboards without umlauts.
 * The 'u' flag is dropped: it makes V8 scan ~8x slower, and German and English need nothing
 * beyond Latin-1 and Latin Extended-A/B.
 */
export function rx(source: string, flags = 'gi'): RegExp {
  const expanded = source
    .replace(/ä/g, '(?:ä|ae)')
    .replace(/ö/g, '(?:ö|oe)')
    .replace(/ü/g, '(?:ü|ue)')
    .replace(/ß/g, '(?:ß|ss)');
  return new RegExp(compileEdges(expanded), flags.replace('u', ''));
}

/** All matches of a global regex as spans. */
export function findAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  // exec loop rather than matchAll: matchAll clones the RegExp on every call, which cost more
  // than the scan itself on short messages.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  re.lastIndex = 0;
  return out;
}

/** Start and end of the sentence around `pos` (sentences end at . ! ? or a line break). */
export function sentenceAt(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '')) start--;
  while (start < pos && /\s/.test(text[start] ?? '')) start++;
  let end = pos;
  while (end < text.length && !/[.!?\n]/.test(text[end] ?? '')) end++;
  while (end < text.length && /[.!?]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/** True if a clause boundary (sentence end, semicolon, colon, "but"/"aber") lies in text[from, to). */
export function crossesClause(text: string, from: number, to: number): boolean {
  return /[.!?;:\n]|\b(?:aber|but|jedoch|however|sondern)\b/i.test(text.slice(from, to));
}
