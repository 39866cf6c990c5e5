import { QueryClient } from '@tanstack/react-query';
import { subscribe } from '../messaging/broadcast';

/**
 * One QueryClient per extension page. Data is fresh until another context says it
 * changed: a broadcast invalidates the affected queries (no polling).
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: 1, refetchOnWindowFocus: false } },
  });
  subscribe((event) => {
    if (event.kind === 'library-changed') {
      for (const table of event.tables) void client.invalidateQueries({ queryKey: [table] });
      // Searches cover the switched-on team shelves too: a refreshed shelf changes their hits.
      if (event.tables.includes('shelves')) void client.invalidateQueries({ queryKey: ['snippets', 'search'] });
    } else if (event.kind === 'draft-changed') {
      client.setQueryData(['draft', event.tabId], event.draft);
    } else {
      void client.invalidateQueries({ queryKey: ['tab-context'] });
    }
  });
  return client;
}
