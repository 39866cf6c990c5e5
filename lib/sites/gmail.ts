import type { ConversationInfo, SiteAdapter } from './adapter';
import { isVisible, splitName } from './names';
import { messageTextWithoutQuotes } from './quotes';

// Gmail. Its class names are obfuscated and change between releases, so roles, aria and
// data attributes come first; the few class names that have held for years (hP, adn,
// gD, a3s) are kept here and nowhere else.
const SEL = {
  body: 'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  threadSubject: 'h2.hP',
  message: 'div.adn.ads',
  sender: 'span.gD[email]',
  messageBody: 'div.a3s',
  date: 'span.g3[title]',
  recipientChip: '[data-hovercard-id][data-name]',
  subjectInput: 'input[name="subjectbox"]',
  account: 'a[aria-label*="@"][href*="SignOutOptions"], [data-tonlage-account]',
  dialog: '[role="dialog"], .M9, .ip',
} as const;

function agentEmail(doc: Document): string | undefined {
  const label = doc.querySelector(SEL.account)?.getAttribute('aria-label') ?? '';
  return label.match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/i)?.[0]?.toLowerCase();
}

function agentName(doc: Document): string | undefined {
  const label = doc.querySelector(SEL.account)?.getAttribute('aria-label') ?? '';
  // "Google Account: Jana Berger (jana@example.com)" / "Google-Konto: Jana Berger (…)"
  return label.match(/:\s*([^()]+?)\s*\(/)?.[1];
}

/** The compose window (reply, forward, new message) that holds `box`. */
function composeOf(box: HTMLElement): Element {
  return box.closest(SEL.dialog) ?? box.closest('form') ?? box.parentElement ?? box;
}

export const gmail = {
  id: 'gmail',
  pages: ['https://mail.google.com/*'],
  hosts: ['https://mail.google.com/*'],
  watch: `[role="main"], ${SEL.dialog}, ${SEL.body}`,
  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(SEL.body)].filter(isVisible),
  readContext(doc, box): ConversationInfo | null {
    const me = agentEmail(doc);
    const messages = [...doc.querySelectorAll(SEL.message)].filter(isVisible);
    const fromCustomer = messages.filter(
      (m) => m.querySelector(SEL.sender)?.getAttribute('email')?.toLowerCase() !== me,
    );
    const last = fromCustomer.at(-1);
    const compose = box ? composeOf(box) : undefined;
    const chip = compose?.querySelector(SEL.recipientChip);
    const lastSender = last?.querySelector(SEL.sender);
    const email = (
      chip?.getAttribute('data-hovercard-id') ??
      lastSender?.getAttribute('email') ??
      undefined
    )?.toLowerCase();
    const name =
      chip?.getAttribute('data-name') ?? lastSender?.getAttribute('name') ?? lastSender?.textContent ?? undefined;
    const threadSubject = doc.querySelector(SEL.threadSubject)?.textContent?.trim();
    const composeSubject = compose?.querySelector<HTMLInputElement>(SEL.subjectInput)?.value.trim();
    const subject = threadSubject || composeSubject || undefined;
    if (!last && !compose) return null;
    const threadId = doc.location.hash.match(/[A-Za-z0-9]{16,}$/)?.[0];
    const body = last?.querySelector(SEL.messageBody);
    const dateTitle = last?.querySelector(SEL.date)?.getAttribute('title');
    const at = dateTitle ? Date.parse(dateTitle) : Number.NaN;
    return {
      conversationKey: `gmail:${threadId ?? subject ?? 'compose'}`,
      ticketId: threadId,
      subject,
      customer: { name: name?.trim() || undefined, email, ...splitName(name) },
      agentName: agentName(doc),
      lastCustomerMessage: body
        ? {
            text: messageTextWithoutQuotes(body),
            author: lastSender?.textContent?.trim(),
            at: Number.isFinite(at) ? at : undefined,
          }
        : undefined,
    };
  },
} as const satisfies SiteAdapter;
