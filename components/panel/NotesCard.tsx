import { noteScopes } from '@/lib/queries/panel';
import type { TicketContext } from '@/lib/sites/context';
import { scopeKey } from '@/lib/db/schema';
import { useUi } from '../useUi';
import { Section } from './Section';
import { NoteField } from './NoteField';

/** The agent's notes on this customer (shown on every ticket of theirs) and on this ticket. */
export function NotesCard({ context }: { context: TicketContext }) {
  const { t } = useUi();
  const { customer, ticket } = noteScopes(context);
  if (!customer && !ticket) return null;
  return (
    <Section id="notes" title={t('notesTitle')} testId="notes-card">
      {customer?.kind === 'customer' && (
        <NoteField
          key={scopeKey(customer)}
          scope={customer}
          label={t('customerNote', { email: customer.email })}
          testId="customer-note"
        />
      )}
      {ticket?.kind === 'ticket' && (
        <NoteField
          key={scopeKey(ticket)}
          scope={ticket}
          label={t('ticketNote', { ticket: ticket.ticketId })}
          testId="ticket-note"
        />
      )}
      <p className="muted">{t('notesHint')}</p>
    </Section>
  );
}
