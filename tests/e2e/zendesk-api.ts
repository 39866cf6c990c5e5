// The replica's Zendesk API: `GET /api/v2/macros/active.json` with cursor pagination, as
// Zendesk answers it (docs/platform.md "Zendesk macros"). Both drivers route requests to
// `https://*.zendesk.com/api/v2/…` here; the spec changes the state between refreshes, like
// an admin editing macros in Zendesk. Only the agent's session cookie gets an answer.

export interface ReplicaMacro {
  id: number;
  title: string;
  active: boolean;
  updated_at: string;
  actions: { field: string; value: unknown }[];
  restriction: { type: string; id: number } | null;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const SESSION_COOKIE = '_zendesk_session';

class ReplicaZendeskApi {
  macros = new Map<number, ReplicaMacro>();
  /** The session the replica's login gave out; `null`: the agent logged out (or it expired). */
  session: string | null = 'agent-session-1';
  /** The next N requests get 429 with this Retry-After. */
  rateLimit: { times: number; retryAfter: string } | undefined;
  /** Requests fail at the network level (Zendesk unreachable). */
  unreachable = false;
  /** The agent is logged in but their role may not read macros: 403. */
  forbidden = false;
  /** Every request to the API, in order, for assertions on pacing and credentials. */
  requests: { url: string; at: number; status: number | 'aborted'; fetchSite?: string; origin?: string }[] = [];
  private nextId = 360_000_001;
  private clock = Date.parse('2026-11-02T09:00:00Z');

  reset(): void {
    this.macros.clear();
    this.session = 'agent-session-1';
    this.rateLimit = undefined;
    this.unreachable = false;
    this.forbidden = false;
    this.requests = [];
  }

  /** Creates or changes a macro "in Zendesk"; each write moves its updated_at on. */
  put(title: string, comment: string, extra: { id?: number; actions?: ReplicaMacro['actions'] } = {}): ReplicaMacro {
    this.clock += 60_000;
    const macro: ReplicaMacro = {
      id: extra.id ?? this.nextId++,
      title,
      active: true,
      updated_at: new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z'),
      actions: [{ field: 'comment_value_html', value: comment }, ...(extra.actions ?? [])],
      restriction: null,
    };
    this.macros.set(macro.id, macro);
    return macro;
  }

  remove(id: number): void {
    this.macros.delete(id);
  }

  /** The answer to one request, or 'abort' for a network failure; undefined: not an API URL. */
  answer(url: URL, headers: Record<string, string | undefined>): ApiAnswer | 'abort' | undefined {
    const cookie = headers.cookie;
    if (!url.pathname.startsWith('/api/v2/')) return undefined;
    const log = (status: number | 'aborted') =>
      this.requests.push({
        url: url.href,
        at: Date.now(),
        status,
        fetchSite: headers['sec-fetch-site'],
        origin: headers.origin,
      });
    if (this.unreachable) return (log('aborted'), 'abort');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): ApiAnswer => {
      log(status);
      return {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
      };
    };
    const session = cookie?.match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`))?.[1];
    if (!this.session || session !== this.session) return json(401, { error: "Couldn't authenticate you" });
    if (this.forbidden) return json(403, { error: 'Forbidden', description: 'You do not have access to this page.' });
    if (this.rateLimit && this.rateLimit.times > 0) {
      this.rateLimit.times--;
      return json(429, { error: 'TooManyRequests' }, { 'retry-after': this.rateLimit.retryAfter });
    }
    if (url.pathname !== '/api/v2/macros/active.json') return json(404, { error: 'InvalidEndpoint' });
    const size = Math.min(100, Number(url.searchParams.get('page[size]') ?? 100) || 100);
    const after = Number(url.searchParams.get('page[after]') ?? 0);
    const sorted = [...this.macros.values()].sort((a, b) => a.id - b.id).filter((m) => m.id > after);
    const page = sorted.slice(0, size);
    const hasMore = sorted.length > size;
    const next = new URL(url);
    next.searchParams.set('page[after]', String(page.at(-1)?.id ?? after));
    return json(200, {
      macros: page,
      meta: { has_more: hasMore, after_cursor: String(page.at(-1)?.id ?? ''), before_cursor: null },
      links: { next: hasMore ? next.href : null, prev: null },
    });
  }
}

export const zendeskApi = new ReplicaZendeskApi();
