import type { Mood, Snippet } from '../db/schema';
import { fold, tokenize } from '../search';

// Which snippets the panel suggests for the customer's moods: the ones made for those
// moods, in the conversation's language, one per variant group (the German Sie-form
// before the du-form), templates and short phrases apart.

export interface MoodWeight {
  label: Mood;
  strength: number;
}

export interface Suggestion {
  snippet: Snippet;
  /** The customer's moods this snippet is made for, strongest first. */
  matched: Mood[];
  score: number;
}

export interface SuggestionOptions {
  language: 'de' | 'en';
  /** Words of the customer's message: snippets sharing them (title, tags) rise. */
  messageText?: string;
  templates?: number;
  phrases?: number;
}

const isPhrase = (s: Snippet) => s.tags.includes('phrase');

function variantRank(s: Snippet, language: 'de' | 'en'): number {
  return (s.language === language ? 0 : 2) + (s.tags.includes('du') ? 1 : 0);
}

function keywordBonus(s: Snippet, words: Set<string>): number {
  if (words.size === 0) return 0;
  const own = new Set([...tokenize(s.title), ...s.tags.map(fold)]);
  let shared = 0;
  for (const w of own) if (w.length >= 4 && words.has(w)) shared++;
  return Math.min(0.3, shared * 0.1);
}

export function selectSuggestions(
  snippets: readonly Snippet[],
  moods: readonly MoodWeight[],
  options: SuggestionOptions,
): { templates: Suggestion[]; phrases: Suggestion[] } {
  const strength = new Map(moods.map((m) => [m.label, m.strength]));
  const words = new Set(tokenize(options.messageText ?? ''));
  const best = new Map<string, { s: Suggestion; rank: number }>();
  for (const snippet of snippets) {
    if (snippet.language !== options.language && snippet.language !== 'any') continue;
    const matched = snippet.moods.filter((m) => strength.has(m));
    if (matched.length === 0) continue;
    matched.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0));
    const score =
      matched.reduce((sum, m) => sum + (strength.get(m) ?? 0), 0) +
      keywordBonus(snippet, words) +
      Math.min(0.05, snippet.useCount * 0.005);
    const group = snippet.variantGroup ?? snippet.id;
    const rank = variantRank(snippet, options.language);
    const seen = best.get(group);
    if (!seen || rank < seen.rank) best.set(group, { s: { snippet, matched, score }, rank });
  }
  const all = [...best.values()]
    .map((b) => b.s)
    .sort((a, b) => b.score - a.score || a.snippet.title.localeCompare(b.snippet.title));
  return {
    templates: all.filter((s) => !isPhrase(s.snippet)).slice(0, options.templates ?? 5),
    phrases: all.filter((s) => isPhrase(s.snippet)).slice(0, options.phrases ?? 6),
  };
}
