import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { dismissGentlerDay, offerDue, readGentlerDay, recordHostile, RUN_WINDOW_MS } from '@/lib/wellbeing/gentler-day';

const T0 = new Date('2026-12-01T10:00:00').getTime();
const MIN = 60_000;

describe('a gentler day', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers the pause after three hostile conversations within 30 minutes, not after two', async () => {
    await recordHostile('ticket 1', T0);
    await recordHostile('ticket 2', T0 + 10 * MIN);
    expect(offerDue(await readGentlerDay(), T0 + 11 * MIN)).toBe(false);
    await recordHostile('ticket 3', T0 + 20 * MIN);
    expect(offerDue(await readGentlerDay(), T0 + 21 * MIN)).toBe(true);
  });

  it('needs the three within the window', async () => {
    await recordHostile('a', T0);
    await recordHostile('b', T0 + 20 * MIN);
    await recordHostile('c', T0 + RUN_WINDOW_MS + MIN);
    expect(offerDue(await readGentlerDay(), T0 + RUN_WINDOW_MS + 2 * MIN)).toBe(false);
  });

  it('counts one conversation once', async () => {
    for (let i = 0; i < 3; i++) await recordHostile('the same ticket', T0 + i * MIN);
    expect((await readGentlerDay()).hostileAt).toHaveLength(1);
  });

  it('does not offer again the same day once dismissed, and does the next day', async () => {
    for (const [i, key] of ['a', 'b', 'c'].entries()) await recordHostile(key, T0 + i * MIN);
    await dismissGentlerDay(T0 + 5 * MIN);
    for (const [i, key] of ['d', 'e', 'f'].entries()) await recordHostile(key, T0 + (6 + i) * MIN);
    expect(offerDue(await readGentlerDay(), T0 + 10 * MIN)).toBe(false);
    const tomorrow = T0 + 24 * 60 * MIN;
    for (const [i, key] of ['g', 'h', 'i'].entries()) await recordHostile(key, tomorrow + i * MIN);
    expect(offerDue(await readGentlerDay(), tomorrow + 5 * MIN)).toBe(true);
  });

  it('keeps only numbers in local storage, and no words of the conversation in any storage', async () => {
    await recordHostile('zendesk\nacme\n4712\nDas ist Betrug!', T0);
    await dismissGentlerDay(T0 + MIN);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.gentlerDay).toEqual({ hostileAt: [T0], dismissedAt: T0 + MIN });
    const session = await fakeBrowser.storage.session.get(null);
    expect(JSON.stringify({ local, session })).not.toMatch(/Betrug|4712|acme/);
  });

  it('falls back to an empty state when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ gentlerDay: { hostileAt: 'lots', dismissedAt: -4 } });
    expect(await readGentlerDay()).toEqual({ hostileAt: [], dismissedAt: undefined });
  });
});
