// Text helpers shared by the tone engine. Everything works on the original string so that
// spans are exact offsets; folding happens on copies of single tokens only.

/** A word of the text with its offsets. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, umlauts folded to ae/oe/ue, ß to ss: "Enttäuscht" and "enttaeuscht" meet. */
  norm: string;
  raw: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length, norm: fold(m[0]), raw: m[0] });
  }
  return tokens;
}

// Latin letters incl. umlauts and accents. Deliberately not \\p{L}: the 'u' flag makes V8 scan
// ~8x slower, and German and English need nothing beyond Latin-1 and Latin Extended-A/B.
const L = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';
const WORD_EDGE = `(?:(?<=${L})(?!${L})|(?<!${L})(?=${L}))`;

/**
 * Compiles a pattern written for readable German: `\b` becomes a Unicode-aware word edge
 * (JavaScript's `\b` is ASCII-only and would split "Ärger"), and ä/ö/ü/ß also match the
 * ae/oe/ue/ss spellings customers use on keyboards without umlauts.
 */
export function rx(source: string, flags = 'gi'): RegExp {
  const expanded = source
    .replace(/\\b/g, WORD_EDGE)
    .replace(/ä/g, '(?:ä|ae)')
    .replace(/ö/g, '(?:ö|oe)')
    .replace(/ü/g, '(?:ü|ue)')
    .replace(/ß/g, '(?:ß|ss)');
  return new RegExp(expanded, flags.replace('u', ''));
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
