// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmail } from '@/lib/sites/gmail';
import { loadFixture } from './load';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrKxWvLmNpQrStUvWxYz1234';

describe('Gmail adapter', () => {
  it('finds the reply box and every compose window', () => {
    const doc = loadFixture('gmail', URL_);
    expect(gmail.findReplyBoxes(doc).map((b) => b.id)).toEqual(['reply', 'compose-body']);
  });

  it('reads the last message not written by the agent, with quotes and signature stripped', () => {
    const doc = loadFixture('gmail', URL_);
    const context = gmail.readContext(doc, doc.getElementById('reply')!);
    expect(context?.lastCustomerMessage?.text).toBe('Jetzt ist Freitag.\nIch storniere sonst.');
    expect(context).toMatchObject({
      ticketId: 'FMfcgzQbdrKxWvLmNpQrStUvWxYz1234',
      subject: 'Lieferung überfällig',
      customer: { name: 'Lena Hoffmann', firstName: 'Lena', lastName: 'Hoffmann', email: 'lena.hoffmann@example.de' },
      agentName: 'Jana Berger',
    });
  });

  it('takes the recipient of a second compose window as its customer', () => {
    const doc = loadFixture('gmail', URL_);
    const context = gmail.readContext(doc, doc.getElementById('compose-body')!);
    expect(context?.customer).toMatchObject({ name: 'Max Müller', email: 'max.mueller@example.org', firstName: 'Max' });
  });
});
