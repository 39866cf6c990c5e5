import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Shelf } from '@/lib/db/shelf-schema';
import {
  allowPackAccessMutation,
  refreshShelfMutation,
  shelfErrorText,
  shelfRefusalText,
  toggleShelfMutation,
  unsubscribeMutation,
} from '@/lib/queries/shelves';
import { formatDateTime } from '@/lib/i18n/format';
import { useUi } from '../useUi';
import { ShelfChangeNote } from './ShelfChangeNote';
import { ShelfPlanView } from './ShelfPlanView';

/** One team shelf: source, entries, last refresh, error; switch, refresh, unsubscribe. */
export function ShelfItem({ shelf }: { shelf: Shelf }) {
  const { t, lang } = useUi();
  const client = useQueryClient();
  const toggle = useMutation(toggleShelfMutation(client));
  const refresh = useMutation(refreshShelfMutation(client));
  const remove = useMutation(unsubscribeMutation(client));
  const allow = useMutation(allowPackAccessMutation(client));
  const when = shelf.lastRefreshAt ? formatDateTime(lang, shelf.lastRefreshAt) : undefined;
  const outcome = refresh.data;
  return (
    <li className="shelf" data-testid="shelf" data-shelf-id={shelf.id}>
      <div>
        <strong data-testid="shelf-label">{shelf.label}</strong> · {t(`shelfKind_${shelf.kind}`)}
        {shelf.preset && (
          <span className="badge" data-testid="shelf-preset" title={t('shelfPresetHint')}>
            {' '}
            · {t('shelfPreset')}
          </span>
        )}
      </div>
      <div className="muted">
        {t('shelfSource')}: <code>{shelf.source}</code> ·{' '}
        <span data-testid="shelf-count">{t('shelfEntries', { count: shelf.entryCount })}</span> ·{' '}
        {when ? t('shelfLastRefresh', { when }) : t('shelfNeverRefreshed')}
      </div>
      {shelf.lastError && (
        <p role="alert" className="error" data-testid="shelf-error" data-code={shelf.lastError.code}>
          {shelfErrorText(shelf.lastError, t, lang)}
        </p>
      )}
      {shelf.lastChange && <ShelfChangeNote change={shelf.lastChange} />}
      <label>
        <input
          type="checkbox"
          checked={shelf.enabled}
          onChange={(e) => toggle.mutate({ id: shelf.id, enabled: e.target.checked })}
          data-testid="shelf-enabled"
        />{' '}
        {t('shelfOn')}
      </label>{' '}
      {shelf.kind === 'pack' && (
        <button
          type="button"
          onClick={() => refresh.mutate(shelf)}
          disabled={refresh.isPending}
          data-testid="shelf-refresh"
        >
          {refresh.isPending ? t('shelfRefreshing') : t('shelfRefresh')}
        </button>
      )}{' '}
      {shelf.kind === 'pack' && shelf.lastError?.code === 'permission' && (
        <button type="button" onClick={() => allow.mutate(shelf)}>
          {t('shelfAllowAccess')}
        </button>
      )}{' '}
      {!shelf.preset && (
        <button type="button" onClick={() => remove.mutate(shelf.id)} data-testid="shelf-unsubscribe">
          {t('shelfUnsubscribe')}
        </button>
      )}
      {outcome?.status === 'unchanged' && (
        <p role="status" data-testid="shelf-unchanged">
          {t('shelfUnchanged')}
        </p>
      )}
      {outcome?.status === 'preview' && (
        <ShelfPlanView shelf={shelf} plan={outcome.plan} pending={outcome.pending} onDone={() => refresh.reset()} />
      )}
      {(remove.isError || toggle.isError) && (
        <p role="alert" className="error">
          {shelfRefusalText(remove.error ?? toggle.error, t)}
        </p>
      )}
    </li>
  );
}
