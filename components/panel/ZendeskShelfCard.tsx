import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import { zendeskErrorKey } from '@/lib/i18n/zendesk-shelf';
import { toTab } from '@/lib/messaging/tab';
import { zendeskShelfQuery } from '@/lib/queries/zendesk-shelf';
import { subdomainOf } from '@/lib/shelves/zendesk/where';
import type { TicketContext } from '@/lib/sites/context';
import { useUi } from '../useUi';

type Outcome = { ok: boolean; why?: string; skipped?: number };

/** The Zendesk team shelf of this tab's Zendesk: how current it is, why not, and "refresh now". */
export function ZendeskShelfCard({ context, tabId }: { context: TicketContext; tabId: number | null }) {
  const { t, lang } = useUi();
  const subdomain = subdomainOf(`https://${context.host}/`);
  const shelf = useQuery(zendeskShelfQuery(subdomain)).data;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!subdomain) return null;
  const when = (at: number) => formatDateTime(lang, at);
  const refresh = async () => {
    if (tabId == null) return;
    setBusy(true);
    try {
      setOutcome(await toTab.send('zendeskShelf.refresh', {}, tabId));
    } catch {
      setOutcome({ ok: false, why: 'network' });
    } finally {
      setBusy(false);
    }
  };
  const error = shelf?.lastError;
  const notice = outcome && !outcome.ok && (outcome.why === 'busy' || outcome.why === 'disabled') ? outcome.why : null;
  return (
    <section aria-labelledby="zendesk-shelf-title" data-testid="zendesk-shelf" data-refreshing={busy}>
      <h2 id="zendesk-shelf-title">{t('zendeskShelfTitle')}</h2>
      <p data-testid="zendesk-shelf-count">{t('zendeskShelfCount', { count: shelf?.entryCount ?? 0, subdomain })}</p>
      <p className="muted" data-testid="zendesk-shelf-refreshed">
        {shelf?.lastRefreshAt
          ? t('zendeskShelfRefreshedAt', { when: when(shelf.lastRefreshAt) })
          : t('zendeskShelfNever')}
      </p>
      {error && (
        <p role="alert" data-testid="zendesk-shelf-error" data-code={error.code}>
          {t(zendeskErrorKey(error.code), {
            status: error.status ?? '',
            when: error.retryAt ? when(error.retryAt) : '',
          })}{' '}
          {shelf?.lastRefreshAt && t('zendeskShelfKept')}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="zendesk-shelf-notice">
          {t(notice === 'busy' ? 'zendeskShelfBusy' : 'zendeskShelfOff')}
        </p>
      )}
      {!!outcome?.skipped && (
        <p className="muted" data-testid="zendesk-shelf-skipped">
          {t('zendeskShelfSkipped', { count: outcome.skipped })}
        </p>
      )}
      <button
        type="button"
        disabled={busy || tabId == null}
        onClick={() => void refresh()}
        data-testid="zendesk-shelf-refresh"
      >
        {t(busy ? 'zendeskShelfRefreshing' : 'zendeskShelfRefresh')}
      </button>
    </section>
  );
}
