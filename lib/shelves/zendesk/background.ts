import { resolveUiLanguage } from '../../i18n/messages';
import { toBackground } from '../../messaging/background';
import { toTab } from '../../messaging/tab';
import { getSettings } from '../../settings';
import { teamEntries, type TeamEntry } from './entries';
import type { RefreshFailure } from './fetch';
import { mayRefresh, type ShelfState } from './policy';
import { subdomainOf, zendeskShelfId } from './where';

// The background's part of the Zendesk team shelf: it names the shelf after the sender's
// page, grants one refresh at a time per Zendesk, turns the macros into entries and stores
// them through the shelf store, or records why there are none this time (the entries stay).

export interface TeamShelfStore {
  get(shelfId: string): Promise<ShelfState | undefined>;
  ensure(shelfId: string, subdomain: string): Promise<void>;
  replace(shelfId: string, entries: TeamEntry[], now: number): Promise<void>;
  fail(shelfId: string, error: RefreshFailure, now: number): Promise<void>;
}

function senderShelf(url: string | undefined): { id: string; subdomain: string } {
  const subdomain = subdomainOf(url);
  if (!subdomain) throw new Error('zendeskShelf: the sender is no Zendesk page');
  return { id: zendeskShelfId(subdomain), subdomain };
}

/** The last Zendesk tab of each shelf, to refresh from the options page (the page does the reading). */
const tabs = new Map<string, number>();

export function handleZendeskShelf(store: TeamShelfStore, now: () => number = Date.now): void {
  // In memory: a worker restarted mid-refresh forgets the lease, and the next page load may start one.
  const leases = new Map<string, number>();

  toBackground.handle('zendeskShelf.begin', async ({ force }, sender) => {
    const { id, subdomain } = senderShelf(sender.url);
    if (sender.tabId !== undefined) tabs.set(id, sender.tabId);
    const verdict = mayRefresh(await store.get(id), now(), { force, leaseSince: leases.get(id) });
    if (!verdict.go) return verdict;
    await store.ensure(id, subdomain);
    leases.set(id, now());
    return { go: true };
  });

  toBackground.handle('zendeskShelf.finish', async (result, sender) => {
    const { id } = senderShelf(sender.url);
    try {
      if (!result.ok) {
        await store.fail(id, result.error, now());
        return { entries: 0, skipped: 0 };
      }
      const settings = await getSettings();
      const lang = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
      const { entries, skipped } = teamEntries(result.macros, lang);
      await store.replace(id, entries, now());
      return { entries: entries.length, skipped: skipped.length + result.skipped };
    } finally {
      leases.delete(id);
    }
  });
}

/** "Refresh now" from the options page: through the Zendesk tab the agent last had open. */
export async function refreshZendeskShelf(shelfId: string): Promise<{ ok: boolean; why?: string; skipped?: number }> {
  const tabId = tabs.get(shelfId);
  if (tabId === undefined) return { ok: false, why: 'no-tab' };
  try {
    return await toTab.send('zendeskShelf.refresh', {}, tabId);
  } catch {
    return { ok: false, why: 'no-tab' };
  }
}
