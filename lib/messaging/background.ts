import * as z from 'zod/mini';
import { InsertRequestSchema } from '../insert/types';
import { TicketContextSchema } from '../sites/context';
import { ContentConfigSchema } from './content-config';
import { TeamMacroSchema } from '../shelves/zendesk/api';
import { RefreshFailureSchema } from '../shelves/zendesk/fetch';
import { defineChannel } from './define';

// Messages the background answers, from content scripts and the side panel. Both sides
// parse on arrival, so a malformed message is a clear error for the sender instead of a
// half-handled request. Content scripts never receive library records: only text rendered
// for one insertion. (zod/mini: the content script bundles this file and must stay small.)

export const Ok = z.object({ ok: z.literal(true) });
/** Macros per `zendeskShelf.macros` message. */
export const ZENDESK_BATCH = 100;

export { ContentConfigSchema, type ContentConfig } from './content-config';

/** The agent's draft in a tab's reply box; `rich`: a rich editor (one paragraph per line). */
export const DraftSchema = z.object({
  text: z.string().check(z.maxLength(5_000_000)),
  rich: z.optional(z.boolean()),
});
export type Draft = z.infer<typeof DraftSchema>;

export const RenderedSnippetSchema = z.object({
  snippetId: z.string(),
  title: z.string(),
  request: InsertRequestSchema,
  /** Placeholders that had no value on this page, for the agent to check. */
  hints: z.array(z.string()),
  /** Labels of the fill-in fields the template asks for (then the palette asks the agent). */
  fields: z.array(z.string()),
});
export type RenderedSnippet = z.infer<typeof RenderedSnippetSchema>;

export const backgroundChannel = {
  /** Content script → background: the agent typed a shortcut and the expansion key. */
  'insert.expandShortcut': {
    input: z.object({
      shortcut: z.string().check(z.minLength(1), z.maxLength(40)),
      fields: z.optional(z.record(z.string(), z.string())),
    }),
    output: z.nullable(RenderedSnippetSchema),
  },
  /**
   * Content script → background: the shortcuts that exist (not their texts), to decide
   * synchronously on the expansion key, and the keys the agent chose.
   */
  'content.config': {
    input: z.object({}),
    output: ContentConfigSchema,
  },
  /**
   * Content script → background: run the content script's on-demand part (content-kit.js:
   * insertion, palette, draft access) in the sender's frame. Not web-accessible: only the
   * background can inject it, into the content script's own world.
   */
  'content.loadKit': { input: z.object({}), output: Ok },
  /** Content script → background: an insertion happened (usage statistics). */
  'usage.record': {
    input: z.object({ snippetId: z.string().check(z.minLength(1)), site: z.string().check(z.maxLength(253)) }),
    output: Ok,
  },
  /** Content script → background: the context of this tab changed (or `null`: no conversation). */
  'tab.reportContext': { input: z.object({ context: z.nullable(TicketContextSchema) }), output: Ok },
  /** Side panel → background: the context last reported by a tab. */
  'tab.getContext': { input: z.object({ tabId: z.number().check(z.int()) }), output: z.nullable(TicketContextSchema) },
  /**
   * Zendesk content script → background: may this page refresh the team shelf now? The
   * background names the Zendesk from the sender's URL, never from the message.
   */
  'zendeskShelf.begin': {
    input: z.object({ force: z.boolean() }),
    output: z.object({ go: z.boolean(), why: z.optional(z.enum(['disabled', 'fresh', 'busy', 'rate-limited'])) }),
  },
  /**
   * Zendesk content script → background: the next macros of a granted refresh. Sent in small
   * batches: one message of 5,000 macros held the page's main thread for a second in Firefox.
   */
  'zendeskShelf.macros': {
    input: z.object({ macros: z.array(TeamMacroSchema).check(z.maxLength(ZENDESK_BATCH)) }),
    output: Ok,
  },
  /** Zendesk content script → background: the walk is complete (`count` macros sent), or why it failed. */
  'zendeskShelf.finish': {
    input: z.union([
      z.object({ ok: z.literal(true), count: z.number().check(z.int()), skipped: z.number().check(z.int()) }),
      z.object({ ok: z.literal(false), error: RefreshFailureSchema }),
    ]),
    output: z.object({ entries: z.number(), skipped: z.number() }),
  },
  /**
   * Content script → background, after the agent typed (debounced): the draft changed (null:
   * no reply box). The background sets the findings badge and tells the side panel.
   */
  'draft.report': { input: z.object({ draft: z.nullable(DraftSchema) }), output: Ok },
  /** Content script → background, on a user gesture in the page: open the side panel. */
  'panel.open': { input: z.object({}), output: Ok },
} as const;

/** `send` from a content script or the side panel; `handle` in the background. */
export const toBackground = defineChannel(backgroundChannel);
