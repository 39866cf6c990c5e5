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
  frameId?: number;
  url?: string;
}

type Handler<S extends MessageSpec> = (data: Arrived<S>, sender: Sender) => Promise<Out<S>> | Out<S>;

/** Wraps `handler` so that what arrives and what it answers are both parsed (errors go back to the sender). */
export function parsedHandler<S extends MessageSpec>(type: string, spec: S, handler: Handler<S>) {
  return async (data: unknown, sender: Sender = {}): Promise<Out<S>> => {
    const arrived = safeParse(spec.input, data);
    if (!arrived.success) throw new Error(`Invalid "${type}" message: ${describeIssues(arrived.error)}`);
    const output = await handler(arrived.data as Arrived<S>, sender);
    const checked = safeParse(spec.output, output);
    if (!checked.success) throw new Error(`Invalid answer to "${type}": ${describeIssues(checked.error)}`);
    // As in send: the parse made the type true.
    return checked.data as Out<S>;
  };
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
    handle<T extends keyof P & string>(type: T, handler: Handler<P[T]>): () => void {
      const parsed = parsedHandler(type, channel[type], handler);
      return messenger.onMessage(type, (message) =>
        parsed(message.data, {
          tabId: message.sender?.tab?.id,
          frameId: message.sender?.frameId,
          url: message.sender?.url,
        }),
      );
    },
  };
}
