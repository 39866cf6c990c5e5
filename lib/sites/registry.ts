import type { SiteAdapter } from './adapter';
import { generic } from './generic';
import { gmail } from './gmail';
import { patternPredicate } from './pattern';
import { zendesk } from './zendesk';

// Every site adapter, most specific first; the generic one (any site the agent enables)
// last. Site ids, the content script's matches and the manifest's host permissions are
// derived from this list (wxt.config.ts, entrypoints/helpdesk.content.ts, context.ts).
// tests/unit/sites/registry.test.ts checks each adapter has a fixture DOM, a unit spec, a
// replica page and an end-to-end entry.
export const ADAPTERS = [zendesk, gmail, generic] as const satisfies readonly SiteAdapter[];

export type SiteId = (typeof ADAPTERS)[number]['id'];
export const SITE_IDS = ADAPTERS.map((adapter) => adapter.id) as [SiteId, ...SiteId[]];

/** Where the content script runs from install. Other sites get it at run time (enabled-sites.ts). */
/** An adapter of the registry: its id is one of SITE_IDS. */
export type RegisteredAdapter = SiteAdapter<SiteId>;

/** Where the content script runs from install. Other sites get it at run time (enabled-sites.ts). */
export const HELPDESK_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.pages);
/** The host permissions asked at install; everything else is optional. */
export const HELPDESK_HOSTS: string[] = ADAPTERS.flatMap((adapter) => adapter.hosts);

const patterns = new Map<SiteAdapter, ((url: URL) => boolean)[]>(
  ADAPTERS.map((adapter) => [adapter, adapter.pages.map(patternPredicate)]),
);

/** Whether `adapter` serves the page at `url` (the generic adapter serves every page it is given). */
export function serves(adapter: SiteAdapter, url: URL): boolean {
  const own = patterns.get(adapter) ?? adapter.pages.map(patternPredicate);
  return own.length === 0 || own.some((matches) => matches(url));
}

export function adapterFor(url: URL): RegisteredAdapter | undefined {
  return ADAPTERS.find((adapter) => serves(adapter, url));
}
