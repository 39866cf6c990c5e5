import type { SiteAdapter } from './adapter';
import { generic } from './generic';
import { gmail } from './gmail';
import { zendesk } from './zendesk';

/** Every site adapter, most specific first; the generic one (any enabled site) last. tests/unit/sites/registry.test.ts checks each has a fixture and a spec. */
export const ADAPTERS: readonly SiteAdapter[] = [zendesk, gmail, generic];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
