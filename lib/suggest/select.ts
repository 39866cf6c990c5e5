import type { Snippet } from '../db/schema';
import { type Calming, type MoodWeight, type Ranked, rankForTicket, type Ticket } from './rank';

// What the panel and the palette suggest for a ticket: the ranking of rank.ts, split into
// templates and short phrases (listed apart in the panel).

export type { MoodWeight } from './rank';
export type Suggestion = Ranked;

export interface SuggestionOptions {
  language: 'de' | 'en';
  /** The customer's own words of now (see readTicket). */
  messageText?: string;
  subject?: string;
  templates?: number;
  phrases?: number;
  calming?: ReadonlyMap<string, Calming>;
  now?: number;
}

const isPhrase = (s: Snippet) => s.tags.includes('phrase');

export function selectSuggestions(
  snippets: readonly Snippet[],
  moods: readonly MoodWeight[],
  options: SuggestionOptions,
): { templates: Suggestion[]; phrases: Suggestion[] } {
  const ticket: Ticket = {
    language: options.language,
    subject: options.subject,
    message: options.messageText ?? '',
    moods,
  };
  const ranked = rankForTicket(snippets, ticket, { limit: 40, calming: options.calming, now: options.now });
  // Phrases follow the moods; a phrase matched only by a word or two is noise.
  const phrases = ranked.filter((s) => isPhrase(s.snippet) && s.matched.length > 0);
  return {
    templates: ranked.filter((s) => !isPhrase(s.snippet)).slice(0, options.templates ?? 5),
    phrases: phrases.slice(0, options.phrases ?? 6),
  };
}
