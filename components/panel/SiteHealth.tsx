import { useState } from 'react';
import { toTab } from '@/lib/messaging/tab';
import type { TicketContext } from '@/lib/sites/context';
import { useUi } from '../useUi';

/** Which parts of the conversation Tonlage found on the page, and a bug report's page structure (issue #16). */
export function SiteHealth({
  context,
  replyBox,
  tabId,
}: {
  context: TicketContext;
  replyBox: boolean;
  tabId: number | null | undefined;
}) {
  const { t } = useUi();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const parts = {
    replyBox,
    customer: !!context.customer.name,
    email: !!context.customer.email,
    subject: !!context.subject,
    lastMessage: !!context.lastCustomerMessage?.text,
    agent: !!context.agentName,
  } as const;
  const copy = async () => {
    try {
      if (tabId == null) throw new Error('no tab');
      const { html } = await toTab.send('page.skeleton', {}, tabId);
      await navigator.clipboard.writeText(html);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <details className="site-health" data-testid="site-health">
      {/* The visible words are the name (axe: label-content-name-mismatch); the title explains. */}
      <summary title={t('healthTitle')}>
        <span aria-hidden="true">ⓘ</span> {t('healthButton')}
      </summary>
      <ul>
        {Object.entries(parts).map(([part, found]) => (
          <li key={part} data-testid={`health-${part}`} data-found={found}>
            {found ? '✓' : '✗'} {t(`part_${part as keyof typeof parts}`)}: {t(found ? 'partFound' : 'partMissing')}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void copy()} data-testid="copy-structure">
        {t('copyStructure')}
      </button>
      {status && (
        <p role="status" className="muted">
          {t(status === 'copied' ? 'structureCopied' : 'structureFailed')}
        </p>
      )}
    </details>
  );
}
