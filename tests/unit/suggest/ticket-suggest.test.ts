import { describe, expect, it } from 'vitest';
import { createSnippet } from '@/lib/db/snippets';
import type { TicketContext } from '@/lib/sites/context';
import { replaceShelfEntries, saveShelf, setShelfEnabled } from '@/lib/shelves/store';
import { suggestForContext } from '@/lib/suggest/ticket-suggest';
import { withFreshDb } from '../db/helpers';

// The palette's empty query (issue #15): the background ranks the library for the tab's
// conversation with the side panel's ranking, own snippets and switched-on team shelves alike.

withFreshDb();

const PACK = 'pack:https://team.example/pack.json';
const context = (text: string, subject = ''): TicketContext => ({
  conversationKey: 'zendesk:1',
  site: 'zendesk',
  host: 'acme.zendesk.com',
  hasReplyBox: true,
  customer: {},
  subject,
  language: 'de',
  lastCustomerMessage: { text },
});
const titles = async (c: TicketContext | null) =>
  (await suggestForContext(c, { now: Date.now(), templates: 5, phrases: 3 })).map((s) => s.hit.title);

describe('suggestions for the palette', () => {
  it('ranks own and team snippets for the conversation, and says why', async () => {
    await createSnippet({ title: 'Gutschein einlösen', body: 'So lösen Sie Ihren Gutschein ein.', language: 'de' });
    await createSnippet({ title: 'Passwort vergessen', body: 'So setzen Sie Ihr Passwort zurück.', language: 'de' });
    await saveShelf({ id: PACK, kind: 'pack', label: 'Support-Team', source: 'https://team.example/pack.json' });
    await replaceShelfEntries(PACK, [
      {
        title: 'Paket verloren',
        body: 'Ihr Paket ist beim Versand verloren gegangen; wir schicken Ersatz.',
        language: 'de',
        origin: { kind: 'pack', remoteId: '1' },
      },
    ]);
    const ticket = context('Mein Paket ist verloren gegangen, die Sendung kommt nicht an.', 'Paket weg');
    const [first] = await suggestForContext(ticket, { now: Date.now(), templates: 5, phrases: 3 });
    expect(first?.hit.title).toBe('Paket verloren');
    expect(first?.hit.team?.label).toBe('Support-Team');
    expect(first?.topics.length).toBeGreaterThan(0);
    expect(await titles(ticket)).not.toContain('Passwort vergessen');
  });

  it('follows library changes: a new snippet takes part, a switched-off shelf does not', async () => {
    const ticket = context('Mein Gutschein wird an der Kasse nicht angenommen.');
    await saveShelf({ id: PACK, kind: 'pack', label: 'Support-Team', source: 'https://team.example/pack.json' });
    await replaceShelfEntries(PACK, [
      { title: 'Gutschein Team', body: 'Gutschein gilt.', language: 'de', origin: { kind: 'pack', remoteId: '1' } },
    ]);
    expect(await titles(ticket)).toEqual(['Gutschein Team']);
    await createSnippet({ title: 'Gutschein abgelehnt', body: 'Ihr Gutschein wurde abgelehnt.', language: 'de' });
    await expect.poll(() => titles(ticket)).toContain('Gutschein abgelehnt');
    await setShelfEnabled(PACK, false);
    await expect.poll(() => titles(ticket)).toEqual(['Gutschein abgelehnt']);
  });

  it('suggests nothing without a conversation', async () => {
    await createSnippet({ title: 'Gutschein einlösen', body: 'Gutschein.', language: 'de' });
    expect(await titles(null)).toEqual([]);
    expect(await titles(context(''))).toEqual([]);
  });
});
