// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { serves } from '@/lib/sites/registry';
import { zendesk } from '@/lib/sites/zendesk';
import { loadFixture } from './load';

describe('Zendesk adapter', () => {
  it('serves the agent workspace only', () => {
    expect(serves(zendesk, new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(serves(zendesk, new URL('https://acme.zendesk.com/hc/de'))).toBe(false);
    expect(serves(zendesk, new URL('https://zendesk.com.evil.example/agent/'))).toBe(false);
  });

  it('reads the visible ticket, not the hidden one', () => {
    const doc = loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/4712');
    const boxes = zendesk.findReplyBoxes(doc);
    expect(boxes).toHaveLength(1);
    const context = zendesk.readContext(doc, boxes[0]);
    expect(context).toMatchObject({
      conversationKey: 'zendesk:4712',
      ticketId: '4712',
      subject: 'Dritte Nachricht',
      customer: { name: 'Krause, Sabine', firstName: 'Sabine', lastName: 'Krause', email: 'sabine.krause@example.com' },
      agentName: 'Jana Berger',
    });
  });

  it("takes the last end-user comment, not the agent's, without its quoted part", () => {
    const doc = loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/4712');
    const last = zendesk.readContext(doc, zendesk.findReplyBoxes(doc)[0])?.lastCustomerMessage;
    expect(last?.text).toBe('Das ist das DRITTE Mal!!!\nSonst Instagram.');
    expect(last?.at).toBe(Date.parse('2026-11-21T19:02:00Z'));
  });
});
