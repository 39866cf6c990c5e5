import type { ConversationInfo, SiteAdapter } from './adapter';
import { firstOf, shownText, visibleIn } from './first';
import { isVisible, splitName } from './names';
import { messageTextWithoutQuotes } from './quotes';

// Zendesk Agent Workspace. Selectors are Zendesk's data-test-id attributes (stable across
// its releases, unlike class names); see docs/platform.md for the evidence. No
// captured markup of a real workspace is public, so every field is read through its own
// ordered strategies and degrades alone (issue #16): no wrapper is required, in particular
// not a "ticket-workspace" element, which public scripts never rely on.
// Several tickets stay in the DOM when the agent has tickets open in tabs: only the
// visible one counts.
const SEL = {
  composer: '[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]',
  ticket: '[data-ticket-id]',
  log: '[data-test-id="omni-log-container"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"][type]',
  sender: '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]',
  time: 'time[datetime], time[data-test-id="timestamp-relative"]',
  body: '[data-test-id="omni-log-message-content"]',
  subject: '[data-test-id="omni-header-subject"]',
  selectedTab: 'header div[data-selected="true"][data-entity-id], [role="tab"][aria-selected="true"][data-entity-id]',
  requesterName: '[data-test-id="customer-context-name"]',
  requesterEmail: '[data-test-id="customer-context-email"]',
  agent: '[data-test-id="header-profile-menu-button"]',
  submit: 'button[data-test-id="submit_button-button"]',
} as const;

/**
 * The element holding the visible ticket, in order: the reply box's ancestor marked with
 * the ticket id; its nearest ancestor that also holds a conversation log; the visible
 * element with a ticket id; the visible log's ancestor with a ticket id; the whole page.
 */
export function ticketContainer(doc: Document, box?: HTMLElement): ParentNode {
  if (box) {
    const marked = box.closest(SEL.ticket);
    if (marked) return marked;
    for (let el = box.parentElement; el; el = el.parentElement) if (el.querySelector(SEL.log)) return el;
    return doc;
  }
  const marked = [...doc.querySelectorAll(SEL.ticket)].find((el) => isVisible(el) && el.querySelector(SEL.log));
  if (marked) return marked;
  const log = [...doc.querySelectorAll(SEL.log)].find(isVisible);
  return log?.closest(SEL.ticket) ?? doc;
}

/** Comments of the ticket, oldest first: article items, else the typed message elements themselves. */
function comments(root: ParentNode): Element[] {
  const articles = [...root.querySelectorAll(SEL.comment)].filter(isVisible);
  return articles.length ? articles : [...root.querySelectorAll(SEL.message)].filter(isVisible);
}

function lastEndUserComment(root: ParentNode): { text: string; author?: string; at?: number } | undefined {
  const all = comments(root);
  for (let i = all.length - 1; i >= 0; i--) {
    const comment = all[i]!;
    const message = comment.matches(SEL.message) ? comment : comment.querySelector(SEL.message);
    if (message?.getAttribute('type') !== 'end-user') continue;
    const body = comment.querySelector(SEL.body);
    const datetime = comment.querySelector(SEL.time)?.getAttribute('datetime');
    const at = datetime ? Date.parse(datetime) : Number.NaN;
    return {
      text: body ? messageTextWithoutQuotes(body) : '',
      author: comment.querySelector(SEL.sender)?.textContent?.trim() || undefined,
      at: Number.isFinite(at) ? at : undefined,
    };
  }
  return undefined;
}

export const zendesk = {
  id: 'zendesk',
  pages: ['https://*.zendesk.com/agent/*'],
  // The whole host: an agent may also enable Tonlage on, say, a Zendesk help center without a prompt.
  hosts: ['https://*.zendesk.com/*'],
  watch: `${SEL.ticket}, ${SEL.log}, ${SEL.subject}, ${SEL.composer}, header, [data-test-id="header-tablist"], ${SEL.agent}`,
  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(SEL.composer)].filter(isVisible),
  keepClear: (box) => [...ticketContainer(box.ownerDocument, box).querySelectorAll(SEL.submit)],
  readContext(doc: Document, box?: HTMLElement): ConversationInfo | null {
    const root = ticketContainer(doc, box);
    const ticketId = firstOf(
      () => (root === doc ? undefined : (root as Element).getAttribute('data-ticket-id')),
      () => doc.location.pathname.match(/\/agent\/tickets\/(\d+)/)?.[1],
      () => doc.querySelector(SEL.selectedTab)?.getAttribute('data-entity-id'),
    );
    const last = lastEndUserComment(root);
    if (!box && !ticketId && !last) return null;
    const name = firstOf(
      () => visibleIn(root, SEL.requesterName, doc)?.textContent,
      () => last?.author,
    );
    const email = firstOf(() => visibleIn(root, SEL.requesterEmail, doc)?.textContent);
    return {
      conversationKey: `zendesk:${ticketId ?? 'new'}`,
      ticketId,
      subject: firstOf(() => shownText(visibleIn(root, SEL.subject, doc))),
      customer: { name, email, ...splitName(name) },
      agentName: firstOf(() => doc.querySelector(SEL.agent)?.getAttribute('data-user-name')),
      lastCustomerMessage: last,
    };
  },
} as const satisfies SiteAdapter;
