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
        <InfoIcon /> {t('healthButton')}
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

/** An "i" in a circle, drawn: the character ⓘ is missing from many system fonts (a box on Linux). */
function InfoIcon() {
  return (
    <svg aria-hidden="true" width="1em" height="1em" viewBox="0 0 16 16" style={{ verticalAlign: '-0.125em' }}>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
      <circle cx="8" cy="4.75" r="1" fill="currentColor" />
    </svg>
  );
}
