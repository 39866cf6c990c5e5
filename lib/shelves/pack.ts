import { browser } from 'wxt/browser';
import type { Shelf, ShelfEntryInput, ShelfError } from '../db/shelf-schema';
import { PACK_MAX_BYTES, readPack, sha256Hex } from './pack-file';

// Fetching a subscribed team pack (issue #18): conditional on the stored ETag, checked
// against the sha256 pin, parsed whole. Never throws for the pack's sake: every way a
// pack can fail is a `failed` result with a code the interface translates.

export type PackFailure = Omit<ShelfError, 'at'>;

export type PackFetch =
  | { status: 'not-modified' }
  | { status: 'fetched'; entries: ShelfEntryInput[]; etag?: string; sha256: string }
  | { status: 'failed'; error: PackFailure };

export const packShelfId = (url: string) => `pack:${url}`;

/** The HTTPS URL a pack may come from, normalised; undefined for anything else. */
export function packUrl(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'https:' || url.username || url.password) return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The host permission a pack needs: its origin only (match patterns ignore the port). */
export const packOrigin = (url: string) => `https://${new URL(url).hostname}/*`;

/** "team.example › pack.json": a default label from the URL. */
export function packLabel(url: string): string {
  const u = new URL(url);
  const file = decodeURIComponent(u.pathname.split('/').filter(Boolean).at(-1) ?? '');
  return file ? `${u.hostname} › ${file}` : u.hostname;
}

async function mayRead(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [packOrigin(url)] });
  } catch {
    return true;
  }
}

function retryAt(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : date;
}

function httpFailure(response: Response, now: number): PackFailure {
  const status = response.status;
  if (status === 401 || status === 403) return { code: 'forbidden', status };
  if (status === 404 || status === 410) return { code: 'not-found', status };
  if (status === 429)
    return { code: 'rate-limited', status, retryAt: retryAt(response.headers.get('retry-after'), now) };
  return { code: 'http', status };
}

export interface FetchPackOptions {
  fetch?: typeof fetch;
  now?: number;
  /** Ignore the ETag (a shelf without entries, or "refresh now" after an error). */
  unconditional?: boolean;
}

/** How long one pack fetch may take (headers and body). */
const PACK_FETCH_MS = 15_000;

export async function fetchPack(
  shelf: Pick<Shelf, 'source' | 'etag' | 'sha256'>,
  options: FetchPackOptions = {},
): Promise<PackFetch> {
  const now = options.now ?? Date.now();
  const url = packUrl(shelf.source);
  if (!url) return { status: 'failed', error: { code: 'not-https' } };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (shelf.etag && !options.unconditional) headers['if-none-match'] = shelf.etag;
  let response: Response;
  try {
    // No cookies: a pack is team data behind its URL, not behind the agent's sessions.
    // Bounded: a server that never answers must not hold the schedule of every other pack.
    response = await (options.fetch ?? fetch)(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PACK_FETCH_MS),
    });
  } catch (error) {
    const offline = globalThis.navigator?.onLine === false;
    const detail = error instanceof Error ? error.message.slice(0, 500) : undefined;
    // Without the origin's permission a server without CORS looks like a network error.
    const code = offline ? 'offline' : (await mayRead(url)) ? 'network' : 'permission';
    return { status: 'failed', error: { code, detail } };
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) return { status: 'failed', error: httpFailure(response, now) };
  if (!new URL(response.url || url).protocol.startsWith('https')) {
    return { status: 'failed', error: { code: 'not-https' } };
  }
  if (Number(response.headers.get('content-length') ?? 0) > PACK_MAX_BYTES) {
    return { status: 'failed', error: { code: 'too-large' } };
  }
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > PACK_MAX_BYTES) return { status: 'failed', error: { code: 'too-large' } };
  const sha256 = await sha256Hex(bytes);
  if (shelf.sha256 && shelf.sha256 !== sha256) {
    return { status: 'failed', error: { code: 'pin-mismatch', detail: sha256 } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'failed', error: { code: 'invalid', detail: 'not UTF-8' } };
  }
  const read = readPack(text);
  if ('problem' in read) return { status: 'failed', error: read.problem };
  return { status: 'fetched', entries: read.entries, etag: response.headers.get('etag') ?? undefined, sha256 };
}
