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
  presets()
    .catch(log)
    .then(() => refreshDuePacks())
    .catch(log);
  // Chrome may start the worker before it has read the policy, and says nothing when it has
  // (no storage.onChanged for the first load): look again a little later, twice.
  for (const ms of POLICY_SETTLE_MS) setTimeout(() => presets().catch(log), ms);
}

const POLICY_SETTLE_MS = [5_000, 15_000];
