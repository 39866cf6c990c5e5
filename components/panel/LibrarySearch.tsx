import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { librarySearchQuery, snippetsQuery } from '@/lib/queries/library';
import type { TicketContext } from '@/lib/sites/context';
import { readCustomer } from '@/lib/suggest';
import type { MessageAnalysis } from '@/lib/tone';
import { useUi } from '../useUi';
import { Section } from './Section';
import { SnippetRow } from './SnippetRow';

const LIMIT = 20;

/** The whole library, ranked like the palette; with no query, the most recently changed snippets. */
export function LibrarySearch({
  context,
  analysis,
  tabId,
}: {
  context: TicketContext | null;
  analysis: MessageAnalysis | null;
  tabId: number | null;
}) {
  const { t } = useUi();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  // "Now" for recency ranking, taken when the panel opens (as in the palette).
  const [openedAt] = useState(() => Date.now());
  const { data: snippets, isPending } = useQuery(snippetsQuery());
  const customer = useMemo(() => readCustomer(context, analysis), [context, analysis]);
  const searching = deferred.trim() !== '';
  const found = useQuery({
    ...librarySearchQuery({ query: deferred, ...customer, now: openedAt, limit: LIMIT }),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  const recent = useMemo(
    () => [...(snippets ?? [])].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, LIMIT),
    [snippets],
  );
  const shown = searching ? (found.data ?? []) : recent;

  return (
    <Section id="library" title={t('searchTitle')} testId="library-search">
      <label htmlFor={inputId} className="muted">
        {t('searchLibrary')}
      </label>
      <input
        id={inputId}
        type="search"
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="muted" data-testid="snippet-count">
        {isPending ? t('loading') : t('snippetCount', { count: snippets?.length ?? 0 })}
      </p>
      {snippets?.length === 0 && <p>{t('noSnippets')}</p>}
      {shown.length > 0 && <h3>{searching ? t('searchResults') : t('recentlyChanged')}</h3>}
      {searching && found.isSuccess && shown.length === 0 && <p className="muted">{t('noMatches')}</p>}
      <ul className="plain" data-testid="snippet-list">
        {shown.map((s) => (
          <SnippetRow key={s.id} snippet={s} context={context} tabId={tabId} testId="snippet-item" />
        ))}
      </ul>
    </Section>
  );
}
