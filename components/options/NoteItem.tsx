import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Note } from '@/lib/db/schema';
import { updateNoteMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';

/** One note with its scope; edited in place. */
export function NoteItem({ note, scope, onDelete }: { note: Note; scope: string; onDelete: () => void }) {
  const { t, lang } = useUi();
  const id = useId();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const save = useMutation({ ...updateNoteMutation(client), onSuccess: () => setEditing(false) });
  return (
    <li data-testid="note-item" className="note">
      <p className="muted small">
        <span data-testid="note-scope">{scope}</span> · {new Date(note.updatedAt).toLocaleString(lang)}
      </p>
      {editing ? (
        <>
          <label htmlFor={id} className="sr-only">
            {t('noteText')}
          </label>
          <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" onClick={() => save.mutate({ id: note.id, text })}>
            {t('saveNote')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setText(note.text);
              setEditing(false);
            }}
          >
            {t('cancel')}
          </button>
        </>
      ) : (
        <>
          <p className="note-text">{note.text}</p>
          <button type="button" onClick={() => setEditing(true)} aria-label={`${t('edit')}: ${scope}`}>
            {t('edit')}
          </button>{' '}
          <button type="button" onClick={onDelete} aria-label={`${t('delete')}: ${scope}`}>
            {t('delete')}
          </button>
        </>
      )}
      {save.isError && (
        <p role="alert" className="error">
          {errorText(save.error, t)}
        </p>
      )}
    </li>
  );
}
