import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settlePresets } from '@/lib/background/shelves';
import { parseManaged, POLICY_READ_TIMEOUT_MS, syncPresets } from '@/lib/shelves/managed';
import { getShelf, listShelves, removeShelf, saveShelf } from '@/lib/shelves/store';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const PIN = 'a'.repeat(64);

describe('admin presets from managed storage', () => {
  it('parses the policy, skipping entries that do not fit', () => {
    const { presets, skipped } = parseManaged({
      packs: [
        { url: 'https://team.example/a.json', label: 'Support', sha256: PIN.toUpperCase() },
        { url: 'http://team.example/b.json' },
        { label: 'no url' },
        { url: 'https://team.example/a.json' },
        { url: 'https://team.example/c.json', sha256: 'short' },
        { url: 'https://other.example/d.json' },
      ],
    });
    expect(presets).toEqual([
      { url: 'https://team.example/a.json', label: 'Support', sha256: PIN },
      { url: 'https://other.example/d.json' },
    ]);
    expect(skipped).toEqual([1, 2, 3, 4]);
    expect(parseManaged(undefined).presets).toEqual([]);
    expect(parseManaged({ packs: 'x' }).presets).toEqual([]);
  });

  it('creates preset shelves, keeps them when managed storage is unreadable, drops removed ones', async () => {
    const policy = { packs: [{ url: 'https://team.example/a.json', label: 'Support' }] };
    expect(await syncPresets(async () => policy)).toEqual(['pack:https://team.example/a.json']);
    expect(await getShelf('pack:https://team.example/a.json')).toMatchObject({ preset: true, label: 'Support' });
    await expect(removeShelf('pack:https://team.example/a.json')).rejects.toMatchObject({ code: 'preset' });

    await syncPresets(() => Promise.reject(new Error('Managed storage manifest not found')));
    expect(await listShelves()).toHaveLength(1);
    // What Chrome shows before it has loaded the policy: no list, so nothing is removed.
    await syncPresets(async () => ({}));
    expect(await listShelves()).toHaveLength(1);

    await saveShelf({
      id: 'pack:https://mine.example/x.json',
      kind: 'pack',
      label: 'Mine',
      source: 'https://mine.example/x.json',
    });
    await syncPresets(async () => ({ packs: [] }));
    expect((await listShelves()).map((s) => s.id)).toEqual(['pack:https://mine.example/x.json']);
  });
});

describe('a policy that does not answer', () => {
  it('counts as unreadable after the read timeout, and changes nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
      const result = syncPresets();
      await vi.advanceTimersByTimeAsync(POLICY_READ_TIMEOUT_MS);
      expect(await result).toBeNull();
      expect(get).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
    expect(await listShelves()).toEqual([]);
  });

  it('is read again until it answers, and then no more', async () => {
    const answers = [null, null, 1, 0];
    const apply = vi.fn(async () => answers.shift() ?? null);
    const afterFirst = vi.fn();
    expect(await settlePresets(apply, [1, 1, 1, 1], afterFirst)).toBe(1);
    expect(apply).toHaveBeenCalledTimes(3);
    expect(afterFirst).toHaveBeenCalledOnce();
  });

  it('gives up after the last pause (the next alarm or worker start looks again)', async () => {
    const apply = vi.fn(async () => null);
    expect(await settlePresets(apply, [1, 1])).toBeNull();
    expect(apply).toHaveBeenCalledTimes(3);
  });

  it('a failing read counts as unanswered, not as the end', async () => {
    const apply = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValueOnce(2);
    expect(await settlePresets(apply, [1])).toBe(2);
  });
});
