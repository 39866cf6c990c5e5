// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ConversationInfo } from '@/lib/sites/adapter';
import { gmail } from '@/lib/sites/gmail';
import { messageTextWithoutQuotes } from '@/lib/sites/quotes';
import { all, dropClass, type Mutation, remove, rename, unwrap } from './degrade';
import { loadFixture } from './load';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrKxWvLmNpQrStUvWxYz1234';

function read(mutate?: Mutation, boxId = 'reply'): ConversationInfo | null {
  const doc = loadFixture('gmail', URL_);
  mutate?.(doc);
  return gmail.readContext(doc, doc.getElementById(boxId)!);
}

const FULL = {
  conversationKey: 'gmail:FMfcgzQbdrKxWvLmNpQrStUvWxYz1234',
  ticketId: undefined,
  subject: 'Lieferung überfällig',
  customer: { name: 'Lena Hoffmann', firstName: 'Lena', lastName: 'Hoffmann', email: 'lena.hoffmann@example.de' },
  agentName: 'Jana Berger',
  lastCustomerMessage: {
    text: 'Jetzt ist Freitag.\nIch storniere sonst.',
    author: 'Lena Hoffmann',
    at: Date.parse('Fri, 21 Nov 2026 08:47:00 +0100'),
  },
};

function body(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('Gmail adapter', () => {
  it('finds the reply box and every compose window', () => {
    const doc = loadFixture('gmail', URL_);
    expect(gmail.findReplyBoxes(doc).map((b) => b.id)).toEqual(['reply', 'compose-body']);
  });

  it('reads the last message not written by the agent, with quotes and the footer after a blank line stripped', () => {
    expect(read()).toEqual(FULL);
  });

  it('never takes the thread id for a ticket number', () => {
    expect(read()?.ticketId).toBeUndefined();
  });

  it('takes the ticket number a helpdesk put in the subject', () => {
    const context = read((doc) => {
      doc.querySelector('h2.hP')!.textContent = 'AW: [#48213] Lieferung überfällig';
    });
    expect(context?.ticketId).toBe('48213');
    expect(context?.conversationKey).toBe(FULL.conversationKey);
  });

  it('takes the recipient chip, not the avatar next to it', () => {
    const doc = loadFixture('gmail', URL_);
    doc.querySelector('.M9 .afV')!.remove();
    // Without a chip, the last customer's address, never the agent's own avatar.
    expect(gmail.readContext(doc, doc.getElementById('reply')!)?.customer.email).toBe('lena.hoffmann@example.de');
  });

  it('treats a second compose window as a new mail of its own', () => {
    const context = read(undefined, 'compose-body');
    expect(context?.customer).toMatchObject({ name: 'Max Müller', email: 'max.mueller@example.org', firstName: 'Max' });
    expect(context?.subject).toBe('Ihre Rechnung');
    expect(context?.lastCustomerMessage).toBeUndefined();
    expect(context?.conversationKey).toMatch(/^gmail:compose:\d+$/);
  });

  it('gives every new compose window its own key, the same on every read', () => {
    const doc = loadFixture('gmail', URL_);
    const second = doc.getElementById('compose2')!.cloneNode(true) as HTMLElement;
    second.querySelector('[g_editable]')!.id = 'compose-body-2';
    doc.body.append(second);
    const key = (id: string) => gmail.readContext(doc, doc.getElementById(id)!)?.conversationKey;
    expect(key('compose-body')).not.toBe(key('compose-body-2'));
    expect(key('compose-body')).toBe(key('compose-body'));
    second.insertAdjacentHTML('afterbegin', '<input type="hidden" name="draft" value="#msg-a:r-123" />');
    expect(key('compose-body-2')).toBe('gmail:draft:#msg-a:r-123');
  });
});

describe('Gmail message bodies', () => {
  it('cuts a signature whose "-- " follows a blank line', () => {
    const html =
      '<div dir="ltr">Hallo,<br>bitte prüfen.</div>\n\n<font color="#888888">-- <br>Liste abbestellen</font>';
    expect(messageTextWithoutQuotes(body(html))).toBe('Hallo,\nbitte prüfen.');
  });

  it('reads a forwarded mail that sits wholly inside .gmail_quote', () => {
    const html =
      '<div dir="ltr"><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' +
      'From: <strong class="gmail_sendername">Max</strong> &lt;max@example.org&gt;<br>Date: Mo., 17. Nov. 2026<br>Subject: Defekt<br></div><br><br>' +
      '<div dir="ltr">Der Mixer ist kaputt.<br>Bitte ersetzen.</div><blockquote class="gmail_quote">alt</blockquote></div></div>';
    expect(messageTextWithoutQuotes(body(html))).toBe('Der Mixer ist kaputt.\nBitte ersetzen.');
  });
});

const VARIANTS: [string, Mutation, Record<string, unknown>][] = [
  ['the reply region unwrapped', unwrap('.M9'), {}],
  ['message card classes gone (data-message-id remains)', dropClass('adn', 'ads'), {}],
  ['the thread subject class gone', dropClass('hP'), {}],
  ['no thread subject', remove('h2'), { subject: undefined }],
  ['no account link', remove('a[aria-label]'), { agentName: undefined }],
  ['no recipient chip and no sender class', all(remove('.afV'), dropClass('gD')), {}],
  ['no message cards at all', all(remove('[data-message-id]')), { lastCustomerMessage: undefined }],
  ['sender spans without name attributes', rename('span.gD', 'name'), {}],
];

describe.each(VARIANTS)('Gmail adapter with %s', (_name, mutate, changed) => {
  it('still reads every other field', () => {
    expect(read(mutate)).toEqual({ ...FULL, ...changed });
  });
});
