import { browser } from 'wxt/browser';
import { applyPresets } from '../shelves/managed';
import { refreshPack } from '../shelves/refresh';
import { listShelves } from '../shelves/store';

// The background's part of subscribed team packs: admin presets from managed storage, and a
// refresh of every switched-on pack on a schedule. A scheduled refresh applies a changed
// pack at once, as a team library should stay current without the agent (an admin's policy
// wording must not wait for a click), and records its dry run on the shelf (`lastChange`),
// which the Shelves tab shows as "Updated automatically: 3 new, 2 changed, 1 removed".
// "Refresh now" in the options page shows the dry run first. A broken pack, a pin mismatch
// or a failed fetch only records the error: the entries stay the last good copy.

const ALARM = 'tonlage-refresh-packs';
export const PACK_REFRESH_MINUTES = 60;

/** Refreshes the packs whose copy is older than the interval (all of them with `force`). */
export async function refreshDuePacks(now = Date.now(), force = false): Promise<void> {
  const due = (await listShelves()).filter(
    (s) =>
      s.kind === 'pack' &&
      s.enabled &&
      (force || !s.lastRefreshAt || now - s.lastRefreshAt >= PACK_REFRESH_MINUTES * 60_000 - 60_000),
  );
  for (const shelf of due) {
    await refreshPack(shelf.id, { apply: true, now, trigger: 'scheduled' }).catch((error: unknown) =>
      console.warn('[tonlage] pack refresh', shelf.id, error),
    );
  }
}

const presets = () => applyPresets();

export function watchPacks(): void {
  const log = (error: unknown) => console.warn('[tonlage] team packs', error);
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { periodInMinutes: PACK_REFRESH_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    // The alarm is the schedule itself: every pack is due (a 304 costs the server little). A
    // worker woken for anything else only refreshes packs older than the interval.
    // A failed preset read must not stop the schedule of the packs already there.
    // The packs first: a policy read that hangs (Chromium, before it has loaded the policy)
    // must not hold the packs' schedule; the presets are looked at after them.
    if (alarm.name !== ALARM) return;
    refreshDuePacks(Date.now(), true)
      .catch(log)
      .then(() => presets())
      .catch(log);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') presets().catch(log);
  });
  // The first read waits for the policy to load (Chromium answers once it has it, and fires
  // storage.onChanged as well); a read that could not be answered is tried again on a
  // widening schedule, so a policy that arrives late still applies without the agent. The
  // packs' own schedule goes on after the first attempt.
  void settlePresets(presets, POLICY_RETRY_MS, () => refreshDuePacks().catch(log)).catch(log);
}

/** Pauses between unanswered policy reads (each read itself waits up to 10 s). */
export const POLICY_RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

/**
 * Applies the presets until the policy could be read (`apply` answers non-null), pausing
 * between attempts; after the last pause it gives up until the next trigger (an alarm, a
 * storage change, a worker start, the Shelves tab). `afterFirst` runs after the first attempt.
 */
export async function settlePresets(
  apply: () => Promise<number | null>,
  pauses: readonly number[],
  afterFirst?: () => unknown,
): Promise<number | null> {
  for (let attempt = 0; ; attempt++) {
    const applied = await apply().catch(() => null);
    if (attempt === 0) await afterFirst?.();
    if (applied !== null || attempt >= pauses.length) return applied;
    await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
  }
}
