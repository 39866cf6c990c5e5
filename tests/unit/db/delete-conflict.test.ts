import { describe, expect, it } from 'vitest';
import { ConflictError } from '@/lib/db/errors';
import { createNote, deleteNote, notesFor, updateNoteText } from '@/lib/db/notes';
import type { NoteScope, Snippet } from '@/lib/db/schema';
import { deleteSnippets } from '@/lib/db/restore';
import { createSnippet, getSnippet, updateSnippet } from '@/lib/db/snippets';
import { withFreshDb } from './helpers';

// A delete chosen on a page that showed an older version (issue #13) must not drop the
// change another window made meanwhile: refused as a conflict, nothing deleted.

withFreshDb();

const target = (s: Snippet) => ({ id: s.id, base: s.updatedAt });

describe('deleting a snippet changed elsewhere', () => {
  it('refuses the whole delete and keeps the other window’s change', async () => {
    const shown = await createSnippet({ title: 'Alt', body: 'Text' }, 1);
    const other = await createSnippet({ title: 'Anderer', body: 'x' }, 1);
    await updateSnippet(shown.id, { body: 'Neuer Text aus A' }, { base: 1, now: 2 });
    const stale = deleteSnippets([target(other), target(shown)]);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError<Snippet>;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.current).toMatchObject({ id: shown.id, body: 'Neuer Text aus A' });
    expect(await getSnippet(shown.id)).toMatchObject({ body: 'Neuer Text aus A' });
    expect(await getSnippet(other.id)).toBeDefined();
  });

  it('deletes with the current revision ("delete anyway") and on an unchanged one', async () => {
    const s = await createSnippet({ title: 'Alt', body: 'Text' }, 1);
    const changed = await updateSnippet(s.id, { body: 'Neu' }, { base: 1, now: 2 });
    expect(await deleteSnippets([target(changed)])).toEqual([changed]);
    expect(await getSnippet(s.id)).toBeUndefined();
  });
});

describe('deleting a note changed elsewhere', () => {
  const scope: NoteScope = { kind: 'customer', email: 'kunde@example.com' };
  it('refuses the delete and keeps the other window’s text', async () => {
    const note = await createNote(scope, 'eins', 1);
    await updateNoteText(note.id, 'wichtig', { base: note.updatedAt, now: 2 });
    await expect(deleteNote(note.id, note.updatedAt)).rejects.toBeInstanceOf(ConflictError);
    expect((await notesFor(scope)).map((n) => n.text)).toEqual(['wichtig']);
    await deleteNote(note.id, 2);
    expect(await notesFor(scope)).toEqual([]);
  });
});
