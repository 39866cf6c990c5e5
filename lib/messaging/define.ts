import { defineExtensionMessaging } from '@webext-core/messaging';
import type { $ZodType, input, output } from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { describeIssues } from '../issues';

// Shared machinery of the runtime channels (runtime.ts, library.ts): each message type has
// an input and an output schema (zod or zod/mini); both sides parse what arrives, and the
// typed map of @webext-core/messaging is derived from the schemas.

export interface MessageSpec {
  input: $ZodType;
  output: $ZodType;
}
export type Channel = Record<string, MessageSpec>;

type In<S extends MessageSpec> = input<S['input']>;
type Arrived<S extends MessageSpec> = output<S['input']>;
type Out<S extends MessageSpec> = output<S['output']>;

export interface Sender {
  tabId?: number;
  url?: string;
}

export function defineChannel<P extends Channel>(channel: P) {
  // The transport carries unknown data: what arrives is typed only once parsed below.
  const messenger = defineExtensionMessaging<Record<string, (data: unknown) => unknown>>();
  return {
    /** Sends a validated message (to the background, or to a tab when `tabId` is given). */
    async send<T extends keyof P & string>(type: T, data: In<P[T]>, tabId?: number): Promise<Out<P[T]>> {
      const spec: P[T] = channel[type];
      const payload = safeParse(spec.input, data);
      if (!payload.success)
        throw new Error(`Refusing to send an invalid "${type}" message: ${describeIssues(payload.error)}`);
      const answer: unknown = await messenger.sendMessage(type, payload.data, tabId);
      const response = safeParse(spec.output, answer);
      if (!response.success) throw new Error(`Invalid answer to "${type}": ${describeIssues(response.error)}`);
      // TypeScript cannot resolve zod's output type through the generic key; the parse made it true.
      return response.data as Out<P[T]>;
    },
    /** Handles one message type; input and output are validated, errors go back to the sender. */
    handle<T extends keyof P & string>(
      type: T,
      handler: (data: Arrived<P[T]>, sender: Sender) => Promise<Out<P[T]>> | Out<P[T]>,
    ): () => void {
      const spec: P[T] = channel[type];
      return messenger.onMessage(type, async (message) => {
        const arrived = safeParse(spec.input, message.data);
        if (!arrived.success) throw new Error(`Invalid "${type}" message: ${describeIssues(arrived.error)}`);
        const sender = { tabId: message.sender?.tab?.id, url: message.sender?.url };
        const output = await handler(arrived.data as Arrived<P[T]>, sender);
        const checked = safeParse(spec.output, output);
        if (!checked.success) throw new Error(`Invalid answer to "${type}": ${describeIssues(checked.error)}`);
        return checked.data;
      });
    },
  };
}
