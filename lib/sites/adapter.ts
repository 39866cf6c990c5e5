import type { ConversationInfo } from './context';

export type { ConversationInfo } from './context';

/**
 * One helpdesk or mail site. An adapter only reads the page: it finds reply boxes and the
 * conversation's context. Inserting text is lib/insert's job. Adding a site: see
 * docs/architecture.md ("Adding a site"). Site ids, the content script's matches and the
 * manifest's host permissions are all derived from the adapters in registry.ts.
 */
export interface SiteAdapter<Id extends string = string> {
  id: Id;
  /**
   * Match patterns of the pages the content script runs on from install (an empty list: the
   * adapter serves the sites the agent enables, and is listed last).
   */
  pages: readonly string[];
  /** Host patterns asked as host permissions at install: the pages' sites (the palette frame may be shown there). */
  hosts: readonly string[];
  /**
   * CSS selector of the parts of the page whose changes can change the conversation or
   * its reply boxes. Mutations elsewhere (live view lists, notifications) are ignored,
   * which keeps the content script cheap on busy pages.
   */
  watch: string;
  /** Every reply box on the page the agent could type into now. */
  findReplyBoxes(doc: Document): HTMLElement[];
  /** The conversation around `box` (or the visible one when no box is given); null when there is none. */
  readContext(doc: Document, box?: HTMLElement): ConversationInfo | null;
  /** What the palette must never cover while the agent works in `box`: the composer's send button. */
  keepClear?(box: HTMLElement): Element[];
}
