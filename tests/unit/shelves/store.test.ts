import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/database';
import type { ShelfEntryInput } from '@/lib/db/shelf-schema';
import { subscribe } from '@/lib/messaging/broadcast';
import {
  getShelf,
  listEnabledShelfEntries,
  listShelfEntries,
  markShelfFresh,
  previewShelfEntries,
  recordShelfError,
  removeShelf,
  replaceShelfEntries,
  saveShelf,
  setShelfEnabled,
  ShelfRefusal,
} from '@/lib/shelves/store';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const SHELF = 'pack:https://team.example/pack.json';
const entry = (remoteId: string, body = `Text ${remoteId}`, extra: Partial<ShelfEntryInput> = {}): ShelfEntryInput => ({
  title: `Eintrag ${remoteId}`,
  body,
  origin: { kind: 'pack', remoteId },
  ...extra,
});

async function shelf(preset = false) {
  return saveShelf({ id: SHELF, kind: 'pack', label: 'Team', source: 'https://team.example/pack.json', preset }, 1);
}

describe('shelf store', () => {
  it('creates a shelf and replaces its entries, reporting the diff', async () => {
    await shelf();
    const first = await replaceShelfEntries(SHELF, [entry('a'), entry('b'), entry('c')], { etag: '"1"', now: 10 });
    expect(first.counts).toEqual({ new: 3, changed: 0, removed: 0, unchanged: 0 });
    const second = await replaceShelfEntries(SHELF, [entry('a', 'neu'), entry('b'), entry('d')], {
      etag: '"2"',
      now: 20,
    });
    expect(second.counts).toEqual({ new: 1, changed: 1, removed: 1, unchanged: 1 });
    const stored = await listShelfEntries(SHELF);
    expect(stored.map((e) => [e.id, e.body]).sort()).toEqual([
      [`${SHELF}/a`, 'neu'],
      [`${SHELF}/b`, 'Text b'],
      [`${SHELF}/d`, 'Text d'],
    ]);
    expect(await getShelf(SHELF)).toMatchObject({ etag: '"2"', lastRefreshAt: 20, entryCount: 3, revision: 2 });
  });

  it('keeps an unchanged entry byte for byte and the revision when nothing changed', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a')], { now: 10 });
    const before = await listShelfEntries(SHELF);
    const plan = await replaceShelfEntries(SHELF, [entry('a')], { now: 99 });
    expect(plan.empty).toBe(true);
    expect(await listShelfEntries(SHELF)).toEqual(before);
    expect((await getShelf(SHELF))?.revision).toBe(1);
  });

  it('is all or nothing: one invalid entry leaves the previous entries and meta untouched', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a'), entry('b')], { etag: '"1"', now: 10 });
    const before = { entries: await listShelfEntries(SHELF), shelf: await getShelf(SHELF) };
    const bad = [entry('a', 'changed'), { ...entry('x'), title: '   ' }];
    await expect(replaceShelfEntries(SHELF, bad, { etag: '"2"', now: 20 })).rejects.toBeInstanceOf(ShelfRefusal);
    const dupes = [entry('a', 'changed'), entry('a')];
    await expect(replaceShelfEntries(SHELF, dupes, { now: 30 })).rejects.toMatchObject({ code: 'duplicate-entry' });
    expect(await listShelfEntries(SHELF)).toEqual(before.entries);
    expect(await getShelf(SHELF)).toEqual(before.shelf);
  });

  it('rolls back when the write itself fails half-way', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a'), entry('b')], { now: 10 });
    const before = await listShelfEntries(SHELF);
    const db = getDb();
    // The shelf row is written last: failing it must undo the entries already put and deleted.
    const put = vi.spyOn(db.shelves, 'put').mockRejectedValueOnce(new Error('disk gone'));
    await expect(replaceShelfEntries(SHELF, [entry('c')], { now: 20 })).rejects.toThrow('disk gone');
    put.mockRestore();
    expect(await listShelfEntries(SHELF)).toEqual(before);
  });

  it('previews without writing', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a'), entry('b')], { now: 10 });
    const plan = await previewShelfEntries(SHELF, [entry('b', 'anders'), entry('c')]);
    expect(plan.counts).toEqual({ new: 1, changed: 1, removed: 1, unchanged: 0 });
    expect(plan.items.map((i) => i.action)).toEqual(['new', 'changed', 'removed']);
    expect((await listShelfEntries(SHELF)).map((e) => e.body).sort()).toEqual(['Text a', 'Text b']);
  });

  it('records errors without touching entries; a 304 or a good refresh clears them', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a')], { etag: '"1"', now: 10 });
    await recordShelfError(SHELF, { code: 'network', at: 15 });
    expect((await getShelf(SHELF))?.lastError).toEqual({ code: 'network', at: 15 });
    expect(await listShelfEntries(SHELF)).toHaveLength(1);
    await expect(recordShelfError(SHELF, { code: 'nonsense' as 'network' })).rejects.toBeInstanceOf(ShelfRefusal);
    const fresh = await markShelfFresh(SHELF, { now: 30 });
    expect(fresh).toMatchObject({ lastRefreshAt: 30, etag: '"1"' });
    expect(fresh.lastError).toBeUndefined();
  });

  it('lists only the entries of switched-on shelves', async () => {
    await shelf();
    await saveShelf({ id: 'zendesk:acme', kind: 'zendesk', label: 'Zendesk', source: 'acme' });
    await replaceShelfEntries(SHELF, [entry('a')]);
    await replaceShelfEntries('zendesk:acme', [{ ...entry('7'), origin: { kind: 'zendesk', remoteId: '7' } }]);
    await setShelfEnabled(SHELF, false);
    const { shelves, entries } = await listEnabledShelfEntries();
    expect(shelves.map((s) => s.id)).toEqual(['zendesk:acme']);
    expect(entries.map((e) => e.id)).toEqual(['zendesk:acme/7']);
  });

  it('saving a known shelf again keeps its entries and state', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a')], { etag: '"1"', now: 10 });
    await setShelfEnabled(SHELF, false);
    const again = await saveShelf({
      id: SHELF,
      kind: 'pack',
      label: 'Team neu',
      source: 'https://team.example/pack.json',
    });
    expect(again).toMatchObject({ label: 'Team neu', enabled: false, etag: '"1"', entryCount: 1 });
    expect(await listShelfEntries(SHELF)).toHaveLength(1);
  });

  it('refuses to remove a preset unless asked as the admin', async () => {
    await shelf(true);
    await replaceShelfEntries(SHELF, [entry('a')]);
    await expect(removeShelf(SHELF)).rejects.toMatchObject({ code: 'preset' });
    expect(await getShelf(SHELF)).toBeDefined();
    await removeShelf(SHELF, { asAdmin: true });
    expect(await getShelf(SHELF)).toBeUndefined();
    expect(await getDb().shelfEntries.count()).toBe(0);
  });

  it('announces every change to the other contexts', async () => {
    const seen: string[][] = [];
    const stop = subscribe((e) => e.kind === 'library-changed' && seen.push(e.tables));
    await shelf();
    await replaceShelfEntries(SHELF, [entry('a')]);
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(2);
    stop();
    expect(seen.every((t) => t.includes('shelves'))).toBe(true);
  });
});

describe('team entries take part in suggestions', () => {
  it('infers language and moods the source left open, and keeps what it set', async () => {
    await shelf();
    await replaceShelfEntries(SHELF, [
      entry('grief', 'Unser herzliches Beileid zum Verlust Ihres Hundes. Wir erstatten Ihnen das Futterabo.', {
        language: 'any',
        moods: [],
      }),
      entry('set', 'We are sorry for the delay of your parcel.', { language: 'en', moods: ['anger'] }),
    ]);
    const byId = new Map((await listShelfEntries(SHELF)).map((e) => [e.origin.remoteId, e]));
    expect(byId.get('grief')).toMatchObject({
      language: 'de',
      moods: expect.arrayContaining(['grief']),
      inferred: { language: true, moods: true },
    });
    expect(byId.get('set')).toMatchObject({ language: 'en', moods: ['anger'] });
    expect(byId.get('set')?.inferred).toBeUndefined();
  });
});
