import type { SiteId, TicketContext } from './context';

/** What an adapter reads from the page; the watcher adds site, host and hasReplyBox. */
export type ConversationInfo = Omit<TicketContext, 'site' | 'host' | 'hasReplyBox'>;

/**
 * One helpdesk or mail site. An adapter only reads the page: it finds reply boxes and the
 * conversation's context. Inserting text is lib/insert's job. Adding a site means one
 * adapter file, one line in registry.ts, one fixture page and one spec.
 */
export interface SiteAdapter {
  id: SiteId;
  /**
   * CSS selector of the parts of the page whose changes can change the conversation or
   * its reply boxes. Mutations elsewhere (live view lists, notifications) are ignored,
   * which keeps the content script cheap on busy pages.
   */
  watch: string;
  /** Whether this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** Every reply box on the page the agent could type into now. */
  findReplyBoxes(doc: Document): HTMLElement[];
  /** The conversation around `box` (or the visible one when no box is given); null when there is none. */
  readContext(doc: Document, box?: HTMLElement): ConversationInfo | null;
}
