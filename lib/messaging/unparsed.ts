import { defineExtensionMessaging } from '@webext-core/messaging';
import type { input } from 'zod/v4/core';
import type { backgroundChannel } from './background';
import type { tabChannel } from './tab';

// The content script's first-load part sends and receives without zod of its own, so the
// script every helpdesk page loads stays small (issue #20). Nothing goes unparsed: the
// background parses every message on arrival (define.ts), and what arrives here is handed to
// the on-demand part (lib/content/kit.ts), which parses it before acting, or parsed where it
// is used (content-config.ts).

type Background = typeof backgroundChannel;
type TabType = keyof typeof tabChannel & string;

const messenger = defineExtensionMessaging<Record<string, (data: unknown) => unknown>>();

/** Sends to the background, which parses the message; the answer is for the caller to parse. */
export function sendUnparsed<T extends keyof Background & string>(
  type: T,
  data: input<Background[T]['input']>,
): Promise<unknown> {
  return messenger.sendMessage(type, data);
}

/** Receives a tab message; `handler` gets the raw data and must parse it before acting. */
export function onTabMessage(type: TabType, handler: (raw: unknown) => Promise<unknown>): () => void {
  return messenger.onMessage(type, (message) => handler(message.data));
}
