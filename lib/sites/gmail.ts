import type { ConversationInfo, SiteAdapter } from './adapter';
import { firstOf } from './first';
import { isVisible, splitName } from './names';
import { messageTextWithoutQuotes } from './quotes';
import { ticketNumberIn } from './ticket-number';

// Gmail. Its class names are obfuscated and change between releases, so roles, aria and
// data attributes come first; the few class names that have held for years (hP, adn,
// gD, a3s) are kept here and nowhere else, each with a fallback.
const SEL = {
  body: 'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  threadSubject: 'h2.hP, h2[data-thread-perm-id]',
  message: 'div.adn.ads, div[data-message-id]',
  sender: 'span.gD[email], span[email][name]',
  messageBody: 'div.a3s',
  date: 'span.g3[title]',
  // Sender avatars in 2025 message cards (img.ajn) carry the same attributes: never a recipient.
  recipientChip: '[data-hovercard-id][data-name]:not(img)',
  subjectInput: 'input[name="subjectbox"]',
  draftId: 'input[name="draft"]',
  send: 'div[role="button"].aoO',
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

/**
 * The compose window (reply, forward, new message) that holds `box`: its dialog or form,
 * else the widest ancestor that holds no other reply box and no message card.
 */
function composeOf(box: HTMLElement): Element {
  const marked = box.closest(SEL.dialog) ?? box.closest('form');
  if (marked) return marked;
  let compose: Element = box;
  for (let el = box.parentElement; el; el = el.parentElement) {
    if (el.querySelectorAll(SEL.body).length > 1 || el.querySelector(SEL.message)) break;
    compose = el;
  }
  return compose;
}

const REPLY_PREFIX = /^((re|aw|fwd?|wg|antw)\s*:\s*)+/i;
const sameSubject = (a: string, b: string) => a.replace(REPLY_PREFIX, '').trim() === b.replace(REPLY_PREFIX, '').trim();

// A new mail has no thread id, and every new compose window is its own conversation
// (issue #16: they all shared "gmail:compose"). Gmail's draft id names it where present.
const composeKeys = new WeakMap<Element, string>();
let composeCount = 0;
function composeKey(compose: Element): string {
  const draft = compose.querySelector<HTMLInputElement>(SEL.draftId)?.value.trim();
  if (draft) return `gmail:draft:${draft}`;
  let key = composeKeys.get(compose);
  if (!key) composeKeys.set(compose, (key = `gmail:compose:${++composeCount}`));
  return key;
}

export const gmail = {
  id: 'gmail',
  pages: ['https://mail.google.com/*'],
  hosts: ['https://mail.google.com/*'],
  watch: `[role="main"], ${SEL.dialog}, ${SEL.body}`,
  findReplyBoxes: (doc) => [...doc.querySelectorAll<HTMLElement>(SEL.body)].filter(isVisible),
  keepClear: (box) => [...composeOf(box).querySelectorAll(SEL.send)],
  readContext(doc: Document, box?: HTMLElement): ConversationInfo | null {
    const compose = box ? composeOf(box) : undefined;
    const threadSubject = doc.querySelector(SEL.threadSubject)?.textContent?.trim();
    const composeSubject = compose?.querySelector<HTMLInputElement>(SEL.subjectInput)?.value.trim();
    // A compose window with a subject box of its own that is not this thread's reply: a new mail.
    const newMail =
      !!compose?.querySelector(SEL.subjectInput) &&
      !(threadSubject && composeSubject && sameSubject(threadSubject, composeSubject));
    const me = agentEmail(doc);
    const messages = newMail ? [] : [...doc.querySelectorAll(SEL.message)].filter(isVisible);
    const last = messages
      .filter((m) => m.querySelector(SEL.sender)?.getAttribute('email')?.toLowerCase() !== me)
      .at(-1);
    if (!last && !compose) return null;
    const chip = [...(compose?.querySelectorAll(SEL.recipientChip) ?? [])].find((c) => !c.closest(SEL.message));
    const lastSender = last?.querySelector(SEL.sender);
    const email = firstOf(
      () => chip?.getAttribute('data-hovercard-id'),
      () => lastSender?.getAttribute('email'),
    )?.toLowerCase();
    const name = firstOf(
      () => chip?.getAttribute('data-name'),
      () => lastSender?.getAttribute('name'),
      () => lastSender?.textContent,
    );
    const threadId = newMail ? undefined : doc.location.hash.match(/[A-Za-z0-9]{16,}$/)?.[0];
    const subject = (newMail ? composeSubject : threadSubject || composeSubject) || undefined;
    const body = last?.querySelector(SEL.messageBody);
    const dateTitle = last?.querySelector(SEL.date)?.getAttribute('title');
    const at = dateTitle ? Date.parse(dateTitle) : Number.NaN;
    return {
      conversationKey: threadId ? `gmail:${threadId}` : compose ? composeKey(compose) : `gmail:${subject}`,
      // Gmail's thread id ("FMfcgz…") is no ticket number a customer could quote: only a
      // number in the subject fills {{ticket.id}}; else the agent sees the missing-value hint (issue #16).
      ticketId: ticketNumberIn(subject),
      subject,
      customer: { name, email, ...splitName(name) },
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
