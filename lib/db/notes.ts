import { publish } from '../messaging/broadcast';
import { getDb } from './database';
import { LibraryError, parseOrThrow, translateDbError } from './errors';
import { notice } from '../i18n/notice';
import { assertRevision, nextRevision, type WriteBase } from './revision';
import { type Note, type NoteScope, NoteSchema, NoteScopeSchema, scopeKey } from './schema';

function changed(): void {
  publish({ kind: 'library-changed', tables: ['notes'] });
}

export async function createNote(scope: NoteScope, text: string, now = Date.now()): Promise<Note> {
  const parsedScope = parseOrThrow(NoteScopeSchema, scope);
  const note = parseOrThrow(NoteSchema, {
    id: crypto.randomUUID(),
    scope: parsedScope,
    scopeKey: scopeKey(parsedScope),
    text,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await getDb().notes.add(note);
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return note;
}

/** Replaces the text if the note is still at revision `base`; else throws ConflictError with the stored note. */
export async function updateNoteText(id: string, text: string, { base, now }: WriteBase): Promise<Note> {
  const db = getDb();
  let next: Note | undefined;
  try {
    await db.transaction('rw', db.notes, async () => {
      const current = await db.notes.get(id);
      if (!current) throw new LibraryError(notice('libNoteGone'), 'not-found');
      assertRevision('note', current, base);
      next = parseOrThrow(NoteSchema, { ...current, text, updatedAt: nextRevision(current, now) });
      await db.notes.put(next);
    });
  } catch (error) {
    throw translateDbError(error);
  }
  changed();
  return next!;
}

/** Deletes a note; with `base`, only if nobody changed it since (else ConflictError, nothing deleted). */
export async function deleteNote(id: string, base?: WriteBase['base']): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (current && base !== undefined) assertRevision('note', current, base);
    await db.notes.delete(id);
  });
  changed();
}

export async function notesFor(scope: NoteScope): Promise<Note[]> {
  return getDb()
    .notes.where('scopeKey')
    .equals(scopeKey(parseOrThrow(NoteScopeSchema, scope)))
    .sortBy('updatedAt');
}

export async function listNotes(): Promise<Note[]> {
  return getDb().notes.orderBy('updatedAt').reverse().toArray();
}
