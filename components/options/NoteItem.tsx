import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Note } from '@/lib/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import { conflictOf } from '@/lib/queries/conflict';
import { deleteNoteMutation, updateNoteMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { ConflictNotice } from '../ConflictNotice';
import { useUi } from '../useUi';

/**
 * One note with its scope; edited in place. The edit starts from the note's revision: if the
 * side panel changes the note meanwhile, an untouched edit follows it, a touched one says so,
 * and a save is refused with the choice of reload, keep mine or see both. A delete carries
 * the revision shown here too, so a note changed elsewhere is never deleted unseen.
 */
export function NoteItem({ note, scope }: { note: Note; scope: string }) {
  const { t, lang } = useUi();
  const id = useId();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [loaded, setLoaded] = useState({ text: note.text, base: note.updatedAt });
  const [text, setText] = useState(note.text);
  const save = useMutation({ ...updateNoteMutation(client), onSuccess: () => setEditing(false) });
  const remove = useMutation(deleteNoteMutation(client));
  const [shown, setShown] = useState(note.text);
  const removeShown = (base: number) => remove.mutate({ id: note.id, base });
  const load = (n: Pick<Note, 'text' | 'updatedAt'>) => {
    setLoaded({ text: n.text, base: n.updatedAt });
    setText(n.text);
  };
  const touched = text !== loaded.text;
  if (editing && !touched && note.updatedAt > loaded.base && !save.isPending) load(note);
  const conflict = conflictOf<Note>(save.error);
  const deleteConflict = conflictOf<Note>(remove.error);
  return (
    <li data-testid="note-item" className="note">
      <p className="muted small">
        <span data-testid="note-scope">{scope}</span> · {formatDateTime(lang, note.updatedAt)}
      </p>
      {editing ? (
        <>
          <label htmlFor={id} className="sr-only">
            {t('noteText')}
          </label>
          <textarea
            id={id}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="note-item-text"
          />
          <button type="button" onClick={() => save.mutate({ id: note.id, text, base: loaded.base })}>
            {t('saveNote')}
          </button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
          {touched && note.updatedAt > loaded.base && !conflict && (
            <p role="status" className="muted" data-testid="note-item-changed-elsewhere">
              {t('changedElsewhere')}
            </p>
          )}
        </>
      ) : (
        <>
          <p className="note-text">{note.text}</p>
          <button
            type="button"
            onClick={() => {
              load(note);
              save.reset();
              setEditing(true);
            }}
            aria-label={`${t('edit')}: ${scope}`}
          >
            {t('edit')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setShown(note.text);
              removeShown(note.updatedAt);
            }}
            aria-label={`${t('delete')}: ${scope}`}
          >
            {t('delete')}
          </button>
        </>
      )}
      {conflict && (
        <ConflictNotice
          testId="note-item-conflict"
          message={t('conflictNote')}
          mine={text}
          theirs={conflict.text}
          onReload={() => {
            load(conflict);
            save.reset();
          }}
          onKeepMine={() => save.mutate({ id: note.id, text, base: conflict.updatedAt })}
        />
      )}
      {deleteConflict && (
        <ConflictNotice
          testId="note-item-delete-conflict"
          message={t('conflictDeleteNote')}
          mine={shown}
          theirs={deleteConflict.text}
          labels={{ reload: t('conflictDeleteKeep'), keep: t('conflictDeleteAnyway'), mine: t('conflictShownHere') }}
          onReload={() => remove.reset()}
          onKeepMine={() => removeShown(deleteConflict.updatedAt)}
        />
      )}
      {remove.isError && !deleteConflict && (
        <p role="alert" className="error">
          {errorText(remove.error, t)}
        </p>
      )}
      {save.isError && !conflict && (
        <p role="alert" className="error">
          {errorText(save.error, t)}
        </p>
      )}
    </li>
  );
}
