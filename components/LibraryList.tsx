import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { snippetsQuery } from '@/lib/queries/library';
import { useUi } from './useUi';

/** The library with a simple filter. (Ranked fuzzy search comes with the palette, issue #5.) */
export function LibraryList({ onDelete }: { onDelete?: (id: string) => void }) {
  const { t } = useUi();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const { data: snippets, isPending } = useQuery(snippetsQuery());
  const needle = query.trim().toLowerCase();
  const shown = (snippets ?? []).filter(
    (s) => !needle || `${s.title} ${s.shortcut ?? ''} ${s.tags.join(' ')}`.toLowerCase().includes(needle),
  );
  return (
    <section aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{t('library')}</h2>
      <label htmlFor={inputId} className="muted">
        {t('searchLibrary')}
      </label>
      <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="muted" data-testid="snippet-count">
        {isPending ? t('loading') : t('snippetCount', { count: snippets?.length ?? 0 })}
      </p>
      {snippets?.length === 0 && <p>{t('noSnippets')}</p>}
      <ul className="plain" data-testid="snippet-list">
        {shown.map((s) => (
          <li key={s.id} data-testid="snippet-item">
            <strong>{s.title}</strong> {s.shortcut && <code>{s.shortcut}</code>}{' '}
            <span className="muted">{s.language}</span>
            {onDelete && (
              <button type="button" onClick={() => onDelete(s.id)} aria-label={`${t('delete')}: ${s.title}`}>
                {t('delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
