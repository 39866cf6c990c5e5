import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { Mood } from '../db/schema';
import { serialized } from '../lock';

// "A gentler day" (issue #19; the seeds' community manager on the toll of angry messages):
// after a run of hostile conversations the side panel offers a short pause, once. Kept on this
// computer only, and only numbers: the times of recent hostile conversations (the last 30
// minutes) and when the offer was dismissed. Which conversations were counted is remembered
// as short hashes in session storage (memory only, gone when the browser closes), so that
// reopening one ticket does not count it twice.

export const HOSTILE_MOODS: readonly Mood[] = ['anger', 'public_threat', 'legal_threat'];
export const RUN_LENGTH = 3;
export const RUN_WINDOW_MS = 30 * 60_000;

export const GentlerDayStateSchema = z.object({
  hostileAt: z.array(z.number().int().nonnegative()).max(100).catch([]),
  dismissedAt: z.number().int().nonnegative().optional().catch(undefined),
});
export type GentlerDayState = z.infer<typeof GentlerDayStateSchema>;

const stateItem = storage.defineItem<unknown>('local:gentlerDay', { fallback: {} });
const seenItem = storage.defineItem<unknown>('session:gentlerDaySeen', { fallback: [] });
const SeenSchema = z.array(z.string().max(16)).max(500).catch([]);

export async function readGentlerDay(): Promise<GentlerDayState> {
  return GentlerDayStateSchema.parse((await stateItem.getValue()) ?? {});
}

/** Calls `onChange` whenever another context changes the state; returns the unwatch. */
export const watchGentlerDay = (onChange: () => void) => stateItem.watch(onChange);

const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

/** Whether the panel should offer the pause now: a full run within the window, not dismissed today. */
export function offerDue(state: GentlerDayState, now: number): boolean {
  if (state.dismissedAt !== undefined && sameDay(state.dismissedAt, now)) return false;
  return state.hostileAt.filter((t) => now - t <= RUN_WINDOW_MS && t <= now).length >= RUN_LENGTH;
}

export const isHostile = (moods: readonly Mood[]) => moods.some((m) => HOSTILE_MOODS.includes(m));

/** FNV-1a: a conversation's key, not reversible to its words. */
function hash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Background: one hostile conversation seen (`key` names it; it is hashed, never stored as is). */
export function recordHostile(key: string, now = Date.now()): Promise<void> {
  return serialized('tonlage-gentler-day', async () => {
    const seen = SeenSchema.parse(await seenItem.getValue());
    const id = hash(key);
    if (seen.includes(id)) return;
    await seenItem.setValue([...seen, id].slice(-500));
    const state = await readGentlerDay();
    const recent = state.hostileAt.filter((t) => now - t <= RUN_WINDOW_MS);
    await stateItem.setValue({ ...state, hostileAt: [...recent, now].slice(-RUN_LENGTH * 4) });
  });
}

export function dismissGentlerDay(now = Date.now()): Promise<void> {
  return serialized('tonlage-gentler-day', async () => {
    await stateItem.setValue({ ...(await readGentlerDay()), dismissedAt: now });
  });
}
