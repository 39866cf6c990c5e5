import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { NoteScope } from '@/lib/db/schema';
import { notesQuery } from '@/lib/queries/panel';
import { ConflictNotice } from '../ConflictNotice';
import { useUi } from '../useUi';
import { createNoteSaver, type SaveState } from '@/lib/queries/note-saver';
import { errorText } from '@/lib/queries/error-text';

/**
 * One note (customer or ticket), edited in place. Saved ~400 ms after typing stops, on blur,
 * and when the panel is hidden or closed, so nothing typed is lost. Mount it with `key` set to
 * the scope, so a ticket switch saves the old note and starts afresh. A save refused because
 * the note changed elsewhere keeps the agent's text and asks which version to keep.
 */
export function NoteField({ scope, label, testId }: { scope: NoteScope; label: string; testId: string }) {
  const { t } = useUi();
  const id = useId();
  const notes = useQuery(notesQuery(scope));
  const stored = notes.data?.at(-1);
  const [text, setText] = useState<string>();
  const [state, setState] = useState<SaveState>('idle');
  const [saver] = useState(() => createNoteSaver(scope, setState));
  const editing = useRef(false);

  // Show what is stored (also when another page changed it) while nothing typed here is
  // unsaved; otherwise keep the agent's text and the revision it started from, so the next
  // save is refused as a conflict instead of writing over the other page's note.
  const shown = text ?? stored?.text ?? '';
  const following = !saver.unsaved() && (text === undefined || text === saver.lastWritten());
  useEffect(() => {
    if (!following) return;
    saver.setNote(stored ?? null);
    if (!editing.current || stored?.text !== text) setText(undefined);
  }, [saver, stored, following, text]);

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);

  const conflict = typeof state === 'object' && 'conflict' in state ? state.conflict : undefined;
  const changedElsewhere =
    !conflict && text !== undefined && stored !== undefined && stored.updatedAt !== saver.revision();

  return (
    <div className="note-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-testid={testId}
        rows={3}
        value={shown}
        disabled={notes.isPending}
        onFocus={() => (editing.current = true)}
        onChange={(e) => {
          setText(e.target.value);
          saver.schedule(e.target.value);
        }}
        onBlur={() => {
          editing.current = false;
          void saver.flush();
        }}
      />
      {conflict && (
        <ConflictNotice
          testId={`${testId}-conflict`}
          message={t('conflictNote')}
          mine={text ?? conflict.mine}
          theirs={conflict.theirs.text}
          onReload={() => {
            saver.reload();
            setText(undefined);
          }}
          onKeepMine={() => void saver.keepMine()}
        />
      )}
      <p role="status" className={typeof state === 'object' ? 'error' : 'muted'} data-testid={`${testId}-status`}>
        {changedElsewhere && t('changedElsewhere')}
        {!changedElsewhere && state === 'saving' && t('notesSaving')}
        {!changedElsewhere && state === 'saved' && t('notesSaved')}
        {typeof state === 'object' && 'error' in state && t('notesError', { message: errorText(state.error, t) })}
      </p>
    </div>
  );
}
