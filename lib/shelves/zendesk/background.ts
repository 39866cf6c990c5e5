import { resolveUiLanguage } from '../../i18n/messages';
import { toBackground } from '../../messaging/background';
import { toTab } from '../../messaging/tab';
import { getSettings } from '../../settings';
import type { TeamMacro } from './api';
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

interface Lease {
  since: number;
  tabId?: number;
  macros: TeamMacro[];
}

export function handleZendeskShelf(store: TeamShelfStore, now: () => number = Date.now): void {
  // In memory: a worker restarted mid-refresh forgets the lease and its macros; that refresh
  // then ends as incomplete (the last good copy stays) and the next page load may start one.
  const leases = new Map<string, Lease>();
  const leaseOf = (id: string, tabId: number | undefined) => {
    const lease = leases.get(id);
    if (!lease || lease.tabId !== tabId) throw new Error('zendeskShelf: no refresh was granted to this tab');
    return lease;
  };

  toBackground.handle('zendeskShelf.begin', async ({ force }, sender) => {
    const { id, subdomain } = senderShelf(sender.url);
    if (sender.tabId !== undefined) tabs.set(id, sender.tabId);
    const verdict = mayRefresh(await store.get(id), now(), { force, leaseSince: leases.get(id)?.since });
    if (!verdict.go) return verdict;
    await store.ensure(id, subdomain);
    leases.set(id, { since: now(), tabId: sender.tabId, macros: [] });
    return { go: true };
  });

  toBackground.handle('zendeskShelf.macros', ({ macros }, sender) => {
    leaseOf(senderShelf(sender.url).id, sender.tabId).macros.push(...macros);
    return { ok: true };
  });

  toBackground.handle('zendeskShelf.finish', async (result, sender) => {
    const { id } = senderShelf(sender.url);
    const lease = leases.get(id);
    try {
      if (!result.ok) {
        await store.fail(id, result.error, now());
        return { entries: 0, skipped: 0 };
      }
      const macros = leaseOf(id, sender.tabId).macros;
      if (macros.length !== result.count) {
        await store.fail(id, { code: 'invalid', detail: 'incomplete' }, now());
        return { entries: 0, skipped: 0 };
      }
      const settings = await getSettings();
      const lang = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
      const { entries, skipped } = teamEntries(macros, lang);
      await store.replace(id, entries, now());
      return { entries: entries.length, skipped: skipped.length + result.skipped };
    } finally {
      if (leases.get(id) === lease) leases.delete(id);
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
