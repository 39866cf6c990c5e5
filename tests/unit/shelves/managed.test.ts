import { describe, expect, it } from 'vitest';
import { parseManaged, syncPresets } from '@/lib/shelves/managed';
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
