import { ConflictError, LibraryError } from '../db/errors';
import { createNote, deleteNote, updateNoteText } from '../db/notes';
import type { Note, NoteScope } from '../db/schema';

// Saves one note without a save button: debounced while typing, at once on flush. Saves run
// one after another, so a note is created once even when the agent types during the first save.
// Every save carries the revision this field last loaded or wrote: if the note was changed
// elsewhere meanwhile (the options page, another panel), the save is refused and the state
// becomes a conflict holding both texts until the agent chooses.

export const NOTE_SAVE_DELAY_MS = 400;

export interface NoteConflict {
  /** The note as stored now, written elsewhere. */
  theirs: Note;
  /** What the agent typed here and could not save. */
  mine: string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | { error: unknown } | { conflict: NoteConflict };

export interface NoteSaver {
  /** The stored note as the query last read it (ignored while a save or a conflict is open). */
  setNote(note: Pick<Note, 'id' | 'updatedAt'> | null): void;
  /** Saves `text` after a pause in typing. */
  schedule(text: string): void;
  /** Saves what is pending now. */
  flush(): Promise<void>;
  /** Resolves a conflict by writing the agent's text over the other one. */
  keepMine(): Promise<void>;
  /** Resolves a conflict by dropping the agent's text; the field shows the stored note again. */
  reload(): void;
  /** The revision this field last loaded or wrote, to tell a change made elsewhere. */
  revision(): number | undefined;
  /** Whether typed text is waiting to be saved or refused by a conflict. */
  unsaved(): boolean;
  /** The text of this field's last successful save. */
  lastWritten(): string | undefined;
}

export function createNoteSaver(
  scope: NoteScope,
  onState: (state: SaveState) => void,
  delay = NOTE_SAVE_DELAY_MS,
): NoteSaver {
  let known: { id: string; rev: number } | null = null;
  let pending: string | undefined;
  let conflict: NoteConflict | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let written: string | undefined;

  const remember = (note: Note) => (known = { id: note.id, rev: note.updatedAt });

  const write = async (text: string) => {
    if (known && text.trim() === '') {
      await deleteNote(known.id, known.rev);
      known = null;
    } else if (known) {
      try {
        remember(await updateNoteText(known.id, text, { base: known.rev }));
      } catch (error) {
        // Deleted in another page meanwhile: what the agent typed becomes a new note.
        if (!(error instanceof LibraryError && error.code === 'not-found')) throw error;
        remember(await createNote(scope, text));
      }
    } else if (text.trim() !== '') {
      remember(await createNote(scope, text));
    }
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return chain;
    const text = pending;
    pending = undefined;
    onState('saving');
    chain = chain
      .then(() => {
        // While a conflict is open every save would be refused again; keep the newest text.
        if (conflict) throw new ConflictError('note', conflict.theirs);
        return write(text).then(() => void (written = text));
      })
      .then(
        () => onState('saved'),
        (error: unknown) => {
          if (error instanceof ConflictError) {
            conflict = { theirs: error.current as Note, mine: text };
            onState({ conflict });
          } else onState({ error });
        },
      );
    return chain;
  };

  return {
    setNote(note) {
      // A save in flight or an open conflict knows better than a query read before it.
      if (pending !== undefined || conflict) return;
      if (note) known = { id: note.id, rev: note.updatedAt };
    },
    schedule(text) {
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    keepMine() {
      if (!conflict) return chain;
      remember(conflict.theirs);
      pending ??= conflict.mine;
      conflict = undefined;
      return flush();
    },
    reload() {
      if (!conflict) return;
      remember(conflict.theirs);
      pending = undefined;
      clearTimeout(timer);
      conflict = undefined;
      onState('idle');
    },
    revision: () => known?.rev,
    unsaved: () => pending !== undefined || conflict !== undefined,
    lastWritten: () => written,
  };
}
