import { SNIPPET_LANGUAGES } from '@/lib/db/schema';
import type { SnippetFilter, SortKey } from '@/lib/queries/options';
import { useUi } from '../useUi';

interface Props {
  filter: SnippetFilter;
  sort: SortKey;
  tags: string[];
  onFilter: (filter: SnippetFilter) => void;
  onSort: (sort: SortKey) => void;
}

/** Filter by text, tag and language; sort by title, last use or use count. */
export function ListControls({ filter, sort, tags, onFilter, onSort }: Props) {
  const { t } = useUi();
  return (
    <div className="row controls">
      <label>
        {t('filterText')}
        <input type="search" value={filter.text} onChange={(e) => onFilter({ ...filter, text: e.target.value })} />
      </label>
      <label>
        {t('filterTag')}
        <select value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.target.value })}>
          <option value="">{t('filterAll')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterLanguage')}
        <select
          value={filter.language}
          onChange={(e) => onFilter({ ...filter, language: e.target.value as SnippetFilter['language'] })}
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
        <select value={sort} onChange={(e) => onSort(e.target.value as SortKey)}>
          <option value="title">{t('sortTitle')}</option>
          <option value="last-used">{t('sortLastUsed')}</option>
          <option value="most-used">{t('sortMostUsed')}</option>
        </select>
      </label>
    </div>
  );
}
