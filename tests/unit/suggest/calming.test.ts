import { describe, expect, it } from 'vitest';
import { noteContext, noteInsertion } from '@/lib/background/calming';
import { getDb } from '@/lib/db/database';
import type { Snippet } from '@/lib/db/schema';
import { clearOutcomes, listOutcomes, PENDING_MAX_AGE_MS } from '@/lib/db/outcomes';
import type { TicketContext } from '@/lib/sites/context';
import { calmedDown, tallyCalming, upsetness } from '@/lib/suggest/calming';
import { rankForTicket } from '@/lib/suggest/rank';
import { analyzeMessage } from '@/lib/tone';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const ANGRY =
  'Das ist eine absolute Frechheit! Zum dritten Mal schreibe ich Ihnen, und niemand antwortet. Ich bin stinksauer.';
const CALM = 'Vielen Dank für die schnelle Hilfe, jetzt ist alles in Ordnung.';
const STILL_ANGRY = 'Unverschämt! Ihre Antwort ist eine Zumutung, ich verlange sofort mein Geld zurück!!!';

function ticket(text: string, key = 'ticket-42'): TicketContext {
  return {
    site: 'zendesk',
    host: 'acme.zendesk.com',
    conversationKey: key,
    ticketId: '42',
    customer: { name: 'Anna Berger', email: 'anna@example.com' },
    lastCustomerMessage: { text },
    hasReplyBox: true,
  };
}

describe('how upset a message reads', () => {
  it('tells an angry message from a thankful one', () => {
    expect(upsetness(analyzeMessage(ANGRY))).toBeGreaterThanOrEqual(0.5);
    expect(upsetness(analyzeMessage(CALM))).toBeLessThan(0.35);
  });

  it('counts a next message as calmer when it is calm, or much less upset', () => {
    expect(calmedDown(0.9, 0.1)).toBe(true);
    expect(calmedDown(0.9, 0.5)).toBe(true);
    expect(calmedDown(0.9, 0.8)).toBe(false);
    expect(calmedDown(0.5, 0.45)).toBe(false);
  });
});

describe('learning what calms customers (issue #15)', () => {
  it('records an insertion for an upset customer and settles it with their next message', async () => {
    await noteInsertion('apology', ticket(ANGRY), 1000);
    await noteContext(ticket(ANGRY), 2000); // the same message again: not an answer yet
    expect((await listOutcomes()).map((o) => o.state)).toEqual(['pending']);
    await noteContext(ticket(CALM), 3000);
    const [o] = await listOutcomes();
    expect(o).toMatchObject({ snippetId: 'apology', state: 'calmed' });
    expect(o!.after).toBeLessThan(o!.before);
    expect(tallyCalming(await listOutcomes()).get('apology')).toEqual({ calmed: 1, total: 1 });
  });

  it('counts a customer who stays upset as not calmed', async () => {
    await noteInsertion('policy', ticket(ANGRY), 1000);
    await noteContext(ticket(STILL_ANGRY), 2000);
    expect((await listOutcomes())[0]).toMatchObject({ state: 'not-calmed' });
  });

  it('keeps the conversations apart and ignores calm customers', async () => {
    await noteInsertion('apology', ticket(ANGRY, 'ticket-1'), 1000);
    await noteInsertion('hello', ticket(CALM, 'ticket-2'), 1000);
    await noteContext(ticket(CALM, 'ticket-3'), 2000);
    expect((await listOutcomes()).map((o) => [o.snippetId, o.state])).toEqual([['apology', 'pending']]);
  });

  it('stores no message text, address or ticket id, only hashes and numbers', async () => {
    await noteInsertion('apology', ticket(ANGRY), 1000);
    const stored = JSON.stringify(await getDb().outcomes.toArray());
    for (const secret of ['Frechheit', 'anna@example.com', 'Anna', 'ticket-42', 'acme.zendesk.com'])
      expect(stored).not.toContain(secret);
  });

  it('drops insertions the customer never answered, and forgets everything on reset', async () => {
    await noteInsertion('old', ticket(ANGRY, 'ticket-old'), 1000);
    await noteInsertion('apology', ticket(ANGRY), 1000 + PENDING_MAX_AGE_MS);
    await noteContext(ticket(CALM), 2000 + PENDING_MAX_AGE_MS);
    expect((await listOutcomes()).map((o) => o.snippetId)).toEqual(['apology']);
    await clearOutcomes();
    expect(await listOutcomes()).toEqual([]);
  });

  it('lets a snippet that often calms rank higher, and says so', () => {
    const base: Omit<Snippet, 'id' | 'title' | 'body'> = {
      format: 'text',
      tags: [],
      language: 'de',
      moods: ['anger'],
      createdAt: 1,
      updatedAt: 1,
      useCount: 0,
    };
    const snippets = [
      { ...base, id: 'a', title: 'Entschuldigung A', body: 'Es tut mir leid, dass Sie sich ärgern.' },
      { ...base, id: 'b', title: 'Entschuldigung B', body: 'Es tut mir leid, dass Sie sich ärgern.' },
    ];
    const t = { language: 'de' as const, message: ANGRY, moods: [{ label: 'anger' as const, strength: 0.8 }] };
    const plain = rankForTicket(snippets, t, {}).map((r) => r.snippet.id);
    const calming = new Map([[plain[1]!, { calmed: 4, total: 5 }]]);
    const learnt = rankForTicket(snippets, t, { calming });
    expect(learnt[0]).toMatchObject({ snippet: { id: plain[1] }, calms: true });
  });
});
