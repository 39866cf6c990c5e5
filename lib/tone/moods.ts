import { MOODS, type Mood } from '../db/schema';
import type { MoodRules } from './data/mood-types';
import { MOODS_DE } from './data/moods-de';
import { MOODS_DE_2 } from './data/moods-de-2';
import { MOODS_EN } from './data/moods-en';
import { MOODS_EN_2 } from './data/moods-en-2';
import { isNegator } from './modifiers';
import { mayMatch, requirement, textKeys } from './prefilter';
import { findAll, rx, sentenceAt, type Token } from './text';
import type { Evidence, MoodFinding, ToneLanguage } from './types';

interface CompiledRule {
  re: RegExp;
  need: string[] | null;
  cancel: RegExp | null;
  weight: number;
  negatable: boolean;
  conditional: boolean;
}
type Compiled = Record<Mood, CompiledRule[]>;

function compile(...tables: MoodRules[]): Compiled {
  const out = {} as Compiled;
  for (const mood of MOODS) {
    // Strongest cues first: where two overlap, the stronger one is the evidence.
    out[mood] = tables
      .flatMap((rules) => rules[mood] ?? [])
      .sort((x, y) => y[1] - x[1])
      .map(([source, weight, flags = '', cancel]) => ({
        cancel: cancel === undefined ? null : rx(cancel, 'iu'),
        re: rx(source, 'gimu'),
        need: requirement(source),
        weight,
        negatable: flags.includes('n'),
        conditional: flags.includes('c'),
      }));
  }
  return out;
}

const RULES: Record<ToneLanguage, Compiled> = { de: compile(MOODS_DE, MOODS_DE_2), en: compile(MOODS_EN, MOODS_EN_2) };

/** Moods below this strength are not reported. */
export const MIN_STRENGTH = 0.35;

/** True if one of the three words before `start` (same clause) negates it. */
function negatedAt(text: string, tokens: readonly Token[], start: number, lang: ToneLanguage): boolean {
  // Binary search for the first token at or after `start`: long pastes have thousands.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const idx = lo;
  for (let j = idx - 1; j >= Math.max(0, idx - 3); j--) {
    const t = tokens[j]!;
    if (/[.!?;\n]/.test(text.slice(t.end, start))) return false;
    if (isNegator(t.norm, lang)) return true;
  }
  return false;
}

const COURTESY = rx(
  '\\b(?:danke|dank) (?:im voraus|vorab|schon mal)\\b|\\bthanks? (?:you )?in advance\\b|\\bthanks for nothing\\b|\\bdanke für nichts\\b|\\bvielen dank auch\\b|\\bwäre (?:super|nett|toll|schön)\\b|\\bwould be (?:great|nice|lovely)\\b',
);

export interface RawMood {
  strength: number;
  evidence: Evidence[];
  /** Set when the learned model, not a cue, found the mood. */
  source?: 'wording';
}

interface Hit extends Evidence {
  weight: number;
  conditional: boolean;
}

/**
 * Finds every mood cue once; {@link resolveMoods} then decides which count. A cue that was
 * negated or cancelled ("nicht zufrieden", "my order was cancelled") puts its mood in
 * `blocked`: the learned model must not bring back what the rules ruled out.
 */
export function findMoodCues(
  text: string,
  tokens: readonly Token[],
  lang: ToneLanguage,
  blocked?: Set<Mood>,
): Map<Mood, Hit[]> {
  const found = new Map<Mood, Hit[]>();
  const courtesy = findAll(COURTESY, text);
  const rules = RULES[lang];
  const keys = textKeys(tokens);
  for (const mood of MOODS) {
    const hits: Hit[] = [];
    for (const rule of rules[mood]) {
      if (!mayMatch(rule.need, keys)) continue;
      for (const m of findAll(rule.re, text)) {
        if (rule.negatable && negatedAt(text, tokens, m.start, lang)) {
          blocked?.add(mood);
          continue;
        }
        if (rule.cancel) {
          const s = sentenceAt(text, m.start);
          if (rule.cancel.test(text.slice(s.start, s.end))) {
            blocked?.add(mood);
            continue;
          }
        }
        if (mood === 'praise' && courtesy.some((c) => m.start >= c.start && m.start < c.end)) continue;
        if (hits.some((e) => m.start < e.end && m.end > e.start)) continue;
        hits.push({ ...m, weight: rule.weight, conditional: rule.conditional });
      }
    }
    if (hits.length > 0)
      found.set(
        mood,
        hits.sort((a, b) => a.start - b.start),
      );
  }
  return found;
}

/**
 * Combines cues into strengths. `negativeContext` says whether the message is otherwise
 * negative: reviews, platforms and an ironic "Bravo" alone only count then.
 */
export function resolveMoods(cues: Map<Mood, Hit[]>, negativeContext: boolean): Map<Mood, RawMood> {
  const out = new Map<Mood, RawMood>();
  for (const [mood, hits] of cues) {
    const conditional = hits.filter((h) => h.conditional).length;
    // Two cues together ("Instagram" + "informieren") are a threat on their own.
    if (conditional === hits.length && conditional < 2 && !negativeContext) continue;
    const keep = hits.reduce((k, h) => k * (1 - h.weight), 1);
    out.set(mood, { strength: 1 - keep, evidence: hits.map(({ start, end, text }) => ({ start, end, text })) });
  }
  return out;
}

/** Shouting raises anger, frustration and urgency a little when they are already present. */
export function intensity(text: string, tokens: readonly Token[]): number {
  let boost = 0;
  if (/!{2,}/.test(text)) boost += 0.1;
  const caps = tokens.filter((t) => t.raw.length >= 4 && t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw));
  if (caps.length > 0) boost += 0.1;
  return boost;
}

export function toFindings(found: Map<Mood, RawMood>): MoodFinding[] {
  const out: MoodFinding[] = [];
  for (const [label, { strength, evidence, source }] of found) {
    if (strength < MIN_STRENGTH) continue;
    const finding: MoodFinding = { label, strength: Math.round(Math.min(1, strength) * 1000) / 1000, evidence };
    if (source) finding.source = source;
    out.push(finding);
  }
  return out.sort((a, b) => b.strength - a.strength || MOODS.indexOf(a.label) - MOODS.indexOf(b.label));
}
