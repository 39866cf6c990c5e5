import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { listOutcomes } from '../db/outcomes';
import { firstSnippets, listSnippets } from '../db/snippets';
import { tallyCalming } from '../suggest/calming';
import { toBackground } from '../messaging/background';
import type { LibraryHit } from '../db/shelf-schema';
import { type LibrarySearch, MATCH_LIMIT, type SuggestedHit, toLibrary } from '../messaging/library';
import { getSettings } from '../settings';

// Query keys start with the table a broadcast names, so invalidation finds them.

export const snippetsQuery = () => queryOptions({ queryKey: ['snippets', 'all'], queryFn: listSnippets });

/** Rows the options list shows while the whole library loads (a screen and a half). */
export const FIRST_ROWS = 60;
export const firstSnippetsQuery = () =>
  queryOptions({ queryKey: ['snippets', 'first'], queryFn: () => firstSnippets(FIRST_ROWS) });

/** Per snippet, how often the customer's next message was calmer (issue #15). Usage data. */
export const calmingQuery = () =>
  queryOptions({ queryKey: ['usage', 'calming'], queryFn: async () => tallyCalming(await listOutcomes()) });

export const settingsQuery = () => queryOptions({ queryKey: ['settings'], queryFn: getSettings });

/** The library ranked for the customer by the background's index (the palette and the side panel). */
export const librarySearchQuery = (search: LibrarySearch) =>
  queryOptions({ queryKey: ['snippets', 'search', search], queryFn: () => toLibrary.send('library.search', search) });

export type SuggestionReason = Omit<SuggestedHit, 'hit'>;
export interface PaletteRows {
  hits: LibraryHit[];
  /** The rows suggested for this ticket, by id: why (the palette says it in one line). */
  why: ReadonlyMap<string, SuggestionReason>;
}

/**
 * The palette's rows. With an empty query, the suggestions for the conversation in its tab
 * come first (the side panel's ranking, issue #15), then the agent's habit order.
 */
export const paletteQuery = (search: LibrarySearch, tabId: number | undefined) =>
  queryOptions({
    queryKey: ['snippets', 'palette', search, tabId],
    queryFn: async (): Promise<PaletteRows> => {
      const suggest = search.query.trim() === '' && tabId !== undefined;
      const [hits, suggested] = await Promise.all([
        toLibrary.send('library.search', search),
        suggest ? toLibrary.send('library.suggest', { tabId, now: search.now }) : [],
      ]);
      const why = new Map(suggested.map(({ hit, ...reason }) => [hit.id, reason]));
      const rest = hits.filter((h) => !why.has(h.id));
      return { hits: [...suggested.map((s) => s.hit), ...rest].slice(0, search.limit), why };
    },
  });

/** The options page's filter: ids matching the words, best first, from the same background index. */
export const libraryMatchQuery = (query: string) =>
  queryOptions({
    queryKey: ['snippets', 'match', query.trim()],
    queryFn: () => toLibrary.send('library.match', { query: query.trim(), limit: MATCH_LIMIT }),
    enabled: query.trim() !== '',
    // While the next answer is on its way the list keeps the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });

/** The conversation in the tab the side panel belongs to (or the active tab). */
export const tabContextQuery = (boundTabId?: number) =>
  queryOptions({
    queryKey: ['tab-context', boundTabId ?? 'active'],
    queryFn: async () => {
      const tabId = boundTabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (tabId === undefined) return null;
      return toBackground.send('tab.getContext', { tabId });
    },
  });
