import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { calmingQuery, snippetsQuery } from '@/lib/queries/library';
import { teamHitsQuery } from '@/lib/queries/shelves';
import type { TicketContext } from '@/lib/sites/context';
import type { MessageAnalysis } from '@/lib/tone';
import { useUi } from '../useUi';
import { Section } from './Section';
import { SnippetRow } from './SnippetRow';
import { explainSuggestion, readTicket, selectSuggestions, type Suggestion } from '@/lib/suggest';

interface Props {
  context: TicketContext;
  analysis: MessageAnalysis;
  tabId: number | null;
}

/** Templates for the ticket's topic and mood, and de-escalation phrases for its moods, in the conversation's language. */
export function Suggestions({ context, analysis, tabId }: Props) {
  const { t, lang } = useUi();
  const own = useQuery(snippetsQuery()).data;
  const team = useQuery(teamHitsQuery()).data;
  // Team entries take part like own ones; the list keeps its identity while neither changes.
  const snippets = useMemo(() => (team?.length ? [...(own ?? []), ...team] : own), [own, team]);
  const calming = useQuery(calmingQuery()).data;
  const language = context.language ?? analysis.language;
  const text = context.lastCustomerMessage?.text ?? '';
  const subject = context.subject;
  const { templates, phrases } = useMemo(() => {
    const ticket = readTicket({ subject, text, language }, analysis);
    return selectSuggestions(snippets ?? [], ticket.moods, {
      language,
      subject,
      messageText: ticket.message,
      calming,
    });
  }, [snippets, analysis, language, text, subject, calming]);
  if (!text && !subject) return null;
  const why = (s: Suggestion) => explainSuggestion(s, lang);
  const list = (items: Suggestion[], testId: string) => (
    <ul className="plain" data-testid={`${testId}-list`}>
      {items.map((s) => (
        <SnippetRow
          key={s.snippet.id}
          snippet={s.snippet}
          context={context}
          tabId={tabId}
          reason={why(s)}
          testId={testId}
        />
      ))}
    </ul>
  );
  return (
    <Section id="suggest" title={t('suggestionsTitle')} testId="suggestions">
      {templates.length === 0 && phrases.length === 0 && <p className="muted">{t('suggestionsNone')}</p>}
      {templates.length > 0 && (
        <>
          <h3>{t('suggestedTemplates')}</h3>
          {list(templates, 'suggested-template')}
        </>
      )}
      {phrases.length > 0 && (
        <>
          <h3>{t('suggestedPhrases')}</h3>
          {list(phrases, 'suggested-phrase')}
        </>
      )}
    </Section>
  );
}
