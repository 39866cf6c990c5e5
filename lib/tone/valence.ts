import { phrasesFor, symbolWeight, weightOf } from './lexicon';
import { isNegator, modifier } from './modifiers';
import { mayMatch, textKeys } from './prefilter';
import { crossesClause, findAll, type Token } from './text';
import type { ToneLanguage } from './types';

/** One scored word or phrase. */
export interface Scored {
  start: number;
  end: number;
  score: number;
  /** The side a negated word or phrase had before it was turned ("nicht schlecht": -1). */
  turnedFrom?: 1 | -1;
}

const CONTRAST = new Set(['aber', 'but', 'jedoch', 'however', 'allerdings', 'trotzdem', 'although']);

/**
 * Scores words and phrases with negation ("nicht zufrieden", "not unhappy"), intensifiers,
 * capitals and contrast ("…, aber …" weighs the part after "aber" more).
 */
export function scoreLexicon(text: string, tokens: readonly Token[], lang: ToneLanguage): Scored[] {
  const out: Scored[] = [];
  const covered: Array<[number, number]> = [];
  const keys = textKeys(tokens);
  for (const { re, weight, need } of phrasesFor(lang)) {
    if (!mayMatch(need, keys)) continue;
    for (const m of findAll(re, text)) {
      // "nicht zu empfehlen", "not worth it": a negator just before a phrase turns it.
      const turned = weight > 0 && negatorBefore(tokens, m.start, lang);
      out.push({
        start: m.start,
        end: m.end,
        score: turned ? -weight * 0.75 : weight,
        ...(turned && { turnedFrom: 1 }),
      });
      covered.push([m.start, m.end]);
    }
  }
  const shouting = text.length > 0 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let w = weightOf(t.lower, lang);
    if (w === 0 || covered.some(([s, e]) => t.start >= s && t.end <= e)) continue;
    let negated = false;
    let mult = 1;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const p = tokens[j]!;
      if (crossesClause(text, p.end, tokens[j + 1]!.start)) break;
      if (isNegator(p.norm, lang)) {
        negated = true;
        break;
      }
      mult *= modifier(p.norm);
    }
    // German puts "nicht" after the verb: "Das gefällt mir nicht", "funktioniert nicht".
    if (!negated && lang === 'de') {
      for (let j = i + 1; j <= Math.min(tokens.length - 1, i + 3); j++) {
        const n = tokens[j]!;
        if (crossesClause(text, tokens[j - 1]!.end, n.start)) break;
        if (n.norm === 'nicht' || n.norm === 'nie') {
          negated = true;
          break;
        }
        if (weightOf(n.lower, lang) !== 0) break;
      }
    }
    const from = w > 0 ? 1 : -1;
    if (negated) w = w > 0 ? -w * 0.75 : -w * 0.5;
    else w *= mult;
    if (!shouting && t.raw.length >= 3 && t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw)) w *= 1.4;
    out.push({ start: t.start, end: t.end, score: w, ...(negated && { turnedFrom: from }) });
  }
  scoreSymbols(text, out);
  applyContrast(text, tokens, out);
  return out;
}

// Emoticons and emoji are often the only cue of a short complaint: ":(", "-.-", "😡".
const SYMBOLS = /[^\s\p{L}\p{N}]{2,}|\p{Extended_Pictographic}/gu;

function scoreSymbols(text: string, out: Scored[]): void {
  SYMBOLS.lastIndex = 0;
  for (let m = SYMBOLS.exec(text); m !== null; m = SYMBOLS.exec(text)) {
    const chunk = m[0];
    let w = symbolWeight(chunk);
    // "…:(" or "!!!:-(" : try the run without the punctuation in front.
    for (let k = 1; w === 0 && k < chunk.length - 1 && k <= 3; k++) w = symbolWeight(chunk.slice(k));
    if (w !== 0) out.push({ start: m.index, end: m.index + chunk.length, score: w });
  }
}

function applyContrast(text: string, tokens: readonly Token[], scored: Scored[]): void {
  for (const c of tokens) {
    if (!CONTRAST.has(c.norm)) continue;
    let sentStart = c.start;
    while (sentStart > 0 && !/[.!?\n]/.test(text[sentStart - 1] ?? '')) sentStart--;
    let sentEnd = c.end;
    while (sentEnd < text.length && !/[.!?\n]/.test(text[sentEnd] ?? '')) sentEnd++;
    for (const s of scored) {
      if (s.start >= sentStart && s.end <= c.start) s.score *= 0.5;
      else if (s.start >= c.end) s.score *= s.start <= sentEnd ? 1.5 : 1.2;
    }
  }
}

function negatorBefore(tokens: readonly Token[], start: number, lang: ToneLanguage): boolean {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < start) i++;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) if (isNegator(tokens[j]!.norm, lang)) return true;
  return false;
}

/** Maps a raw sum to [-1, 1] (saturating like VADER's normalisation). */
export function normalise(raw: number, alpha = 12): number {
  if (!Number.isFinite(raw)) return 0;
  return raw / Math.sqrt(raw * raw + alpha);
}
