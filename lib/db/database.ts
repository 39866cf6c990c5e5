import Dexie, { type Table } from 'dexie';
import { type Note, type NoteScope, type Outcome, type Snippet, scopeKey, type UsageEvent } from './schema';
import type { Shelf, ShelfEntry } from './shelf-schema';

export const DB_NAME = 'tonlage';

/**
 * The library database. It lives in the extension's origin only (background, side panel,
 * options page, palette iframe): a content script runs in the helpdesk's origin and would
 * write into the helpdesk's IndexedDB, so content scripts reach it through messages.
 *
 * Every version stays declared: Dexie needs the history to upgrade old databases.
 * tests/unit/db/migration.test.ts opens a database written by each older version.
 */
export class TonlageDB extends Dexie {
  snippets!: Table<Snippet, string>;
  notes!: Table<Note, string>;
  usageEvents!: Table<UsageEvent, number>;
  shelves!: Table<Shelf, string>;
  shelfEntries!: Table<ShelfEntry, string>;
  outcomes!: Table<Outcome, number>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1 (0.0.x previews): no moods, use counts or variants; notes carried a
    // nullable customerEmail/ticketId pair instead of a scope.
    this.version(1).stores({
      snippets: 'id, &shortcut, title, updatedAt, *tags',
      notes: 'id, customerEmail, ticketId, updatedAt',
    });
    // Version 2: moods, variants, usage statistics, scoped notes.
    this.version(2)
      .stores({
        snippets: 'id, &shortcut, title, updatedAt, lastUsedAt, useCount, variantGroup, language, *tags, *moods',
        notes: 'id, scopeKey, updatedAt',
        usageEvents: '++id, snippetId, at',
      })
      .upgrade(async (tx) => {
        await tx
          .table('snippets')
          .toCollection()
          .modify((s: Record<string, unknown>) => {
            s.format ??= /<\/?[a-z][^>]*>/i.test(String(s.body ?? '')) ? 'html' : 'text';
            s.tags ??= [];
            s.language ??= 'any';
            s.moods ??= [];
            s.useCount ??= 0;
          });
        await tx
          .table('notes')
          .toCollection()
          .modify((n: Record<string, unknown>) => {
            const email = typeof n.customerEmail === 'string' ? n.customerEmail.toLowerCase() : undefined;
            const ticketId = typeof n.ticketId === 'string' ? n.ticketId : undefined;
            const scope: NoteScope = email
              ? { kind: 'customer', email }
              : ticketId
                ? { kind: 'ticket', site: String(n.site ?? 'zendesk'), ticketId }
                : { kind: 'general' };
            n.scope = scope;
            n.scopeKey = scopeKey(scope);
            delete n.customerEmail;
            delete n.ticketId;
            delete n.site;
          });
      });
    // Version 3 (issue #18): team shelves and their read-only entries. Adds two tables and
    // touches none of the old ones, so the upgrade loses nothing.
    this.version(3).stores({
      shelves: 'id, kind, label',
      shelfEntries: 'id, shelfId, shortcut, updatedAt',
    });
    // Version 4 (issue #15): what the customer's next message said after an insertion.
    this.version(4).stores({ outcomes: '++id, snippetId, conversation, state, at' });
    // Version 5 (issue #20): the snippet indexes nothing queries are dropped. IndexedDB keeps
    // every index up to date on every write, and these five (two of them multi-entry) doubled
    // the cost of writing 10,000 imported snippets. Dropping an index touches no row.
    this.version(5).stores({ snippets: 'id, &shortcut, title, updatedAt, lastUsedAt' });
    // Version 6 (issue #15): a snippet's further shortcuts, found when one is typed. Only
    // snippets that have some add index entries, so writing plain snippets costs the same.
    this.version(6).stores({ snippets: 'id, &shortcut, title, updatedAt, lastUsedAt, *aliases' });
  }
}

let instance: TonlageDB | undefined;

/** The one database of this context, opened lazily. */
export function getDb(): TonlageDB {
  instance ??= new TonlageDB();
  return instance;
}

/** For tests: forget the current instance (after deleting or replacing the database). */
export function resetDbForTests(db?: TonlageDB): void {
  instance?.close();
  instance = db;
}
