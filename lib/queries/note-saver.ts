import { LibraryError } from '../db/errors';
import { createNote, deleteNote, updateNoteText } from '../db/notes';
import type { NoteScope } from '../db/schema';

// Saves one note without a save button: debounced while typing, at once on flush. Saves run
// one after another, so a note is created once even when the agent types during the first save.

export const NOTE_SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

export interface NoteSaver {
  /** The stored note's id, as the query last read it. */
  setNoteId(id: string | null): void;
  /** Saves `text` after a pause in typing. */
  schedule(text: string): void;
  /** Saves what is pending now. */
  flush(): Promise<void>;
}

export function createNoteSaver(
  scope: NoteScope,
  onState: (state: SaveState) => void,
  delay = NOTE_SAVE_DELAY_MS,
): NoteSaver {
  let noteId: string | null = null;
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const write = async (text: string) => {
    if (noteId && text.trim() === '') {
      await deleteNote(noteId);
      noteId = null;
    } else if (noteId) {
      try {
        await updateNoteText(noteId, text);
      } catch (error) {
        // Deleted in another page meanwhile: what the agent typed becomes a new note.
        if (!(error instanceof LibraryError && error.code === 'not-found')) throw error;
        noteId = (await createNote(scope, text)).id;
      }
    } else if (text.trim() !== '') {
      noteId = (await createNote(scope, text)).id;
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
      .then(() => write(text))
      .then(
        () => onState('saved'),
        (error: unknown) => onState({ error: error instanceof Error ? error.message : String(error) }),
      );
    return chain;
  };

  return {
    setNoteId(id) {
      // A save in flight knows better than a query read before it finished.
      if (pending === undefined) noteId = id ?? noteId;
    },
    schedule(text) {
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
  };
}
