import { queryOptions } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { listSnippets } from '../db/snippets';
import { sendLibrary } from '../library-messaging';
import { send } from '../messaging';
import { getSettings } from '../settings';

// Query keys start with the table a broadcast names, so invalidation finds them.

export const snippetsQuery = () => queryOptions({ queryKey: ['snippets', 'all'], queryFn: listSnippets });

/** The library read through the background, for pages embedded in a helpdesk tab (the palette). */
export const snippetsViaBackgroundQuery = () =>
  queryOptions({ queryKey: ['snippets', 'via-background'], queryFn: () => sendLibrary('library.snippets', {}) });

export const settingsQuery = () => queryOptions({ queryKey: ['settings'], queryFn: getSettings });

/** The conversation in the tab the side panel belongs to (or the active tab). */
export const tabContextQuery = (boundTabId?: number) =>
  queryOptions({
    queryKey: ['tab-context', boundTabId ?? 'active'],
    queryFn: async () => {
      const tabId = boundTabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (tabId === undefined) return null;
      return send('tab.getContext', { tabId });
    },
  });
