import { describe, expect, it } from 'vitest';
import { LEASE_MS, mayRefresh, REFRESH_INTERVAL_MS, RETRY_AFTER_FAILURE_MS } from '@/lib/shelves/zendesk/policy';

const NOW = 10_000_000_000;

describe('mayRefresh', () => {
  it('refreshes a new shelf, and an old copy when Zendesk is opened', () => {
    expect(mayRefresh(undefined, NOW, { force: false })).toEqual({ go: true });
    const old = { enabled: true, lastRefreshAt: NOW - REFRESH_INTERVAL_MS };
    expect(mayRefresh(old, NOW, { force: false })).toEqual({ go: true });
  });

  it('leaves a fresh copy alone unless the agent asks', () => {
    const fresh = { enabled: true, lastRefreshAt: NOW - REFRESH_INTERVAL_MS + 1 };
    expect(mayRefresh(fresh, NOW, { force: false })).toEqual({ go: false, why: 'fresh' });
    expect(mayRefresh(fresh, NOW, { force: true })).toEqual({ go: true });
  });

  it('honours Retry-After even when the agent asks', () => {
    const limited = { enabled: true, lastError: { code: 'rate-limited' as const, at: NOW - 1, retryAt: NOW + 1 } };
    expect(mayRefresh(limited, NOW, { force: true })).toEqual({ go: false, why: 'rate-limited' });
    expect(mayRefresh(limited, NOW + 1, { force: true })).toEqual({ go: true });
  });

  it('retries after a failure sooner than the interval', () => {
    const failed = {
      enabled: true,
      lastRefreshAt: NOW - 2 * RETRY_AFTER_FAILURE_MS,
      lastError: { code: 'logged-out' as const, at: NOW - RETRY_AFTER_FAILURE_MS },
    };
    expect(mayRefresh(failed, NOW, { force: false })).toEqual({ go: true });
    expect(mayRefresh(failed, NOW - 1, { force: false })).toEqual({ go: false, why: 'fresh' });
  });

  it('runs one refresh at a time, and never for a switched-off shelf', () => {
    expect(mayRefresh(undefined, NOW, { force: true, leaseSince: NOW - 1 })).toEqual({ go: false, why: 'busy' });
    expect(mayRefresh(undefined, NOW, { force: true, leaseSince: NOW - LEASE_MS })).toEqual({ go: true });
    expect(mayRefresh({ enabled: false }, NOW, { force: true })).toEqual({ go: false, why: 'disabled' });
  });
});
