import type { Mood } from '../db/schema';
import type { TicketContext } from '../sites/context';
import { analyzeMessage, type MessageAnalysis } from '../tone';
import type { Ticket } from './rank';

/** What the suggestions and the ranked library search know about the customer. */
export interface Customer {
  moods: Mood[];
  language?: 'de' | 'en';
}

/**
 * The customer's moods and the conversation's language, read from the last customer message
 * (or from an analysis the caller already has of it).
 */
export function readCustomer(context: TicketContext | null | undefined, analysis?: MessageAnalysis | null): Customer {
  const text = context?.lastCustomerMessage?.text;
  if (!text) return { moods: [], language: context?.language };
  const read = analysis ?? analyzeMessage(text, { language: context?.language });
  return { moods: read.moods.map((m) => m.label), language: context?.language ?? read.language };
}

/**
 * The ticket as the ranking reads it: the customer's own words (greeting, sign-off, signature,
 * disclaimer and quoted history set aside, as the tone engine marks them), moods, language.
 */
export function readTicket(
  input: { subject?: string; text: string; language?: 'de' | 'en' },
  analysis?: MessageAnalysis | null,
): Ticket {
  const read = analysis ?? analyzeMessage(input.text, { language: input.language });
  let own = '';
  let at = 0;
  for (const part of read.setAside) {
    own += input.text.slice(at, part.start) + '\n';
    at = Math.max(at, part.end);
  }
  own += input.text.slice(at);
  return {
    language: input.language ?? read.language,
    subject: input.subject,
    message: own,
    moods: read.moods.map((m) => ({ label: m.label, strength: m.strength })),
  };
}
