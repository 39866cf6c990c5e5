import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests, TonlageDB } from '@/lib/db/database';
import { deleteSnippets, tagSnippets } from '@/lib/db/restore';
import { createSnippet, getSnippet, listSnippets } from '@/lib/db/snippets';
import { restoreSnippet } from '@/lib/queries/options';
import { rejected } from '../i18n/say';

let n = 0;
beforeEach(() => {
  resetDbForTests(new TonlageDB(`restore-test-${n++}`));
});

describe('undo of deletes and bulk writes', () => {
  it('restores deleted snippets with the same id and fields', async () => {
    const a = await createSnippet({ title: 'A', shortcut: 'aa', body: 'x', tags: ['t'], moods: ['grief'] });
    const b = await createSnippet({ title: 'B', body: 'y' });
    const removed = await deleteSnippets([a, b].map((s) => ({ id: s.id, base: s.updatedAt })));
    expect(await listSnippets()).toEqual([]);
    await restoreSnippet(removed);
    expect(await getSnippet(a.id)).toEqual(a);
    expect(await getSnippet(b.id)).toEqual(b);
  });

  it('refuses to restore over a shortcut taken in the meantime, and writes nothing', async () => {
    const a = await createSnippet({ title: 'A', shortcut: 'aa', body: 'x' });
    const [removed] = await deleteSnippets([{ id: a.id, base: a.updatedAt }]);
    await createSnippet({ title: 'Other', shortcut: 'aa', body: 'z' });
    expect(await rejected(restoreSnippet(removed!))).toContain('already used by "Other"');
    expect((await listSnippets()).map((s) => s.title)).toEqual(['Other']);
  });

  it('adds a tag to the selected snippets that lack it', async () => {
    const a = await createSnippet({ title: 'A', body: '', tags: ['vip'] });
    const b = await createSnippet({ title: 'B', body: '' });
    expect(await tagSnippets([a.id, b.id], ' vip ')).toBe(1);
    expect((await getSnippet(b.id))?.tags).toEqual(['vip']);
    await expect(tagSnippets([a.id], ' ')).rejects.toThrow();
  });
});
