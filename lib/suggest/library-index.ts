import { subscribe } from '../messaging/broadcast';
import type { Mood, Snippet } from '../db/schema';
import { listSnippets } from '../db/snippets';
import { createSearchIndex } from '../search';

// The palette's search index, kept in the background: the palette frame asks per keystroke
// and gets the top hits, instead of copying the whole library into every frame it opens.
// It is rebuilt shortly after any library change (a broadcast), so it is ready when asked.

const REBUILD_DELAY_MS = 300;

interface Built {
  index: ReturnType<typeof createSearchIndex>;
  byId: Map<string, Snippet>;
}

let built: Promise<Built> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function build(): Promise<Built> {
  built = listSnippets().then((snippets) => ({
    index: createSearchIndex(snippets),
    byId: new Map(snippets.map((s) => [s.id, s])),
  }));
  return built;
}

export function keepLibraryIndexFresh(): void {
  subscribe((event) => {
    if (event.kind !== 'library-changed' || !event.tables.includes('snippets')) return;
    built = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void build(), REBUILD_DELAY_MS);
  });
}

export async function searchLibrary(
  query: string,
  options: { language?: 'de' | 'en'; moods: Mood[]; now: number; limit: number },
): Promise<Snippet[]> {
  const { index, byId } = await (built ?? build());
  // Inactive snippets (e.g. inactive Zendesk macros) stay in the options page only.
  return index
    .search(query, { ...options, limit: options.limit + 10 })
    .flatMap((hit) => {
      const s = byId.get(hit.id);
      return s && !s.inactive ? [s] : [];
    })
    .slice(0, options.limit);
}
