import { describe, expect, it } from 'vitest';
import { serializeTonlage } from '@/lib/formats/tonlage-json';
import type { Snippet } from '@/lib/db/schema';
import { fetchPack, packOrigin, packUrl } from '@/lib/shelves/pack';
import { sha256Hex } from '@/lib/shelves/pack-file';
import { refreshPack } from '@/lib/shelves/refresh';
import { getShelf, listShelfEntries, saveShelf } from '@/lib/shelves/store';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const URL_ = 'https://team.example/packs/support.json';
const snippet = (id: string, title: string, body = `${title}.`): Snippet => ({
  id,
  title,
  body,
  format: 'text',
  tags: ['team'],
  language: 'de',
  moods: [],
  createdAt: 1,
  updatedAt: 2,
  useCount: 0,
});
const pack = (...snippets: Snippet[]) => serializeTonlage({ kind: 'library', exportedAt: 3, snippets });

/** A server that answers with `body` and ETag `etag`, and 304 to a matching If-None-Match. */
function server(state: { body: string; etag: string; status?: number; headers?: Record<string, string> }) {
  const seen: (string | null)[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    seen.push(ifNoneMatch);
    if (state.status) return new Response('nope', { status: state.status, headers: state.headers });
    if (ifNoneMatch === state.etag) return new Response(null, { status: 304 });
    return new Response(state.body, { status: 200, headers: { etag: state.etag } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

async function subscribed(sha256?: string) {
  await saveShelf({ id: 'p', kind: 'pack', label: 'Team', source: URL_, sha256 });
}

describe('team pack fetch', () => {
  it('accepts only https URLs and asks for that origin only', () => {
    expect(packUrl(' https://team.example/a.json#x ')).toBe('https://team.example/a.json');
    expect(packUrl('http://team.example/a.json')).toBeUndefined();
    expect(packUrl('https://user:pw@team.example/a.json')).toBeUndefined();
    expect(packUrl('file:///etc/passwd')).toBeUndefined();
    expect(packOrigin('https://team.example:8443/a.json')).toBe('https://team.example/*');
  });

  it('applies a pack, then sends If-None-Match and treats 304 as fresh', async () => {
    await subscribed();
    const s = server({ body: pack(snippet('a', 'Gruß'), snippet('b', 'Dank')), etag: '"v1"' });
    const first = await refreshPack('p', { apply: true, fetch: s.fetch, now: 10 });
    expect(first).toMatchObject({ status: 'applied', plan: { counts: { new: 2 } } });
    const second = await refreshPack('p', { apply: true, fetch: s.fetch, now: 20 });
    expect(second.status).toBe('unchanged');
    expect(s.seen).toEqual([null, '"v1"']);
    expect(await getShelf('p')).toMatchObject({ etag: '"v1"', lastRefreshAt: 20, entryCount: 2 });
  });

  it('previews a changed pack without writing, then applies exactly that', async () => {
    await subscribed();
    const state = { body: pack(snippet('a', 'Gruß'), snippet('b', 'Dank')), etag: '"v1"' };
    const s = server(state);
    await refreshPack('p', { apply: true, fetch: s.fetch });
    Object.assign(state, { body: pack(snippet('a', 'Gruß', 'Neu.'), snippet('c', 'Neu')), etag: '"v2"' });
    const preview = await refreshPack('p', { apply: false, fetch: s.fetch });
    if (preview.status !== 'preview') throw new Error(preview.status);
    expect(preview.plan.counts).toEqual({ new: 1, changed: 1, removed: 1, unchanged: 0 });
    expect((await listShelfEntries('p')).map((e) => e.title).sort()).toEqual(['Dank', 'Gruß']);
  });

  it('a scheduled update records what it changed; a broken one keeps entries and that record', async () => {
    await subscribed();
    const state = { body: pack(snippet('a', 'Gruß'), snippet('b', 'Dank')), etag: '"v1"' };
    const s = server(state);
    await refreshPack('p', { apply: true, fetch: s.fetch, now: 10 });
    expect((await getShelf('p'))?.lastChange).toMatchObject({ at: 10, trigger: 'manual', counts: { new: 2 } });
    Object.assign(state, { body: pack(snippet('a', 'Gruß', 'Neu.'), snippet('c', 'Neu')), etag: '"v2"' });
    await refreshPack('p', { apply: true, fetch: s.fetch, now: 20, trigger: 'scheduled' });
    const change = (await getShelf('p'))?.lastChange;
    expect(change).toEqual({
      at: 20,
      trigger: 'scheduled',
      counts: { new: 1, changed: 1, removed: 1 },
      items: [
        { title: 'Neu', action: 'new' },
        { title: 'Gruß', action: 'changed' },
        { title: 'Dank', action: 'removed' },
      ],
    });
    // Nothing new: the record of the last real change stays.
    await refreshPack('p', { apply: true, fetch: s.fetch, now: 30, trigger: 'scheduled', unconditional: true });
    expect((await getShelf('p'))?.lastChange).toEqual(change);
    Object.assign(state, { body: '{ broken', etag: '"v3"' });
    await refreshPack('p', { apply: true, fetch: s.fetch, now: 40, trigger: 'scheduled' });
    expect(await getShelf('p')).toMatchObject({ lastChange: change, lastError: { code: 'invalid', at: 40 } });
    expect((await listShelfEntries('p')).map((e) => e.title).sort()).toEqual(['Gruß', 'Neu']);
  });

  it('refuses a pack that does not match its sha256 pin and keeps the shelf', async () => {
    const good = pack(snippet('a', 'Gruß'));
    await subscribed(await sha256Hex(new TextEncoder().encode(good).buffer as ArrayBuffer));
    const state = { body: good, etag: '"v1"' };
    const s = server(state);
    expect((await refreshPack('p', { apply: true, fetch: s.fetch })).status).toBe('applied');
    Object.assign(state, { body: pack(snippet('a', 'Gruß'), snippet('x', 'Eingeschleust')), etag: '"v2"' });
    const refused = await refreshPack('p', { apply: true, fetch: s.fetch });
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'pin-mismatch' } });
    expect((await listShelfEntries('p')).map((e) => e.title)).toEqual(['Gruß']);
    expect((await getShelf('p'))?.lastError?.code).toBe('pin-mismatch');
  });

  it('refuses a broken pack whole: bad JSON, a wrong format, one invalid entry, none at all', async () => {
    await subscribed();
    const state = { body: pack(snippet('a', 'Gruß')), etag: '"v1"' };
    const s = server(state);
    await refreshPack('p', { apply: true, fetch: s.fetch });
    const bad = [
      '{ not json',
      JSON.stringify({ format: 'other' }),
      pack(snippet('a', 'Gruß'), { ...snippet('b', 'x'), title: '' }),
      pack(),
    ];
    const codes: string[] = [];
    for (const [i, body] of bad.entries()) {
      Object.assign(state, { body, etag: `"bad${i}"` });
      const result = await refreshPack('p', { apply: true, fetch: s.fetch });
      codes.push(result.status === 'failed' ? result.error.code : result.status);
    }
    expect(codes).toEqual(['invalid', 'invalid', 'invalid', 'empty']);
    expect((await listShelfEntries('p')).map((e) => e.title)).toEqual(['Gruß']);
  });

  it('names HTTP failures and network errors, keeping the last good copy', async () => {
    const shelf = { source: URL_ };
    const status = async (code: number, headers?: Record<string, string>) =>
      fetchPack(shelf, { fetch: server({ body: '', etag: '', status: code, headers }).fetch, now: 1000 });
    expect(await status(403)).toMatchObject({ error: { code: 'forbidden', status: 403 } });
    expect(await status(404)).toMatchObject({ error: { code: 'not-found' } });
    expect(await status(429, { 'retry-after': '30' })).toMatchObject({
      error: { code: 'rate-limited', retryAt: 31_000 },
    });
    expect(await status(500)).toMatchObject({ error: { code: 'http', status: 500 } });
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await fetchPack(shelf, { fetch: down })).toMatchObject({ error: { code: 'network' } });
    expect(await fetchPack({ source: 'http://team.example/a.json' }, { fetch: down })).toMatchObject({
      error: { code: 'not-https' },
    });
  });
});
