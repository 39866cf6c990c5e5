import { SNIPPET_LANGUAGES } from '@/lib/db/schema';
import type { ManagerView } from '@/lib/queries/manager';
import type { SortKey } from '@/lib/queries/options';
import { useUi } from '../useUi';

interface Props {
  query: string;
  view: ManagerView;
  onQuery: (query: string) => void;
  onView: (view: ManagerView) => void;
}

/** The search words (answered by the background's index), the language and the sort order. */
export function ListControls({ query, view, onQuery, onView }: Props) {
  const { t } = useUi();
  return (
    <div className="row controls" role="search">
      <label>
        {t('searchLibrary')}
        <input
          id="library-search"
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            // From the search box straight into the list, as in the palette.
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.getElementById('snippet-list')?.focus();
            }
          }}
        />
      </label>
      <label>
        {t('filterLanguage')}
        <select
          value={view.language}
          onChange={(e) => onView({ ...view, language: e.target.value as ManagerView['language'] })}
        >
          <option value="">{t('filterAll')}</option>
          {SNIPPET_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l === 'any' ? t('languageAny') : l}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sortBy')}
        <select
          value={view.sort}
          disabled={query.trim() !== ''}
          onChange={(e) => onView({ ...view, sort: e.target.value as SortKey })}
        >
          <option value="title">{t('sortTitle')}</option>
          <option value="last-used">{t('sortLastUsed')}</option>
          <option value="most-used">{t('sortMostUsed')}</option>
        </select>
      </label>
    </div>
  );
}
