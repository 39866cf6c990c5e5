import * as z from 'zod/mini';
import { ApiMacroSchema, ApiPageSchema, type TeamMacro, toTeamMacro } from './api';

// Walks the agent's active macros page by page with the agent's own session: a same-origin
// request from the Zendesk page (docs/platform.md "Requests from the content script").
// Runs in the content script; every await yields to the page, and parsing a page of 100
// macros takes well under a millisecond, so the page never waits on it.

export const FIRST_PAGE = '/api/v2/macros/active.json?page[size]=100';
/** 200 pages of 100: far beyond any help desk seen, and a stop if `links.next` loops. */
export const MAX_PAGES = 200;
/** A Retry-After up to this long is waited out within the refresh; a longer one ends it. */
export const MAX_INLINE_WAIT_MS = 30_000;
/** Without a Retry-After header, a 429 means "not before a minute from now". */
export const DEFAULT_RETRY_MS = 60_000;
const MAX_RETRIES_PER_PAGE = 3;

export const FAILURE_CODES = [
  'offline',
  'network',
  'logged-out',
  'forbidden',
  'rate-limited',
  'http',
  'invalid',
  'too-large',
] as const;
export const RefreshFailureSchema = z.object({
  code: z.enum(FAILURE_CODES),
  status: z.optional(z.number().check(z.int())),
  retryAt: z.optional(z.number().check(z.int(), z.nonnegative())),
  detail: z.optional(z.string().check(z.maxLength(500))),
});
export type RefreshFailure = z.infer<typeof RefreshFailureSchema>;

export type FetchOutcome =
  { ok: true; macros: TeamMacro[]; pages: number; skipped: number } | { ok: false; error: RefreshFailure };

export interface FetchDeps {
  origin: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  online: () => boolean;
  signal?: AbortSignal;
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function getPage(url: string, deps: FetchDeps): Promise<{ ok: true; body: unknown } | FetchOutcome> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        signal: deps.signal,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : undefined;
      return { ok: false, error: { code: deps.online() ? 'network' : 'offline', detail } };
    }
    const status = response.status;
    if (status === 401) return { ok: false, error: { code: 'logged-out', status } };
    if (status === 403) return { ok: false, error: { code: 'forbidden', status } };
    if (status === 429) {
      const wait = retryAfterMs(response.headers.get('Retry-After'), deps.now()) ?? DEFAULT_RETRY_MS;
      if (wait > MAX_INLINE_WAIT_MS || attempt >= MAX_RETRIES_PER_PAGE)
        return { ok: false, error: { code: 'rate-limited', status, retryAt: deps.now() + wait } };
      await deps.sleep(wait);
      continue;
    }
    if (!response.ok) return { ok: false, error: { code: 'http', status } };
    try {
      return { ok: true, body: await response.json() };
    } catch {
      return { ok: false, error: { code: 'invalid', status, detail: 'not JSON' } };
    }
  }
}

export async function fetchActiveMacros(deps: FetchDeps): Promise<FetchOutcome> {
  // By id: a macro edited while the walk runs may show up on two pages.
  const macros = new Map<string, TeamMacro>();
  let skipped = 0;
  let url = new URL(FIRST_PAGE, deps.origin).href;
  for (let pages = 1; ; pages++) {
    if (pages > MAX_PAGES) return { ok: false, error: { code: 'too-large' } };
    const page = await getPage(url, deps);
    if (!('body' in page)) return page;
    const parsed = ApiPageSchema.safeParse(page.body);
    if (!parsed.success) return { ok: false, error: { code: 'invalid', detail: parsed.error.issues[0]?.message } };
    for (const raw of parsed.data.macros) {
      const macro = ApiMacroSchema.safeParse(raw);
      if (macro.success) macros.set(String(macro.data.id), toTeamMacro(macro.data));
      else skipped++;
    }
    const next = parsed.data.links?.next;
    if (!parsed.data.meta?.has_more || !next) return { ok: true, macros: [...macros.values()], pages, skipped };
    const nextUrl = new URL(next, deps.origin);
    // The session must never go anywhere but this Zendesk.
    if (nextUrl.origin !== deps.origin) return { ok: false, error: { code: 'invalid', detail: 'next page elsewhere' } };
    url = nextUrl.href;
  }
}
