import type { Mood } from '../db/schema';
import { translate as t, type UiLanguage } from '../i18n/messages';
import type { Ranked } from './rank';

/** One line saying why a snippet is suggested, in the agent's language. */
export function explainSuggestion(r: Pick<Ranked, 'topics' | 'matched' | 'calms'>, lang: UiLanguage): string {
  // English mood names read lower case in a sentence; German nouns keep their capital.
  const moodName = (m: Mood) => (lang === 'en' ? t(lang, `mood_${m}`).toLowerCase() : t(lang, `mood_${m}`));
  const parts: string[] = [];
  if (r.topics.length > 0) parts.push(t(lang, 'suggestMatches', { words: r.topics.join(', ') }));
  if (r.matched.length > 0) parts.push(t(lang, 'suits', { moods: r.matched.map(moodName).join(', ') }));
  if (r.calms) parts.push(t(lang, 'suggestCalms'));
  return parts.join(' · ');
}
