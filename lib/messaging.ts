import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { SnippetSchema } from './db/schema';
import { TicketContextSchema } from './sites/context';

// The one protocol between the extension's contexts. Each message has an input and an
// output schema; both sides parse on arrival, so a malformed message is a clear error
// for the sender instead of a half-handled request.

const Ok = z.object({ ok: z.literal(true) });

export const protocol = {
  /** Content script → background: the shortcut the agent just typed. */
  'library.findByShortcut': {
    input: z.object({ shortcut: z.string().min(1).max(40) }),
    output: SnippetSchema.nullable(),
  },
  /** Content script → background: an insertion happened (usage statistics). */
  'usage.record': { input: z.object({ snippetId: z.string().min(1), site: z.string().max(253) }), output: Ok },
  /** Content script → background: the context of this tab changed (or `null`: no conversation). */
  'tab.reportContext': { input: z.object({ context: TicketContextSchema.nullable() }), output: Ok },
  /** Side panel → background: the context last reported by a tab. */
  'tab.getContext': { input: z.object({ tabId: z.number().int() }), output: TicketContextSchema.nullable() },
  /** Content script → background, on a user gesture in the page: open the side panel. */
  'panel.open': { input: z.object({}), output: Ok },
} as const;

type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Input<K extends MessageType> = z.input<Protocol[K]['input']>;
export type Output<K extends MessageType> = z.output<Protocol[K]['output']>;

type ProtocolMap = { [K in MessageType]: (data: Input<K>) => Output<K> };

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Sends a validated message (to the background, or to a tab when `tabId` is given). */
export async function send<K extends MessageType>(type: K, data: Input<K>, tabId?: number): Promise<Output<K>> {
  const spec = protocol[type];
  const payload = spec.input.parse(data) as Input<K>;
  const send = messenger.sendMessage as (t: K, d: Input<K>, tab?: number) => Promise<unknown>;
  const response = await send(type, payload, tabId);
  return spec.output.parse(response) as Output<K>;
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
    if (!input.success)
      throw new Error(`Invalid "${type}" message: ${input.error.issues.map((i) => i.message).join('; ')}`);
    const output = await handler(input.data as z.output<Protocol[K]['input']>, {
      tabId: message.sender?.tab?.id,
      url: message.sender?.url,
    });
    return spec.output.parse(output);
  });
}
