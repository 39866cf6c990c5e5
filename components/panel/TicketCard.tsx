import { browser } from 'wxt/browser';
import type { TicketContext } from '@/lib/sites/context';
import { useUi } from '../useUi';

/** The conversation detected in the tab, or why there is none and how to enable Tonlage here. */
export function TicketCard({ context, replyBox }: { context: TicketContext | null; replyBox: boolean }) {
  const { t } = useUi();
  if (!context) {
    return (
      <section aria-labelledby="ctx-title" data-testid="context-empty">
        <h2 id="ctx-title">{t('noReplyBox')}</h2>
        <p className="muted">{t('noReplyBoxHint')}</p>
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('enableSite')}
        </button>
      </section>
    );
  }
  const { customer } = context;
  return (
    <section aria-labelledby="ctx-title" data-testid="context-card" data-site={context.site}>
      {/* A reply box without a subject (a new mail) is still a conversation (issue #16). */}
      <h2 id="ctx-title">{context.subject ?? t(context.hasReplyBox || replyBox ? 'noSubject' : 'noConversation')}</h2>
      <dl>
        <dt>{t('customer')}</dt>
        <dd data-testid="ctx-customer">
          {customer.name ?? '–'}
          {customer.email ? ` <${customer.email}>` : ''}
        </dd>
        <dt>{t('ticket')}</dt>
        <dd data-testid="ctx-ticket">{context.ticketId ?? '–'}</dd>
        <dt>{t('conversationLanguage')}</dt>
        <dd data-testid="ctx-language">{context.language ? t(`langName_${context.language}`) : '–'}</dd>
      </dl>
      {!replyBox && (
        <p className="muted" data-testid="ctx-no-reply-box">
          {t('replyBoxMissing')}
        </p>
      )}
    </section>
  );
}
