import type { Mood } from '@/lib/db/schema';
import type { TicketContext } from '@/lib/sites/context';
import type { MessageAnalysis } from '@/lib/tone';
import { useUi } from '../useUi';
import { Section } from './Section';
import { evidenceQuote, highlightSegments } from '@/lib/evidence/segments';

/** The customer's last message with the evidence of each mood marked, and one line per mood. */
export function MoodCard({ context, analysis }: { context: TicketContext; analysis: MessageAnalysis | null }) {
  const { t } = useUi();
  const message = context.lastCustomerMessage;
  const moodName = (label: Mood) => t(`mood_${label}`);
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
                <li key={mood.label} data-testid="mood-item" data-mood={mood.label}>
                  <span data-testid="mood-explanation">
                    <strong className="mood-badge">{moodName(mood.label)}</strong>: {evidenceQuote(mood)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{t(`valence_${analysis.valence.label}`)}</p>
          <h3>{t('lastMessage')}</h3>
          <blockquote data-testid="ctx-last-message">
            {highlightSegments(message.text, analysis.moods).map((segment, i) =>
              segment.moods ? (
                <mark key={i} data-moods={segment.moods.join(' ')} title={segment.moods.map(moodName).join(', ')}>
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </blockquote>
        </>
      )}
    </Section>
  );
}
