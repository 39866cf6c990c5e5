import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TonlageDB } from '@/lib/db/database';
import { NoteSchema, SnippetSchema } from '@/lib/db/schema';
import v1 from './fixtures/v1-example.json';
import v2 from './fixtures/v2-example.json';

// Opens a database written by version 1 (stored example in fixtures/) with the current
// class and checks that nothing was lost and every row is valid under today's schemas.

const NAME = 'tonlage-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

async function writeV1(): Promise<void> {
  const old = new Dexie(NAME);
  old
    .version(1)
    .stores({ snippets: 'id, &shortcut, title, updatedAt, *tags', notes: 'id, customerEmail, ticketId, updatedAt' });
  await old.table('snippets').bulkAdd(v1.snippets);
  await old.table('notes').bulkAdd(v1.notes);
  old.close();
}

describe('database migration from version 1', () => {
  it('keeps every snippet and fills the new fields with defaults', async () => {
    await writeV1();
    const db = new TonlageDB(NAME);
    const snippets = await db.snippets.orderBy('id').toArray();
    expect(snippets).toHaveLength(2);
    for (const s of snippets) expect(SnippetSchema.safeParse(s).success).toBe(true);
    expect(snippets[0]).toMatchObject({
      id: 's-1',
      title: 'Trauer: Haustier',
      shortcut: 'tier',
      body: 'Es tut mir sehr leid, dass Ihr Hund gestorben ist.',
      tags: ['trauer'],
      language: 'de',
      format: 'text',
      moods: [],
      useCount: 0,
      createdAt: 1700000000000,
      updatedAt: 1700000100000,
    });
    expect(snippets[1]).toMatchObject({ id: 's-2', format: 'html', language: 'any', tags: [] });
    // The unique shortcut index still works after the upgrade.
    expect((await db.snippets.where('shortcut').equals('tier').first())?.id).toBe('s-1');
    db.close();
  });

  it('turns the old customer/ticket columns of notes into scopes', async () => {
    await writeV1();
    const db = new TonlageDB(NAME);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes).toHaveLength(3);
    for (const n of notes) expect(NoteSchema.safeParse(n).success).toBe(true);
    expect(notes.map((n) => [n.scopeKey, n.text])).toEqual([
      ['customer:jonas.weber@example.de', 'Mag es kurz.'],
      ['ticket:zendesk:4711', 'Rückruf Montag'],
      ['general', 'Allgemeine Notiz'],
    ]);
    expect(notes[0]).not.toHaveProperty('customerEmail');
    db.close();
  });

  it('creates the usage table on upgrade', async () => {
    await writeV1();
    const db = new TonlageDB(NAME);
    await db.usageEvents.add({ snippetId: 's-1', at: 1, site: 'acme.zendesk.com' });
    expect(await db.usageEvents.count()).toBe(1);
    db.close();
  });
});

// Version 3 only added the shelf tables: a version-2 database opens with every row as it was.
describe('database written by version 2', () => {
  async function writeV2(): Promise<void> {
    const old = new Dexie(NAME);
    old.version(2).stores({
      snippets: 'id, &shortcut, title, updatedAt, lastUsedAt, useCount, variantGroup, language, *tags, *moods',
      notes: 'id, scopeKey, updatedAt',
      usageEvents: '++id, snippetId, at',
    });
    await old.table('snippets').bulkAdd(v2.snippets);
    await old.table('notes').bulkAdd(v2.notes);
    await old.table('usageEvents').bulkAdd(v2.usageEvents);
    old.close();
  }

  it('opens with every row exactly as stored, valid under today’s schemas', async () => {
    await writeV2();
    const db = new TonlageDB(NAME);
    const snippets = await db.snippets.orderBy('id').toArray();
    const notes = await db.notes.orderBy('id').toArray();
    expect(snippets).toEqual(v2.snippets);
    expect(notes).toEqual(v2.notes);
    expect(await db.usageEvents.orderBy('id').toArray()).toEqual(v2.usageEvents);
    for (const s of snippets) expect(SnippetSchema.parse(s)).toEqual(s);
    for (const n of notes) expect(NoteSchema.parse(n)).toEqual(n);
    // The indexes the library still queries work after the upgrade (version 5 dropped the others).
    expect(await db.snippets.where('shortcut').equals(v2.snippets[0]!.shortcut!).primaryKeys()).toEqual([
      v2.snippets[0]!.id,
    ]);
    expect(await db.snippets.where('updatedAt').aboveOrEqual(0).count()).toBe(v2.snippets.length);
    // Version 6 added the further shortcuts' index; old rows have none.
    expect(await db.snippets.where('aliases').equals(v2.snippets[0]!.shortcut!).count()).toBe(0);
    expect((await db.notes.where('scopeKey').equals('ticket:acme.zendesk.com:4711').first())?.id).toBe('n-11');
    expect(await db.shelves.count()).toBe(0);
    expect(await db.shelfEntries.count()).toBe(0);
    expect(await db.outcomes.count()).toBe(0);
    expect(db.verno).toBe(6);
    db.close();
  });
});
