import type { TicketContext } from '../sites/context';
import { splitName } from '../sites/names';
import type { Variable } from './placeholders';

// The values a template is filled with. Built from the page's TicketContext at insert time.

export interface TemplateValues {
  customer: { name?: string; firstName?: string; lastName?: string; email?: string };
  agent: { name?: string; firstName?: string };
  ticket: { id?: string; subject?: string };
  /** Fill-in fields by label, as the agent typed them in the palette. */
  fields: Record<string, string>;
  /** Epoch ms; dates are computed from it. */
  now: number;
  /** The conversation's language: dates are written in it. */
  locale: 'de' | 'en';
}

export function valuesFromContext(
  context: TicketContext | undefined,
  agent: { name?: string; firstName?: string },
  now: number,
  options: { fields?: Record<string, string>; locale?: 'de' | 'en' } = {},
): TemplateValues {
  return {
    customer: { ...(context?.customer ?? {}) },
    agent: { name: agent.name ?? context?.agentName, firstName: agent.firstName },
    ticket: { id: context?.ticketId, subject: context?.subject },
    fields: options.fields ?? {},
    now,
    locale: options.locale ?? context?.language ?? 'de',
  };
}

const clean = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

/** A variable's value, derived where the page gave only part of it; undefined when missing. */
export function variableValue(name: Variable, v: TemplateValues): string | undefined {
  const c = v.customer;
  switch (name) {
    case 'customer.first_name':
      return clean(c.firstName) ?? clean(splitName(c.name).firstName);
    case 'customer.last_name':
      return clean(c.lastName) ?? clean(splitName(c.name).lastName);
    case 'customer.name':
      return clean(c.name) ?? clean([c.firstName, c.lastName].map((s) => s?.trim() ?? '').join(' '));
    case 'customer.email':
      return clean(c.email);
    case 'agent.first_name':
      return clean(v.agent.firstName) ?? clean(splitName(v.agent.name).firstName);
    case 'agent.name':
      return clean(v.agent.name) ?? clean(v.agent.firstName);
    case 'ticket.id':
      return clean(v.ticket.id);
    case 'ticket.subject':
      return clean(v.ticket.subject);
  }
}
