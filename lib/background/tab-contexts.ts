import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { publish } from '../messaging/broadcast';
import { type TicketContext, TicketContextSchema } from '../sites/context';

// The background's picture of each tab's conversation. Service workers are stopped and
// restarted by the browser at will, so the map is mirrored to storage.session (memory
// only, cleared when the browser closes) and read back on wake-up.

const STORAGE_KEY = 'tabContexts';
const StoredSchema = z.record(z.string(), TicketContextSchema);

let cache: Map<number, TicketContext> | undefined;

async function load(): Promise<Map<number, TicketContext>> {
  if (cache) return cache;
  const raw = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = StoredSchema.safeParse(raw ?? {});
  cache = new Map(parsed.success ? Object.entries(parsed.data).map(([k, v]) => [Number(k), v]) : []);
  return cache;
}

async function save(map: Map<number, TicketContext>): Promise<void> {
  await browser.storage.session.set({ [STORAGE_KEY]: Object.fromEntries(map) });
}

export async function setTabContext(tabId: number, context: TicketContext | null): Promise<void> {
  const map = await load();
  const before = JSON.stringify(map.get(tabId) ?? null);
  if (context) map.set(tabId, context);
  else map.delete(tabId);
  if (before === JSON.stringify(context)) return;
  await save(map);
  publish({ kind: 'context-changed', tabId });
}

export async function getTabContext(tabId: number): Promise<TicketContext | null> {
  return (await load()).get(tabId) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await setTabContext(tabId, null);
}

/** Tabs whose content script has reported in. */
export async function knownTabs(): Promise<number[]> {
  return [...(await load()).keys()];
}
