import * as z from 'zod/mini';
import { InsertOutcomeSchema, InsertRequestSchema } from './insert/types';
import { defineProtocol } from './protocol';
import { TicketContextSchema } from './sites/context';

// The one protocol between the extension's contexts. Each message has an input and an
// output schema; both sides parse on arrival, so a malformed message is a clear error
// for the sender instead of a half-handled request. Content scripts never receive
// library records: only text rendered for one insertion. (zod/mini: the content script
// bundles this file and must stay small.)

const Ok = z.object({ ok: z.literal(true) });

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

export const protocol = {
  /** Content script → background: the agent typed a shortcut and the expansion key. */
  'insert.expandShortcut': {
    input: z.object({
      shortcut: z.string().check(z.minLength(1), z.maxLength(40)),
      fields: z.optional(z.record(z.string(), z.string())),
    }),
    output: z.nullable(RenderedSnippetSchema),
  },
  /** Extension page or background → content script of a tab: insert into the box that had focus. */
  'insert.apply': { input: InsertRequestSchema, output: InsertOutcomeSchema },
  /**
   * Content script → background: the shortcuts that exist (not their texts), to decide
   * synchronously on the expansion key, and the keys the agent chose.
   */
  'content.config': {
    input: z.object({}),
    output: z.object({ shortcuts: z.array(z.string()), paletteHotkey: z.string(), expansionKey: z.string() }),
  },
  /** Background → content script: the shortcuts or keys changed. */
  'content.configChanged': {
    input: z.object({ shortcuts: z.array(z.string()), paletteHotkey: z.string(), expansionKey: z.string() }),
    output: Ok,
  },
  /** Content script → background: an insertion happened (usage statistics). */
  'usage.record': {
    input: z.object({ snippetId: z.string().check(z.minLength(1)), site: z.string().check(z.maxLength(253)) }),
    output: Ok,
  },
  /** Content script → background: the context of this tab changed (or `null`: no conversation). */
  'tab.reportContext': { input: z.object({ context: z.nullable(TicketContextSchema) }), output: Ok },
  /** Side panel → background: the context last reported by a tab. */
  'tab.getContext': { input: z.object({ tabId: z.number().check(z.int()) }), output: z.nullable(TicketContextSchema) },
  /** Extension frame inside a tab (the palette) → background: which tab it is shown in (Firefox gives such frames no `tabs` API). */
  'frame.tabId': { input: z.object({}), output: z.object({ tabId: z.number().check(z.int()) }) },
  /** Extension frame inside a tab → background: insert into that tab's reply box (a frame there cannot message tabs itself in Firefox). */
  'frame.insert': { input: InsertRequestSchema, output: InsertOutcomeSchema },
  /** Content script → background, on a user gesture in the page: open the side panel. */
  'panel.open': { input: z.object({}), output: Ok },
  /** Side panel → content script of a tab: the agent's current draft in the reply box (null: none). */
  'draft.get': { input: z.object({}), output: z.nullable(z.object({ text: z.string() })) },
  /** Side panel → content script: replace the whole draft (a rewrite), through the editor (one undo step). */
  'draft.replace': {
    input: z.object({ text: z.string().check(z.maxLength(5_000_000)) }),
    output: InsertOutcomeSchema,
  },
} as const;

const content = defineProtocol(protocol);
export const send = content.send;
export const handle = content.handle;
export type { Sender } from './protocol';
