import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { NoteScope } from '@/lib/db/schema';
import { notesQuery } from '@/lib/queries/panel';
import { useUi } from '../useUi';
import { createNoteSaver } from '@/lib/queries/note-saver';

/**
 * One note (customer or ticket), edited in place. Saved ~400 ms after typing stops, on blur,
 * and when the panel is hidden or closed, so nothing typed is lost. Mount it with `key` set to
 * the scope, so a ticket switch saves the old note and starts afresh.
 */
export function NoteField({ scope, label, testId }: { scope: NoteScope; label: string; testId: string }) {
  const { t } = useUi();
  const id = useId();
  const notes = useQuery(notesQuery(scope));
  const stored = notes.data?.at(-1);
  const [text, setText] = useState<string>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const [saver] = useState(() => createNoteSaver(scope, setState));
  const editing = useRef(false);

  // Show what is stored (also when another page changed it), unless the agent is typing here.
  const shown = text ?? stored?.text ?? '';
  useEffect(() => {
    saver.setNoteId(stored?.id ?? null);
    if (!editing.current) setText(undefined);
  }, [saver, stored?.id, stored?.text]);

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
      <p role="status" className={typeof state === 'object' ? 'error' : 'muted'} data-testid={`${testId}-status`}>
        {state === 'saving' && t('notesSaving')}
        {state === 'saved' && t('notesSaved')}
        {typeof state === 'object' && t('notesError', { message: state.error })}
      </p>
    </div>
  );
}
