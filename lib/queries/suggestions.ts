import type { Mood } from '../db/schema';
import type { TicketContext } from '../sites/context';
import { analyzeMessage } from '../tone';

/** The customer's moods and the conversation's language, read from the last customer message. */
export function readCustomer(context: TicketContext | null | undefined): { moods: Mood[]; language?: 'de' | 'en' } {
  const text = context?.lastCustomerMessage?.text;
  if (!text) return { moods: [], language: context?.language };
  const analysis = analyzeMessage(text, { language: context?.language });
  return { moods: analysis.moods.map((m) => m.label), language: context?.language ?? analysis.language };
}
