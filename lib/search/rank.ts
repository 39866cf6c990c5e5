import type { Mood, SnippetLanguage } from '../db/schema';

// Ranking as small pure functions. A hit's score is relevance × boost, and an exact
// shortcut match is put above everything else. Each function has a table-driven test.

export type SearchField = 'shortcut' | 'title' | 'tags' | 'body';
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

export const FIELD_BITS: Record<SearchField, number> = { shortcut: 1, title: 2, tags: 4, body: 8 };
export const FIELD_WEIGHTS: Record<SearchField, number> = { shortcut: 5, title: 3, tags: 2, body: 1 };
/** Added to an exact shortcut match: larger than any relevance × boost can get. */
export const EXACT_SHORTCUT_BONUS = 1_000_000;
const DAY_MS = 86_400_000;

/** How well a typed word matches an indexed word, from 1 (the same word) down. */
export function matchQuality(kind: MatchKind, typedLength: number, termLength: number): number {
  switch (kind) {
    case 'exact':
      return 1;
    case 'prefix':
      return 0.5 + 0.4 * Math.min(1, typedLength / Math.max(1, termLength));
    case 'fuzzy':
      return 0.45;
  }
}

/** The best field in a mask and its weight: shortcut before title before tags before body. */
export function bestField(mask: number): SearchField {
  if (mask & FIELD_BITS.shortcut) return 'shortcut';
  if (mask & FIELD_BITS.title) return 'title';
  if (mask & FIELD_BITS.tags) return 'tags';
  return 'body';
}

/** Snippets in the conversation's language rise; those for another language sink. */
export function languageBoost(snippet: SnippetLanguage, conversation: 'de' | 'en' | undefined): number {
  if (!conversation) return 1;
  if (snippet === conversation) return 1.3;
  return snippet === 'any' ? 1.15 : 0.75;
}

/** Snippets meant for one of the customer's current moods rise. */
export function moodBoost(snippetMoods: readonly Mood[], current: readonly Mood[] | undefined): number {
  if (!current || current.length === 0) return 1;
  return snippetMoods.some((m) => current.includes(m)) ? 1.4 : 1;
}

/** Frequent use raises a snippet, with diminishing returns (×1.0 unused … ×1.6 at ~200 uses). */
export function frequencyBoost(useCount: number): number {
  return 1 + 0.08 * Math.log2(1 + Math.max(0, useCount));
}

/** Recent use raises a snippet: ×1.3 just used, halving every week. */
export function recencyBoost(lastUsedAt: number | undefined, now: number | undefined): number {
  if (lastUsedAt === undefined || now === undefined) return 1;
  const ageDays = Math.max(0, now - lastUsedAt) / DAY_MS;
  return 1 + 0.3 * 0.5 ** (ageDays / 7);
}

export interface BoostInput {
  language: SnippetLanguage;
  moods: readonly Mood[];
  useCount: number;
  lastUsedAt?: number;
}

export interface BoostContext {
  language?: 'de' | 'en';
  moods?: readonly Mood[];
  now?: number;
}

export function boost(s: BoostInput, ctx: BoostContext): number {
  return (
    languageBoost(s.language, ctx.language) *
    moodBoost(s.moods, ctx.moods) *
    frequencyBoost(s.useCount) *
    recencyBoost(s.lastUsedAt, ctx.now)
  );
}

export function finalScore(relevance: number, boostFactor: number, exactShortcut: boolean): number {
  return (exactShortcut ? EXACT_SHORTCUT_BONUS : 0) + relevance * boostFactor;
}
