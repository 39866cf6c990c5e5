import { describe, expect, it } from 'vitest';
import { createSnippet, deleteSnippet, listSnippets, updateSnippet } from '@/lib/db/snippets';
import { starterEntries } from '@/lib/starter/entries';
import { installStarter } from '@/lib/starter/install';
import { validateTemplate } from '@/lib/template';
import { withFreshDb } from '../db/helpers';

withFreshDb();

const bySid = async () => new Map((await listSnippets()).map((s) => [s.starter?.id, s]));

describe('starter library installation', () => {
  it('installs every template in German and English, linked, on a fresh profile', async () => {
    const report = await installStarter({ now: 1 });
    const snippets = await listSnippets();
    expect(report.added).toBe(starterEntries().length);
    expect(snippets).toHaveLength(starterEntries().length);
    const grief = snippets.filter((s) => s.variantGroup === 'starter:grief-pet-food-return');
    expect(grief.map((s) => s.language).sort()).toEqual(['de', 'en']);
    expect(grief.every((s) => s.moods.includes('grief') && s.shortcut)).toBe(true);
    // Running again (every browser start) changes nothing.
    expect(await installStarter({ now: 2 })).toEqual({ added: 0, updated: 0, keptEdited: 0, skippedDeleted: 0 });
  });

  it('uses only placeholders the template language knows', () => {
    for (const entry of starterEntries()) {
      const result = validateTemplate(entry.body);
      expect(result.ok, `${entry.starterId}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('updates untouched entries to a new version and leaves edited ones alone', async () => {
    const v1 = starterEntries().slice(0, 2);
    await installStarter({ entries: v1, now: 1 });
    const [a, b] = v1;
    const installed = await bySid();
    const own = installed.get(b!.starterId)!;
    await updateSnippet(own.id, { body: 'Mein eigener Text' }, { base: own.updatedAt, now: 5 });

    const v2 = v1.map((e) => ({ ...e, version: 2, body: `${e.body}\n\nNeu in Version 2.` }));
    const report = await installStarter({ entries: v2, now: 10 });
    expect(report).toMatchObject({ updated: 1, keptEdited: 1 });
    const after = await bySid();
    expect(after.get(a!.starterId)).toMatchObject({
      id: installed.get(a!.starterId)!.id,
      createdAt: 1,
      body: v2[0]!.body,
      starter: { version: 2 },
    });
    expect(after.get(b!.starterId)!.body).toBe('Mein eigener Text');
  });

  it('keeps deleted entries deleted until the agent restores them', async () => {
    const entries = starterEntries().slice(0, 3);
    await installStarter({ entries });
    const victim = (await bySid()).get(entries[1]!.starterId)!;
    await deleteSnippet(victim.id);
    expect(await installStarter({ entries })).toMatchObject({ added: 0, skippedDeleted: 1 });
    expect(await installStarter({ entries, restoreDeleted: true })).toMatchObject({ added: 1 });
    expect((await bySid()).get(entries[1]!.starterId)?.body).toBe(entries[1]!.body);
  });

  it('does not take a shortcut the agent already uses', async () => {
    const entry = starterEntries().find((e) => e.shortcut)!;
    await createSnippet({ title: 'Mein Baustein', shortcut: entry.shortcut, body: 'x' });
    await installStarter({ entries: [entry] });
    const installed = (await bySid()).get(entry.starterId)!;
    expect(installed.shortcut).toBeUndefined();
    expect((await listSnippets()).find((s) => s.title === 'Mein Baustein')?.shortcut).toBe(entry.shortcut);
  });
});
