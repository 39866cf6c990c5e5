import { getShelf, recordShelfError, replaceShelfEntries, saveShelf } from '../store';
import type { TeamShelfStore } from './background';

// The Zendesk shelf kept in the shelf store (lib/shelves/store.ts): one shelf per subdomain,
// entries keyed by macro id with its updated_at. Replacing is all or nothing, so a macro
// deleted in Zendesk goes with the next refresh and a failed one leaves the last good copy.

export const shelfStore: TeamShelfStore = {
  async get(id) {
    const shelf = await getShelf(id);
    return shelf && { enabled: shelf.enabled, lastRefreshAt: shelf.lastRefreshAt, lastError: shelf.lastError };
  },
  async ensure(id, subdomain) {
    if (await getShelf(id)) return;
    await saveShelf({ id, kind: 'zendesk', label: `${subdomain}.zendesk.com`, source: subdomain });
  },
  async replace(id, entries, now, asked) {
    const inputs = entries.map(({ draft, origin, actions }) => ({
      ...draft,
      origin: actions.length > 0 ? { ...origin, actions } : origin,
    }));
    await replaceShelfEntries(id, inputs, { now, trigger: asked ? 'manual' : 'scheduled' });
  },
  async fail(id, error, now) {
    await recordShelfError(id, { ...error, at: now });
  },
};
