import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { restoreSnippetsMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';

export interface Undoable {
  message: string;
  snippets: Snippet[];
}

export const UNDO_MS = 10_000;

/** "Deleted …" with an Undo button for ten seconds; undo puts the snippets back with the same ids. */
export function UndoStatus({ undo, onDone }: { undo: Undoable | null; onDone: () => void }) {
  const { t } = useUi();
  const client = useQueryClient();
  const restore = useMutation({ ...restoreSnippetsMutation(client), onSuccess: onDone });
  const { reset } = restore;
  useEffect(() => {
    if (!undo) return;
    reset();
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, onDone, reset]);
  return (
    <div role="status" aria-live="polite" className="undo-status" data-testid="undo-status">
      {undo && (
        <>
          {undo.message}{' '}
          <button type="button" onClick={() => restore.mutate(undo.snippets)} disabled={restore.isPending}>
            {t('undo')}
          </button>
        </>
      )}
      {restore.isError && (
        <span role="alert" className="error">
          {' '}
          {errorText(restore.error, t)}
        </span>
      )}
    </div>
  );
}
