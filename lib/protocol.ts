import { defineExtensionMessaging } from '@webext-core/messaging';

// Shared machinery of the message protocols (lib/messaging.ts for content scripts,
// lib/library-messaging.ts for extension pages): each message type has an input and an
// output schema (zod or zod/mini); both sides parse what arrives.

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}
interface Issue {
  path: PropertyKey[];
  message: string;
}
export interface MessageSpec<I = unknown, O = unknown> {
  input: Schema<I>;
  output: Schema<O>;
}
type In<S> = S extends MessageSpec<infer I, unknown> ? I : never;
type Out<S> = S extends MessageSpec<unknown, infer O> ? O : never;

export interface Sender {
  tabId?: number;
  url?: string;
}

function describe(issues: Issue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

export function defineProtocol<P extends Record<string, MessageSpec>>(protocol: P) {
  const messenger = defineExtensionMessaging<Record<string, (data: unknown) => unknown>>();
  type K = keyof P & string;
  return {
    /** Sends a validated message (to the background, or to a tab when `tabId` is given). */
    async send<T extends K>(type: T, data: In<P[T]>, tabId?: number): Promise<Out<P[T]>> {
      const spec = protocol[type]!;
      const payload = spec.input.safeParse(data);
      if (!payload.success)
        throw new Error(`Refusing to send an invalid "${type}" message: ${describe(payload.error.issues)}`);
      const sendMessage = messenger.sendMessage as (t: string, d: unknown, tab?: number) => Promise<unknown>;
      const response = spec.output.safeParse(await sendMessage(type, payload.data, tabId));
      if (!response.success) throw new Error(`Invalid answer to "${type}": ${describe(response.error.issues)}`);
      return response.data as Out<P[T]>;
    },
    /** Handles one message type; input and output are validated, errors go back to the sender. */
    handle<T extends K>(
      type: T,
      handler: (data: In<P[T]>, sender: Sender) => Promise<Out<P[T]>> | Out<P[T]>,
    ): () => void {
      const spec = protocol[type]!;
      const on = messenger.onMessage as (
        t: string,
        cb: (m: { data: unknown; sender?: { tab?: { id?: number }; url?: string } }) => Promise<unknown>,
      ) => () => void;
      return on(type, async (message) => {
        const input = spec.input.safeParse(message.data);
        if (!input.success) throw new Error(`Invalid "${type}" message: ${describe(input.error.issues)}`);
        const output = await handler(input.data as In<P[T]>, {
          tabId: message.sender?.tab?.id,
          url: message.sender?.url,
        });
        const checked = spec.output.safeParse(output);
        if (!checked.success) throw new Error(`Invalid answer to "${type}": ${describe(checked.error.issues)}`);
        return checked.data;
      });
    },
  };
}
