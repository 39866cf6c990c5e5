import { z } from 'zod';

// Change notifications between the extension's own contexts (background, side panel,
// options page, palette iframe). They share one origin, so a BroadcastChannel reaches
// all of them; pages answer by invalidating their TanStack queries. No polling.

export const LIBRARY_TABLES = ['snippets', 'notes', 'usage', 'settings', 'shelves'] as const;

export const BroadcastEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library-changed'), tables: z.array(z.enum(LIBRARY_TABLES)).min(1) }),
  z.object({ kind: z.literal('context-changed'), tabId: z.number().int() }),
  // The draft travels with the event: the panel shows it without asking the tab again.
  z.object({
    kind: z.literal('draft-changed'),
    tabId: z.number().int(),
    draft: z.object({ text: z.string().max(5_000_000), rich: z.boolean().optional() }).nullable(),
  }),
]);
export type BroadcastEvent = z.infer<typeof BroadcastEventSchema>;

const CHANNEL = 'tonlage';
let sender: BroadcastChannel | undefined;

export function publish(event: BroadcastEvent): void {
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage(BroadcastEventSchema.parse(event));
}

/** Calls `handler` for every valid event from another context; returns the unsubscribe. */
export function subscribe(handler: (event: BroadcastEvent) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (message: MessageEvent) => {
    const parsed = BroadcastEventSchema.safeParse(message.data);
    if (parsed.success) handler(parsed.data);
    else console.warn('[tonlage] ignored an invalid broadcast', parsed.error.issues);
  };
  return () => channel.close();
}
