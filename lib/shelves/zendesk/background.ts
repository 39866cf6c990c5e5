import { resolveUiLanguage } from '../../i18n/messages';
import type * as z from 'zod/mini';
import { type backgroundChannel, toBackground } from '../../messaging/background';
import type { Sender } from '../../messaging/define';
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
  /** `asked`: the agent clicked "refresh now"; otherwise the refresh came with opening Zendesk. */
  replace(shelfId: string, entries: TeamEntry[], now: number, asked?: boolean): Promise<void>;
  fail(shelfId: string, error: RefreshFailure, now: number): Promise<void>;
}

function senderShelf(url: string | undefined): { id: string; subdomain: string } {
  const subdomain = subdomainOf(url);
  if (!subdomain) throw new Error('zendeskShelf: the sender is no Zendesk page');
  return { id: zendeskShelfId(subdomain), subdomain };
}

interface Lease {
  since: number;
  asked: boolean;
  tabId?: number;
  macros: TeamMacro[];
}

type Messages = typeof backgroundChannel;
type Input<K extends keyof Messages> = z.output<Messages[K]['input']>;
type Output<K extends keyof Messages> = z.output<Messages[K]['output']>;

/** The three steps of a refresh, as the background answers them (pure of messaging, for tests). */
export function zendeskShelfService(store: TeamShelfStore, now: () => number = Date.now) {
  // In memory: a worker restarted mid-refresh forgets the lease and its macros; that refresh
  // then ends as incomplete (the last good copy stays) and the next page load may start one.
  const leases = new Map<string, Lease>();
  const leaseOf = (id: string, tabId: number | undefined) => {
    const lease = leases.get(id);
    if (!lease || lease.tabId !== tabId) throw new Error('zendeskShelf: no refresh was granted to this tab');
    return lease;
  };
  return {
    async begin({ force }: Input<'zendeskShelf.begin'>, sender: Sender): Promise<Output<'zendeskShelf.begin'>> {
      const { id, subdomain } = senderShelf(sender.url);
      const verdict = mayRefresh(await store.get(id), now(), { force, leaseSince: leases.get(id)?.since });
      if (!verdict.go) return verdict;
      await store.ensure(id, subdomain);
      leases.set(id, { since: now(), asked: !!force, tabId: sender.tabId, macros: [] });
      return { go: true };
    },
    macros({ macros }: Input<'zendeskShelf.macros'>, sender: Sender): Output<'zendeskShelf.macros'> {
      leaseOf(senderShelf(sender.url).id, sender.tabId).macros.push(...macros);
      return { ok: true };
    },
    async finish(result: Input<'zendeskShelf.finish'>, sender: Sender): Promise<Output<'zendeskShelf.finish'>> {
      const { id } = senderShelf(sender.url);
      const lease = leaseOf(id, sender.tabId);
      try {
        if (!result.ok) {
          await store.fail(id, result.error, now());
          return { entries: 0, skipped: 0 };
        }
        if (lease.macros.length !== result.count) {
          await store.fail(id, { code: 'invalid', detail: 'incomplete' }, now());
          return { entries: 0, skipped: 0 };
        }
        const settings = await getSettings();
        const lang = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
        const { entries, skipped } = teamEntries(lease.macros, lang);
        await store.replace(id, entries, now(), lease.asked);
        return { entries: entries.length, skipped: skipped.length + result.skipped };
      } finally {
        if (leases.get(id) === lease) leases.delete(id);
      }
    },
  };
}

export function handleZendeskShelf(store: TeamShelfStore): void {
  const service = zendeskShelfService(store);
  toBackground.handle('zendeskShelf.begin', service.begin);
  toBackground.handle('zendeskShelf.macros', service.macros);
  toBackground.handle('zendeskShelf.finish', service.finish);
}
