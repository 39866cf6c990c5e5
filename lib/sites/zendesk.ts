import type { ConversationInfo, SiteAdapter } from './adapter';
import { isVisible, splitName } from './names';
import { messageTextWithoutQuotes } from './quotes';

// Zendesk Agent Workspace. Selectors are Zendesk's data-test-id attributes (stable across
// its releases, unlike class names); see ../shared/PLATFORM.md for the evidence.
// Several ticket workspaces stay in the DOM when the agent has tickets open in tabs:
// only the visible one counts.
const SEL = {
  composer: '[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]',
  log: '[data-test-id="omni-log-container"]',
  comment: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  body: '[data-test-id="omni-log-message-content"]',
  subject: '[data-test-id="omni-header-subject"]',
  requesterName: '[data-test-id="customer-context-name"]',
  requesterEmail: '[data-test-id="customer-context-email"]',
  agent: '[data-test-id="header-profile-menu-button"]',
  workspace: '[data-test-id="ticket-workspace"]',
} as const;

function visibleWorkspace(doc: Document, box?: HTMLElement): Element | null {
  if (box) return box.closest(SEL.workspace);
  return [...doc.querySelectorAll(SEL.workspace)].find(isVisible) ?? null;
}

function lastEndUserComment(workspace: Element): { text: string; author?: string; at?: number } | undefined {
  const comments = [...workspace.querySelectorAll(SEL.comment)];
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i]!;
    if (comment.querySelector(SEL.message)?.getAttribute('type') !== 'end-user') continue;
    const body = comment.querySelector(SEL.body);
    const datetime = comment.querySelector('time')?.getAttribute('datetime');
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
  watch: `${SEL.workspace}, [data-test-id="header-tablist"], ${SEL.agent}`,
  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(SEL.composer)].filter(isVisible),
  readContext(doc, box): ConversationInfo | null {
    const workspace = visibleWorkspace(doc, box);
    if (!workspace) return null;
    const ticketId =
      workspace.getAttribute('data-ticket-id') ?? doc.location.pathname.match(/\/agent\/tickets\/(\d+)/)?.[1];
    const last = lastEndUserComment(workspace);
    const name = workspace.querySelector(SEL.requesterName)?.textContent?.trim() || last?.author;
    const email = workspace.querySelector(SEL.requesterEmail)?.textContent?.trim() || undefined;
    const agentLabel = doc.querySelector(SEL.agent)?.getAttribute('data-user-name') ?? undefined;
    return {
      conversationKey: `zendesk:${ticketId ?? 'new'}`,
      ticketId: ticketId ?? undefined,
      subject: workspace.querySelector(SEL.subject)?.textContent?.trim() || undefined,
      customer: { name, email, ...splitName(name) },
      agentName: agentLabel || undefined,
      lastCustomerMessage: last,
    };
  },
} as const satisfies SiteAdapter;
