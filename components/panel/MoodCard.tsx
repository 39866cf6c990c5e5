import type { Mood } from '@/lib/db/schema';
import type { TicketContext } from '@/lib/sites/context';
import type { MessageAnalysis, MoodFinding, Valence } from '@/lib/tone';
import { useUi } from '../useUi';
import { Section } from './Section';
import { evidenceQuote, highlightSegments, setAsideKinds } from '@/lib/evidence/segments';

/**
 * The customer's last message with the evidence of each mood marked and the parts set aside
 * (greeting, signature, quoted history) shown as such, and one line per mood. A mood or a
 * valence the learned model read, not a cue, says so: "overall wording, mostly ‘…’".
 */
export function MoodCard({ context, analysis }: { context: TicketContext; analysis: MessageAnalysis | null }) {
  const { t } = useUi();
  const message = context.lastCustomerMessage;
  const moodName = (label: Mood) => t(`mood_${label}`);
  const wording = (found: MoodFinding | Valence) => {
    const words = evidenceQuote({ evidence: found.evidence ?? [] });
    return words ? t('moodFromWordingWords', { words }) : t('moodFromWording');
  };
  const explain = (mood: MoodFinding) => (mood.source === 'wording' ? wording(mood) : evidenceQuote(mood));
  const aside = analysis ? setAsideKinds(analysis.setAside) : [];
  return (
    <Section id="mood" title={t('moodTitle')} testId="mood-card">
      {!message || !analysis ? (
        <p className="muted">{t('moodNoMessage')}</p>
      ) : (
        <>
          {analysis.moods.length === 0 ? (
            <p className="muted">{t('moodNone')}</p>
          ) : (
            <ul className="plain mood-list" data-testid="mood-list">
              {analysis.moods.map((mood) => (
                <li key={mood.label} data-testid="mood-item" data-mood={mood.label} data-source={mood.source ?? 'cues'}>
                  <span data-testid="mood-explanation">
                    <strong className="mood-badge">{moodName(mood.label)}</strong>: {explain(mood)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted" data-testid="valence" data-source={analysis.valence.source ?? 'cues'}>
            {t(`valence_${analysis.valence.label}`)}
            {analysis.valence.source === 'wording' && ` (${wording(analysis.valence)})`}
          </p>
          <h3>{t('lastMessage')}</h3>
          <blockquote data-testid="ctx-last-message">
            {highlightSegments(message.text, analysis.moods, analysis.setAside).map((segment, i) =>
              segment.moods ? (
                <mark key={i} data-moods={segment.moods.join(' ')} title={segment.moods.map(moodName).join(', ')}>
                  {segment.text}
                </mark>
              ) : segment.aside ? (
                <span key={i} className="set-aside" data-aside={segment.aside} title={t(`setAside_${segment.aside}`)}>
                  {segment.text}
                </span>
              ) : (
                segment.text
              ),
            )}
          </blockquote>
          {aside.length > 0 && (
            <p className="muted" data-testid="set-aside">
              {t('setAsideList', { parts: aside.map((k) => t(`setAside_${k}`)).join(', ') })}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
