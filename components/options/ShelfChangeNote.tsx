import type { ShelfChange } from '@/lib/db/shelf-schema';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { useUi } from '../useUi';

const ACTION: Record<ShelfChange['items'][number]['action'], MessageKey> = {
  new: 'shelfPlanNew',
  changed: 'shelfPlanChanged',
  removed: 'shelfPlanRemoved',
};

/**
 * What the shelf's last update changed. A scheduled update is applied without asking, so this
 * is where the agent reads its dry run afterwards: the figures, and the titles on demand.
 */
export function ShelfChangeNote({ change }: { change: ShelfChange }) {
  const { t, lang } = useUi();
  const summary = t('shelfPlanSummary', change.counts);
  const when = formatDateTime(lang, change.at);
  const more = change.counts.new + change.counts.changed + change.counts.removed - change.items.length;
  return (
    <details className="shelf-change" data-testid="shelf-change" data-trigger={change.trigger}>
      <summary data-testid="shelf-change-summary">
        {t(change.trigger === 'scheduled' ? 'shelfChangedScheduled' : 'shelfChangedManual', { when, summary })}
      </summary>
      <ul>
        {change.items.map((item, i) => (
          <li key={i} data-testid="shelf-change-item" data-action={item.action}>
            {t(ACTION[item.action])}: „{item.title}“
          </li>
        ))}
        {more > 0 && <li className="muted">{t('shelfChangeMore', { count: more })}</li>}
      </ul>
    </details>
  );
}
