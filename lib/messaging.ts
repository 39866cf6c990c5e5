import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { InsertOutcomeSchema, InsertRequestSchema } from './insert/types';
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
});
export type RenderedSnippet = z.infer<typeof RenderedSnippetSchema>;

export const protocol = {
  /** Content script → background: the agent typed a shortcut and the expansion key. */
  'insert.expandShortcut': {
    input: z.object({ shortcut: z.string().check(z.minLength(1), z.maxLength(40)) }),
    output: z.nullable(RenderedSnippetSchema),
  },
  /** Extension page or background → content script of a tab: insert into the box that had focus. */
  'insert.apply': { input: InsertRequestSchema, output: InsertOutcomeSchema },
  /** Content script → background: the shortcuts that exist (not their texts), to decide synchronously on the expansion key. */
  'insert.shortcuts': { input: z.object({}), output: z.array(z.string()) },
  /** Content script → background: an insertion happened (usage statistics). */
  'usage.record': {
    input: z.object({ snippetId: z.string().check(z.minLength(1)), site: z.string().check(z.maxLength(253)) }),
    output: Ok,
  },
  /** Content script → background: the context of this tab changed (or `null`: no conversation). */
  'tab.reportContext': { input: z.object({ context: z.nullable(TicketContextSchema) }), output: Ok },
  /** Side panel → background: the context last reported by a tab. */
  'tab.getContext': { input: z.object({ tabId: z.number().check(z.int()) }), output: z.nullable(TicketContextSchema) },
  /** Content script → background, on a user gesture in the page: open the side panel. */
  'panel.open': { input: z.object({}), output: Ok },
} as const;

type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Input<K extends MessageType> = z.input<Protocol[K]['input']>;
export type Output<K extends MessageType> = z.output<Protocol[K]['output']>;

type ProtocolMap = { [K in MessageType]: (data: Input<K>) => Output<K> };

const messenger = defineExtensionMessaging<ProtocolMap>();

function describe(error: z.core.$ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Sends a validated message (to the background, or to a tab when `tabId` is given). */
export async function send<K extends MessageType>(type: K, data: Input<K>, tabId?: number): Promise<Output<K>> {
  const spec = protocol[type];
  const payload = spec.input.safeParse(data);
  if (!payload.success) throw new Error(`Refusing to send an invalid "${type}" message: ${describe(payload.error)}`);
  const sendMessage = messenger.sendMessage as (t: K, d: unknown, tab?: number) => Promise<unknown>;
  const response = spec.output.safeParse(await sendMessage(type, payload.data, tabId));
  if (!response.success) throw new Error(`Invalid answer to "${type}": ${describe(response.error)}`);
  return response.data as Output<K>;
}

export interface Sender {
  tabId?: number;
  url?: string;
}

/** Handles one message type; input and output are validated, errors go back to the sender. */
export function handle<K extends MessageType>(
  type: K,
  handler: (data: z.output<Protocol[K]['input']>, sender: Sender) => Promise<Output<K>> | Output<K>,
): () => void {
  const spec = protocol[type];
  const on = messenger.onMessage as (
    t: K,
    cb: (m: { data: unknown; sender?: { tab?: { id?: number }; url?: string } }) => Promise<unknown>,
  ) => () => void;
  return on(type, async (message) => {
    const input = spec.input.safeParse(message.data);
    if (!input.success) throw new Error(`Invalid "${type}" message: ${describe(input.error)}`);
    const output = await handler(input.data as z.output<Protocol[K]['input']>, {
      tabId: message.sender?.tab?.id,
      url: message.sender?.url,
    });
    const checked = spec.output.safeParse(output);
    if (!checked.success) throw new Error(`Invalid answer to "${type}": ${describe(checked.error)}`);
    return checked.data;
  });
}
