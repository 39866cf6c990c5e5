import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { notesFor } from '../db/notes';
import { type NoteScope, scopeKey } from '../db/schema';
import { toTab } from '../messaging/tab';
import type { TicketContext } from '../sites/context';
import { analyzeMessage, type MessageAnalysis, type ToneLanguage } from '../tone';
import { tabContextQuery } from './library';

// Data of the side panel. Library data (notes) is invalidated by broadcasts. The agent's
// draft is asked for once when the panel opens; after that the content script pushes it on
// input (lib/content/draft-push.ts) and the broadcast replaces the query's data
// (lib/queries/client.ts): no polling (issue #19 measured 5 requests a second before).

/** The tab the panel works for: the bound one, else the active tab (re-read on every tab switch). */
export const panelTabQuery = (boundTabId?: number) =>
  queryOptions({
    queryKey: ['tab-context', 'tab-id', boundTabId ?? 'active'],
    queryFn: async () =>
      boundTabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
  });

export const draftQuery = (tabId: number | null | undefined, enabled: boolean) =>
  queryOptions({
    queryKey: ['draft', tabId],
    queryFn: async () => {
      if (tabId == null) return null;
      try {
        return await toTab.send('draft.get', {}, tabId);
      } catch {
        return null; // no content script in this tab (yet)
      }
    },
    enabled: enabled && tabId != null,
  });

export const notesQuery = (scope: NoteScope) =>
  queryOptions({ queryKey: ['notes', scopeKey(scope)], queryFn: () => notesFor(scope) });

/** The panel's tab id and that tab's conversation. */
export function usePanelContext(boundTabId?: number) {
  const tabId = useQuery(panelTabQuery(boundTabId)).data ?? null;
  const context = useQuery(tabContextQuery(boundTabId));
  return { tabId, context: context.data ?? null, isPending: context.isPending };
}

/** The customer's last message read by the tone engine (null when there is none). */
export function useCustomerAnalysis(context: TicketContext | null, uiLanguage: ToneLanguage): MessageAnalysis | null {
  const text = context?.lastCustomerMessage?.text;
  const language = context?.language;
  return useMemo(() => (text ? analyzeMessage(text, { uiLanguage, language }) : null), [text, uiLanguage, language]);
}

/** The note scopes of a conversation: the customer (by e-mail) and the ticket. */
export function noteScopes(context: TicketContext | null): { customer?: NoteScope; ticket?: NoteScope } {
  const email = context?.customer.email?.trim().toLowerCase();
  const validEmail = email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
  return {
    customer: validEmail ? { kind: 'customer', email: validEmail } : undefined,
    ticket: context?.ticketId ? { kind: 'ticket', site: context.site, ticketId: context.ticketId } : undefined,
  };
}
