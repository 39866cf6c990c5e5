import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_MS, fetchActiveMacros, type FetchDeps, retryAfterMs } from '@/lib/shelves/zendesk/fetch';

const ORIGIN = 'https://acme.zendesk.com';

function macro(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Returns::Macro ${id}`,
    active: true,
    updated_at: '2026-11-02T09:00:00Z',
    actions: [
      { field: 'comment_value', value: `Hello {{ticket.requester.first_name}}, macro ${id}` },
      { field: 'status', value: 'solved' },
      { field: 'comment_mode_is_public', value: true },
    ],
    restriction: { type: 'Group', id: 7 },
    ...extra,
  };
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A Zendesk that answers with the given replies in order and records what was asked. */
function zendesk(replies: Reply[]) {
  const asked: { url: string; init?: RequestInit; at: number }[] = [];
  const slept: number[] = [];
  let clock = 1_000_000;
  const deps: FetchDeps = {
    origin: ORIGIN,
    now: () => clock,
    online: () => true,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
    fetch: async (input, init) => {
      asked.push({ url: String(input), init, at: clock });
      const reply = replies.shift();
      if (!reply) throw new Error('no more replies');
      if (reply instanceof Error) throw reply;
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: reply.headers,
      });
    },
  };
  return { deps, asked, slept };
}

const page = (ids: number[], next?: string) => ({
  status: 200,
  body: { macros: ids.map((id) => macro(id)), meta: { has_more: !!next }, links: { next: next ?? null } },
});

describe('fetchActiveMacros', () => {
  it('follows links.next while meta.has_more, with the session cookie and no token', async () => {
    const z = zendesk([page([1, 2], `${ORIGIN}/api/v2/macros/active.json?page[size]=100&page[after]=2`), page([3])]);
    const outcome = await fetchActiveMacros(z.deps);
    expect(outcome).toMatchObject({ ok: true, pages: 2, skipped: 0 });
    if (!outcome.ok) throw new Error('expected macros');
    expect(outcome.macros.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(z.asked[0]!.url).toBe(`${ORIGIN}/api/v2/macros/active.json?page[size]=100`);
    expect(z.asked[0]!.init?.credentials).toBe('same-origin');
    expect(JSON.stringify(z.asked[0]!.init?.headers)).not.toMatch(/authorization/i);
  });

  it('keeps the comment text and only names the other actions', async () => {
    const outcome = await fetchActiveMacros(zendesk([page([5])]).deps);
    if (!outcome.ok) throw new Error('expected macros');
    expect(outcome.macros[0]).toEqual({
      id: '5',
      title: 'Returns::Macro 5',
      active: true,
      updatedAt: Date.parse('2026-11-02T09:00:00Z'),
      comments: [{ field: 'comment_value', value: 'Hello {{ticket.requester.first_name}}, macro 5' }],
      otherActions: ['status'],
    });
  });

  it('waits out a short Retry-After and asks for the same page again', async () => {
    const z = zendesk([{ status: 429, headers: { 'Retry-After': '3' } }, page([1])]);
    const outcome = await fetchActiveMacros(z.deps);
    expect(outcome.ok).toBe(true);
    expect(z.slept).toEqual([3000]);
    expect(z.asked.map((a) => a.url)).toEqual([z.asked[0]!.url, z.asked[0]!.url]);
    expect(z.asked[1]!.at - z.asked[0]!.at).toBeGreaterThanOrEqual(3000);
  });

  it('stops at a long Retry-After and says when to come back', async () => {
    const z = zendesk([page([1], `${ORIGIN}/next`), { status: 429, headers: { 'Retry-After': '120' } }]);
    const outcome = await fetchActiveMacros(z.deps);
    expect(outcome).toEqual({ ok: false, error: { code: 'rate-limited', status: 429, retryAt: 1_000_000 + 120_000 } });
    expect(z.asked).toHaveLength(2);
  });

  it('treats a 429 without Retry-After as a minute', async () => {
    const outcome = await fetchActiveMacros(zendesk([{ status: 429 }]).deps);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', retryAt: 1_000_000 + DEFAULT_RETRY_MS },
    });
  });

  it.each([
    [401, 'logged-out'],
    [403, 'forbidden'],
    [500, 'http'],
  ] as const)('HTTP %i is %s', async (status, code) => {
    const outcome = await fetchActiveMacros(zendesk([{ status, body: { error: 'x' } }]).deps);
    expect(outcome).toEqual({ ok: false, error: { code, status } });
  });

  it('tells offline from an unreachable Zendesk', async () => {
    const z = zendesk([new TypeError('Failed to fetch')]);
    expect(await fetchActiveMacros(z.deps)).toMatchObject({ ok: false, error: { code: 'network' } });
    const offline = zendesk([new TypeError('Failed to fetch')]);
    offline.deps.online = () => false;
    expect(await fetchActiveMacros(offline.deps)).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('refuses a page of the wrong shape, and a next link to another site', async () => {
    expect(await fetchActiveMacros(zendesk([{ status: 200, body: { results: [] } }]).deps)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const elsewhere = zendesk([page([1], 'https://evil.example/steal')]);
    expect(await fetchActiveMacros(elsewhere.deps)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(elsewhere.asked).toHaveLength(1);
  });

  it('skips a malformed macro and counts it', async () => {
    const z = zendesk([{ status: 200, body: { macros: [macro(1), { id: 'x' }], meta: { has_more: false } } }]);
    expect(await fetchActiveMacros(z.deps)).toMatchObject({ ok: true, skipped: 1 });
  });

  it('stops a next link that loops', async () => {
    const loop = Array.from({ length: 300 }, () => page([1], `${ORIGIN}/again`));
    expect(await fetchActiveMacros(zendesk(loop).deps)).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });
});
