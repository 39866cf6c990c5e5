import { z } from 'zod';
import { EpochMs } from '../db/schema';

// What a content script knows about the conversation in front of the agent. It crosses
// from the page's content script to the background and the side panel, so it is a schema.

export const SITE_IDS = ['zendesk', 'gmail', 'generic'] as const;
export const SiteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteIdSchema>;

const Text = (max: number) => z.string().trim().max(max);

export const CustomerMessageSchema = z.object({
  text: Text(20_000),
  /** When the page shows it. */
  at: EpochMs.optional(),
  author: Text(300).optional(),
});

export const TicketContextSchema = z.object({
  site: SiteIdSchema,
  host: Text(253),
  /** A key that changes when the agent switches ticket or thread. */
  conversationKey: Text(500),
  ticketId: Text(100).optional(),
  subject: Text(1_000).optional(),
  customer: z.object({
    name: Text(300).optional(),
    firstName: Text(150).optional(),
    lastName: Text(150).optional(),
    email: Text(320).optional(),
  }),
  agentName: Text(300).optional(),
  lastCustomerMessage: CustomerMessageSchema.optional(),
  language: z.enum(['de', 'en']).optional(),
  /** Whether a reply box was found on the page. */
  hasReplyBox: z.boolean(),
});
export type TicketContext = z.infer<typeof TicketContextSchema>;
