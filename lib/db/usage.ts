import { publish } from '../messaging/broadcast';
import { getDb } from './database';
import { LibraryError, parseOrThrow } from './errors';
import { notice } from '../i18n/notice';
import { type UsageEvent, UsageEventSchema } from './schema';

/** Records one insertion: a usage event, and the snippet's use count and last use. */
export async function recordUsage(snippetId: string, site: string, at = Date.now()): Promise<void> {
  const event = parseOrThrow(UsageEventSchema, { snippetId, site, at });
  const db = getDb();
  await db.transaction('rw', db.snippets, db.usageEvents, async () => {
    const snippet = await db.snippets.get(snippetId);
    if (!snippet) throw new LibraryError(notice('libSnippetGone'), 'not-found');
    await db.snippets.update(snippetId, { useCount: snippet.useCount + 1, lastUsedAt: at });
    await db.usageEvents.add(event);
  });
  publish({ kind: 'library-changed', tables: ['snippets', 'usage'] });
}

export async function usageEventsFor(snippetId: string): Promise<UsageEvent[]> {
  return getDb().usageEvents.where('snippetId').equals(snippetId).sortBy('at');
}
