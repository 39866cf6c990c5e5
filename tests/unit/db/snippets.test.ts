import { describe, expect, it } from 'vitest';
import { subscribe } from '@/lib/messaging/broadcast';
import { LibraryError } from '@/lib/db/errors';
import { createSnippet, deleteSnippet, findByShortcut, listSnippets, updateSnippet } from '@/lib/db/snippets';
import { recordUsage, usageEventsFor } from '@/lib/db/usage';
import { withFreshDb } from './helpers';
import { rejected } from '../i18n/say';

withFreshDb();

describe('snippet repository', () => {
  it('creates a snippet with defaults and finds it by shortcut', async () => {
    const s = await createSnippet({ title: 'Gruß', shortcut: 'gruss', body: 'Viele Grüße' }, 1000);
    // The language the draft left open is read from the (German) text and marked as inferred.
    expect(s).toMatchObject({
      format: 'text',
      language: 'de',
      inferred: { language: true },
      tags: [],
      moods: [],
      useCount: 0,
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect((await findByShortcut('gruss'))?.id).toBe(s.id);
  });

  it('refuses a taken shortcut and names the snippet holding it', async () => {
    await createSnippet({ title: 'Gruß', shortcut: 'gruss', body: 'a' });
    expect(await rejected(createSnippet({ title: 'Anderer', shortcut: 'gruss', body: 'b' }))).toBe(
      'The shortcut "gruss" is already used by "Gruß".',
    );
    expect(await listSnippets()).toHaveLength(1);
  });

  it('allows many snippets without a shortcut', async () => {
    await createSnippet({ title: 'A', body: 'a' });
    await createSnippet({ title: 'B', body: 'b', shortcut: '' });
    expect((await listSnippets()).map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('rejects invalid input with a readable error and writes nothing', async () => {
    const attempt = createSnippet({ title: '   ', body: 'x', shortcut: 'two words' });
    await expect(attempt).rejects.toBeInstanceOf(LibraryError);
    expect(await rejected(attempt)).toMatch(/A title is required.*A shortcut cannot contain spaces/);
    expect(await listSnippets()).toHaveLength(0);
  });

  it("updates fields, keeps its own shortcut, and refuses another snippet's", async () => {
    const a = await createSnippet({ title: 'A', shortcut: 'aa', body: 'a' }, 1);
    await createSnippet({ title: 'B', shortcut: 'bb', body: 'b' }, 1);
    const updated = await updateSnippet(a.id, { body: 'neu', shortcut: 'aa' }, { base: 1, now: 5 });
    expect(updated).toMatchObject({ body: 'neu', shortcut: 'aa', createdAt: 1, updatedAt: 5 });
    expect(await rejected(updateSnippet(a.id, { shortcut: 'bb' }, { base: 5 }))).toMatch(/already used by "B"/);
    expect((await findByShortcut('aa'))?.body).toBe('neu');
  });

  it('records usage: count, last use and an event', async () => {
    const s = await createSnippet({ title: 'A', body: 'a' });
    await recordUsage(s.id, 'acme.zendesk.com', 10);
    await recordUsage(s.id, 'mail.google.com', 20);
    const [stored] = await listSnippets();
    expect(stored).toMatchObject({ useCount: 2, lastUsedAt: 20 });
    expect((await usageEventsFor(s.id)).map((e) => e.site)).toEqual(['acme.zendesk.com', 'mail.google.com']);
  });

  it('tells other contexts after every write', async () => {
    const events: unknown[] = [];
    const stop = subscribe((e) => events.push(e));
    const s = await createSnippet({ title: 'A', body: 'a' });
    await deleteSnippet(s.id);
    await expect.poll(() => events.length).toBe(2);
    expect(events).toEqual([
      { kind: 'library-changed', tables: ['snippets'] },
      { kind: 'library-changed', tables: ['snippets'] },
    ]);
    stop();
  });
});
