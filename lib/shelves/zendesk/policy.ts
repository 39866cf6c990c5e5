// When the page may ask Zendesk for the macros again. Macros change a few times a week in a
// typical help desk, and a big one costs 50 requests per refresh against the account's rate
// limit (shared with every agent and integration): once an hour is enough, and a refresh on
// demand is one click away.

export const REFRESH_INTERVAL_MS = 60 * 60 * 1000;
/** After a failure (logged out, offline…), the next page load tries again after this long. */
export const RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;
/** One refresh per Zendesk at a time across tabs; a tab that died mid-walk frees it after this long. */
export const LEASE_MS = 2 * 60 * 1000;

export interface ShelfState {
  enabled: boolean;
  lastRefreshAt?: number;
  /** Any shelf error (the store knows more codes than the Zendesk walk gives). */
  lastError?: { code: string; at: number; retryAt?: number };
}

export type Verdict = { go: true } | { go: false; why: 'disabled' | 'fresh' | 'busy' | 'rate-limited' };

export function mayRefresh(
  shelf: ShelfState | undefined,
  now: number,
  options: { force: boolean; leaseSince?: number },
): Verdict {
  if (shelf && !shelf.enabled) return { go: false, why: 'disabled' };
  // Zendesk said when: not even a click goes earlier.
  if (shelf?.lastError?.retryAt !== undefined && shelf.lastError.retryAt > now)
    return { go: false, why: 'rate-limited' };
  if (options.leaseSince !== undefined && now - options.leaseSince < LEASE_MS) return { go: false, why: 'busy' };
  if (options.force || !shelf) return { go: true };
  const last = Math.max(shelf.lastRefreshAt ?? 0, shelf.lastError?.at ?? 0);
  const wait =
    shelf.lastError && (shelf.lastError.at ?? 0) >= (shelf.lastRefreshAt ?? 0)
      ? RETRY_AFTER_FAILURE_MS
      : REFRESH_INTERVAL_MS;
  return now - last >= wait ? { go: true } : { go: false, why: 'fresh' };
}
