import { describe, expect, it } from 'vitest';
import { getShelf, listShelfEntries } from '@/lib/shelves/store';
import type { TeamMacro } from '@/lib/shelves/zendesk/api';
import { zendeskShelfService } from '@/lib/shelves/zendesk/background';
import { REFRESH_INTERVAL_MS } from '@/lib/shelves/zendesk/policy';
import { shelfStore } from '@/lib/shelves/zendesk/store';
import { withFreshDb } from '../../db/helpers';

withFreshDb();

const PAGE = { url: 'https://acme.zendesk.com/agent/tickets/4711', tabId: 3 };
const macro = (id: string, text = `Hallo, Antwort Nummer ${id} zu Ihrer Bestellung.`): TeamMacro => ({
  id,
  title: `Allgemein::Antwort ${id}`,
  active: true,
  updatedAt: 1_700_000_000_000,
  comments: [{ field: 'comment_value', value: text }],
  otherActions: ['status'],
});

function service() {
  let clock = 1_800_000_000_000;
  const s = zendeskShelfService(shelfStore, () => clock);
  const refresh = async (macros: TeamMacro[], sender = PAGE) => {
    expect(await s.begin({ force: true }, sender)).toEqual({ go: true });
    s.macros({ macros }, sender);
    return s.finish({ ok: true, count: macros.length, skipped: 0 }, sender);
  };
  return { s, refresh, tick: (ms: number) => (clock += ms) };
}

const titles = async () =>
  (await listShelfEntries('zendesk:acme')).map((e) => e.title.replace('Allgemein::', '')).sort();

describe('the Zendesk shelf in the background', () => {
  it('keeps one shelf per subdomain, keyed by macro id; a deleted macro goes with the next refresh', async () => {
    const { refresh } = service();
    expect(await refresh([macro('1'), macro('2')])).toEqual({ entries: 2, skipped: 0 });
    expect(await getShelf('zendesk:acme')).toMatchObject({ kind: 'zendesk', source: 'acme', entryCount: 2 });
    const [first] = await listShelfEntries('zendesk:acme');
    expect(first).toMatchObject({ id: 'zendesk:acme/1', origin: { remoteId: '1', actions: ['status'] } });
    await refresh([macro('2', 'Hallo, ganz neuer Text für Ihre Bestellung.')]);
    expect(await titles()).toEqual(['Antwort 2']);
    expect((await listShelfEntries('zendesk:acme'))[0]!.body).toBe('Hallo, ganz neuer Text für Ihre Bestellung.');
  });

  it('records a failure and keeps the last good copy', async () => {
    const { s, refresh } = service();
    await refresh([macro('1')]);
    await s.begin({ force: true }, PAGE);
    await s.finish({ ok: false, error: { code: 'logged-out', status: 401 } }, PAGE);
    expect(await titles()).toEqual(['Antwort 1']);
    expect((await getShelf('zendesk:acme'))?.lastError).toMatchObject({ code: 'logged-out', status: 401 });
  });

  it('refuses macros from a tab it granted nothing, and an incomplete hand-over', async () => {
    const { s, refresh } = service();
    await refresh([macro('1')]);
    expect(() => s.macros({ macros: [macro('9')] }, PAGE)).toThrow(/no refresh was granted/);
    await s.begin({ force: true }, PAGE);
    expect(() => s.macros({ macros: [macro('9')] }, { ...PAGE, tabId: 4 })).toThrow(/no refresh was granted/);
    s.macros({ macros: [macro('2')] }, PAGE);
    await s.finish({ ok: true, count: 2, skipped: 0 }, PAGE);
    expect(await titles()).toEqual(['Antwort 1']);
    expect((await getShelf('zendesk:acme'))?.lastError).toMatchObject({ code: 'invalid', detail: 'incomplete' });
  });

  it('grants one refresh at a time, refreshes an old copy on the next visit, and only for Zendesk pages', async () => {
    const { s, refresh, tick } = service();
    await refresh([macro('1')]);
    expect(await s.begin({ force: false }, PAGE)).toEqual({ go: false, why: 'fresh' });
    tick(REFRESH_INTERVAL_MS);
    expect(await s.begin({ force: false }, PAGE)).toEqual({ go: true });
    expect(await s.begin({ force: true }, { ...PAGE, tabId: 5 })).toEqual({ go: false, why: 'busy' });
    await expect(s.begin({ force: true }, { url: 'https://evil.example/acme.zendesk.com', tabId: 1 })).rejects.toThrow(
      /no Zendesk page/,
    );
  });
});
