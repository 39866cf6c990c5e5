import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { countHostile } from '@/lib/background/hostile-count';
import { gentlerDayQuery } from '@/lib/queries/panel-layout';
import { updateSettings } from '@/lib/settings';
import type { TicketContext } from '@/lib/sites/context';
import { readGentlerDay } from '@/lib/wellbeing/gentler-day';

// "A gentler day" can be switched off in the settings: then nothing is counted and nothing offered.

const hostile = (ticketId: string): TicketContext => ({
  conversationKey: `zendesk:${ticketId}`,
  ticketId,
  customer: { name: 'Sabine Krause' },
  lastCustomerMessage: {
    text: 'Das ist jetzt das DRITTE Mal, dass ich schreibe!!! Wenn bis morgen nichts passiert, informiere ich meine 20.000 Follower auf Instagram über diesen Service.',
  },
  language: 'de',
  site: 'zendesk',
  host: 'acme.zendesk.com',
  hasReplyBox: true,
});
const offer = () => gentlerDayQuery().queryFn!({} as never);

describe('a gentler day, switched on or off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts three hostile conversations and offers the pause while it is on (the default)', async () => {
    for (const id of ['1', '2', '3']) await countHostile(hostile(id));
    expect((await readGentlerDay()).hostileAt).toHaveLength(3);
    expect(await offer()).toEqual({ due: true, count: 3 });
  });

  it('counts nothing while it is off', async () => {
    await updateSettings({ gentlerDay: false }, 'overwrite');
    for (const id of ['1', '2', '3']) await countHostile(hostile(id));
    expect((await readGentlerDay()).hostileAt).toEqual([]);
    expect(await fakeBrowser.storage.local.get('gentlerDay')).toEqual({});
    expect(await offer()).toEqual({ due: false, count: 0 });
  });

  it('offers nothing for a run counted before it was switched off', async () => {
    for (const id of ['1', '2', '3']) await countHostile(hostile(id));
    await updateSettings({ gentlerDay: false }, 'overwrite');
    expect((await offer()).due).toBe(false);
  });
});
