import { useMemo, useState } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { allTags, filterSnippets, pageOf, type SnippetFilter, type SortKey, sortSnippets } from '@/lib/queries/options';
import { useUi } from '../useUi';
import { BulkActions } from './BulkActions';
import { ListControls } from './ListControls';

interface Props {
  snippets?: Snippet[];
  onEdit: (s: Snippet) => void;
  onDuplicate: (s: Snippet) => void;
  /** The snippets as this page shows them (their revision guards the delete). */
  onDelete: (snippets: Snippet[]) => void;
}

/** The library, filtered, sorted and paged (so 10,000 snippets stay quick), with a selection for bulk actions. */
export function SnippetList({ snippets, onEdit, onDuplicate, onDelete }: Props) {
  const { t } = useUi();
  const [filter, setFilter] = useState<SnippetFilter>({ text: '', tag: '', language: '' });
  const [sort, setSort] = useState<SortKey>('title');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const all = useMemo(() => snippets ?? [], [snippets]);
  const tags = useMemo(() => allTags(all), [all]);
  const shown = useMemo(() => sortSnippets(filterSnippets(all, filter), sort), [all, filter, sort]);
  const current = pageOf(shown, page);
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const pageIds = current.items.map((s) => s.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  return (
    <section aria-labelledby="library-h">
      <h2 id="library-h">{t('library')}</h2>
      <ListControls
        filter={filter}
        sort={sort}
        tags={tags}
        onFilter={(f) => {
          setFilter(f);
          setPage(0);
        }}
        onSort={setSort}
      />
      <p className="muted" data-testid="snippet-count">
        {snippets ? t('snippetCount', { count: all.length }) : t('loading')}
        {snippets && shown.length !== all.length && ` · ${t('shownCount', { count: shown.length })}`}
      </p>
      <BulkActions
        selected={all.filter((s) => selected.has(s.id))}
        onDelete={onDelete}
        onClear={() => setSelected(new Set())}
      />
      <label className="inline">
        <input
          type="checkbox"
          checked={allOnPage}
          onChange={(e) => pageIds.forEach((id) => toggle(id, e.target.checked))}
        />
        {t('selectPage')}
      </label>
      {snippets?.length === 0 && <p>{t('noSnippets')}</p>}
      <ul className="plain snippet-rows" data-testid="snippet-list">
        {current.items.map((s) => (
          <li key={s.id} data-testid="snippet-item">
            <input
              type="checkbox"
              checked={selected.has(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
              aria-label={`${t('select')}: ${s.title}`}
            />
            <strong>{s.title}</strong> {s.shortcut && <code data-testid="snippet-shortcut">{s.shortcut}</code>}{' '}
            <span className="muted">
              {s.language}
              {s.tags.length > 0 && ` · ${s.tags.join(', ')}`} · {t('usedTimes', { count: s.useCount })}
            </span>
            <span className="actions">
              <button type="button" onClick={() => onEdit(s)} aria-label={`${t('edit')}: ${s.title}`}>
                {t('edit')}
              </button>
              <button type="button" onClick={() => onDuplicate(s)} aria-label={`${t('duplicate')}: ${s.title}`}>
                {t('duplicate')}
              </button>
              <button type="button" onClick={() => onDelete([s])} aria-label={`${t('delete')}: ${s.title}`}>
                {t('delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {current.pages > 1 && (
        <nav className="row" aria-label={t('pagination')}>
          <button type="button" disabled={current.page === 0} onClick={() => setPage(current.page - 1)}>
            {t('previousPage')}
          </button>
          <span>{t('pageOf', { page: current.page + 1, pages: current.pages })}</span>
          <button type="button" disabled={current.page >= current.pages - 1} onClick={() => setPage(current.page + 1)}>
            {t('nextPage')}
          </button>
        </nav>
      )}
    </section>
  );
}
