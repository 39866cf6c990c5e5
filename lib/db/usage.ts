import { publish } from '../messaging/broadcast';
import { getDb } from './database';
import { LibraryError, parseOrThrow } from './errors';
import { notice } from '../i18n/notice';
import { type UsageEvent, UsageEventSchema } from './schema';

/** Records one insertion: a usage event, and the snippet's (or team entry's) use count and last use. */
export async function recordUsage(snippetId: string, site: string, at = Date.now()): Promise<void> {
  const event = parseOrThrow(UsageEventSchema, { snippetId, site, at });
  const db = getDb();
  const table = await db.transaction('rw', db.snippets, db.shelfEntries, db.usageEvents, async () => {
    const snippet = await db.snippets.get(snippetId);
    // A team entry counts too (statistics); its shelf's refreshes keep the count.
    const entry = snippet ? undefined : await db.shelfEntries.get(snippetId);
    const found = snippet ?? entry;
    if (!found) throw new LibraryError(notice('libSnippetGone'), 'not-found');
    await (snippet ? db.snippets : db.shelfEntries).update(snippetId, { useCount: found.useCount + 1, lastUsedAt: at });
    await db.usageEvents.add(event);
    return snippet ? ('snippets' as const) : ('shelves' as const);
  });
  publish({ kind: 'library-changed', tables: [table, 'usage'] });
}

export async function usageEventsFor(snippetId: string): Promise<UsageEvent[]> {
  return getDb().usageEvents.where('snippetId').equals(snippetId).sortBy('at');
}
