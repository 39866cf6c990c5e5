import * as z from 'zod/mini';
import { SITE_IDS } from './registry';

// What a content script knows about the conversation in front of the agent. It crosses
// from the content script to the background and the side panel, so it is a schema.
// zod/mini keeps the content script small (issue #3 budget: 30 KB gzipped).

export { SITE_IDS, type SiteId } from './registry';
export const SiteIdSchema = z.enum(SITE_IDS);

const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const OptionalText = (max: number) => z.optional(Text(max));
export const EpochMsMini = z.number().check(z.int(), z.nonnegative());

export const CustomerMessageSchema = z.object({
  text: Text(20_000),
  /** When the page shows it. */
  at: z.optional(EpochMsMini),
  author: OptionalText(300),
});

/** What an adapter reads from the page; the watcher adds site, host and hasReplyBox. */
export const ConversationInfoSchema = z.object({
  /** A key that changes when the agent switches ticket or thread. */
  conversationKey: Text(500),
  ticketId: OptionalText(100),
  subject: OptionalText(1_000),
  customer: z.object({
    name: OptionalText(300),
    firstName: OptionalText(150),
    lastName: OptionalText(150),
    email: OptionalText(320),
  }),
  agentName: OptionalText(300),
  lastCustomerMessage: z.optional(CustomerMessageSchema),
  language: z.optional(z.enum(['de', 'en'])),
});
export type ConversationInfo = z.infer<typeof ConversationInfoSchema>;

export const TicketContextSchema = z.extend(ConversationInfoSchema, {
  site: SiteIdSchema,
  host: Text(253),
  /** Whether a reply box was found on the page. */
  hasReplyBox: z.boolean(),
});
export type TicketContext = z.infer<typeof TicketContextSchema>;
