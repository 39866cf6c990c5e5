import type { Mood } from '../db/schema';
import type { TicketContext } from '../sites/context';
import { analyzeMessage, type MessageAnalysis } from '../tone';

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
