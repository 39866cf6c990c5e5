import * as z from 'zod/mini';

// What a content script knows about the conversation in front of the agent. It crosses
// from the content script to the background and the side panel, so it is a schema.
// zod/mini keeps the content script small (issue #3 budget: 30 KB gzipped).

export const SITE_IDS = ['zendesk', 'gmail', 'generic'] as const;
export const SiteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteIdSchema>;

const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const OptionalText = (max: number) => z.optional(Text(max));
export const EpochMsMini = z.number().check(z.int(), z.nonnegative());

export const CustomerMessageSchema = z.object({
  text: Text(20_000),
  /** When the page shows it. */
  at: z.optional(EpochMsMini),
  author: OptionalText(300),
});

export const TicketContextSchema = z.object({
  site: SiteIdSchema,
  host: Text(253),
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
  /** Whether a reply box was found on the page. */
  hasReplyBox: z.boolean(),
});
export type TicketContext = z.infer<typeof TicketContextSchema>;
