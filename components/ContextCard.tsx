import type { TicketContext } from '@/lib/sites/context';
import { useUi } from './useUi';

/** The conversation detected in the current tab. */
export function ContextCard({ context }: { context: TicketContext | null | undefined }) {
  const { t } = useUi();
  if (!context) {
    return (
      <section aria-labelledby="ctx-title" data-testid="context-empty">
        <h2 id="ctx-title">{t('noReplyBox')}</h2>
        <p className="muted">{t('noReplyBoxHint')}</p>
      </section>
    );
  }
  const { customer } = context;
  return (
    <section aria-labelledby="ctx-title" data-testid="context-card" data-site={context.site}>
      <h2 id="ctx-title">{context.subject ?? t('noConversation')}</h2>
      <dl>
        <dt>{t('customer')}</dt>
        <dd data-testid="ctx-customer">
          {customer.name ?? '–'}
          {customer.email ? ` <${customer.email}>` : ''}
        </dd>
        <dt>{t('ticket')}</dt>
        <dd data-testid="ctx-ticket">{context.ticketId ?? '–'}</dd>
      </dl>
      {context.lastCustomerMessage && (
        <>
          <h2 style={{ marginTop: 8 }}>{t('lastMessage')}</h2>
          <blockquote data-testid="ctx-last-message">{context.lastCustomerMessage.text}</blockquote>
        </>
      )}
      {!context.hasReplyBox && <p className="muted">{t('noReplyBox')}</p>}
    </section>
  );
}
