import { useQuery } from '@tanstack/react-query';
import { snippetsQuery } from '@/lib/queries/library';
import { presetsQuery, shelvesQuery } from '@/lib/queries/shelves';
import { useUi } from '../useUi';
import { PackSubscribe } from './ShelfSubscribe';
import { ShelfItem } from './ShelfItem';

/** The Shelves tab (issue #18): the own library, each team shelf, and subscribing to a pack. */
export function ShelvesSection() {
  const { t } = useUi();
  useQuery(presetsQuery());
  const shelves = useQuery(shelvesQuery()).data ?? [];
  const own = useQuery(snippetsQuery()).data?.length ?? 0;
  return (
    <section aria-labelledby="shelves-h" data-testid="shelves">
      <h2 id="shelves-h">{t('shelvesTitle')}</h2>
      <p className="muted">{t('shelvesHint')}</p>
      <ul className="plain shelf-list">
        <li className="shelf" data-testid="shelf-own">
          <strong>{t('shelfOwn')}</strong> · <span className="muted">{t('shelfOwnSource')}</span> ·{' '}
          <span>{t('shelfEntries', { count: own })}</span>
        </li>
        {shelves.map((shelf) => (
          <ShelfItem key={shelf.id} shelf={shelf} />
        ))}
      </ul>
      <PackSubscribe />
    </section>
  );
}
