// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ConversationInfo } from '@/lib/sites/adapter';
import { serves } from '@/lib/sites/registry';
import { zendesk } from '@/lib/sites/zendesk';
import { all, type Mutation, remove, rename, unwrap } from './degrade';
import { loadFixture } from './load';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4712';

function read(mutate?: Mutation, url = TICKET_URL): ConversationInfo | null {
  const doc = loadFixture('zendesk', url);
  mutate?.(doc);
  return zendesk.readContext(doc, zendesk.findReplyBoxes(doc)[0]);
}

const FULL = {
  conversationKey: 'zendesk:4712',
  ticketId: '4712',
  subject: 'Dritte Nachricht',
  customer: { name: 'Krause, Sabine', firstName: 'Sabine', lastName: 'Krause', email: 'sabine.krause@example.com' },
  agentName: 'Jana Berger',
  lastCustomerMessage: {
    text: 'Das ist das DRITTE Mal!!!\nSonst Instagram.',
    author: 'Sabine Krause',
    at: Date.parse('2026-11-21T19:02:00Z'),
  },
};

describe('Zendesk adapter', () => {
  it('serves the agent workspace only', () => {
    expect(serves(zendesk, new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(serves(zendesk, new URL('https://acme.zendesk.com/hc/de'))).toBe(false);
    expect(serves(zendesk, new URL('https://zendesk.com.evil.example/agent/'))).toBe(false);
  });

  it('reads the visible ticket, not the hidden one, with the subject from its input', () => {
    const doc = loadFixture('zendesk', TICKET_URL);
    expect(zendesk.findReplyBoxes(doc)).toHaveLength(1);
    expect(read()).toEqual(FULL);
  });

  it('reads the visible ticket without a reply box in focus', () => {
    const doc = loadFixture('zendesk', TICKET_URL);
    expect(zendesk.readContext(doc)).toEqual(FULL);
  });
});

// Each variant takes away one thing the adapter could lean on; every other field must still be read.
const VARIANTS: [string, Mutation, Record<string, unknown>, string?][] = [
  ['the ticket-workspace wrapper renamed', rename('[data-test-id="ticket-workspace"]', 'data-test-id', 'ws-v2'), {}],
  ['no ticket-workspace wrapper attribute', rename('[data-test-id="ticket-workspace"]', 'data-test-id'), {}],
  [
    'no data-ticket-id (the URL names the ticket)',
    all(rename('[data-test-id="ticket-workspace"]', 'data-test-id'), rename('[data-ticket-id]', 'data-ticket-id')),
    {},
  ],
  [
    'no data-ticket-id and a URL without the ticket (the selected header tab names it)',
    rename('[data-ticket-id]', 'data-ticket-id'),
    {},
    'https://acme.zendesk.com/agent/workspace',
  ],
  ['comment articles unwrapped', unwrap('article[data-test-id="omni-log-comment-item"]'), {}],
  [
    'the sender as omni-log-comment-user-link',
    rename('[data-test-id="omni-log-item-sender"]', 'data-test-id', 'omni-log-comment-user-link'),
    {},
  ],
  [
    'no customer context',
    remove('aside'),
    { customer: { name: 'Sabine Krause', firstName: 'Sabine', lastName: 'Krause', email: undefined } },
  ],
  ['no subject', remove('[data-test-id="omni-header-subject"]'), { subject: undefined }],
  ['no agent menu', remove('[data-test-id="header-profile-menu-button"]'), { agentName: undefined }],
  [
    'no conversation log',
    remove('[data-test-id="omni-log-container"]'),
    { lastCustomerMessage: undefined, customer: { ...FULL.customer } },
  ],
];

describe.each(VARIANTS)('Zendesk adapter with %s', (_name, mutate, changed, url) => {
  it('still reads every other field', () => {
    expect(read(mutate, url)).toEqual({ ...FULL, ...changed });
  });
});
