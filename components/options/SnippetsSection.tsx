import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { snippetsQuery } from '@/lib/queries/library';
import { deleteSnippetsMutation, duplicateSnippetMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import type { Snippet } from '@/lib/db/schema';
import { conflictOf } from '@/lib/queries/conflict';
import { ConflictNotice } from '../ConflictNotice';
import { useUi } from '../useUi';
import { SnippetEditor } from './SnippetEditor';
import { SnippetList } from './SnippetList';
import { type Undoable, UndoStatus } from './UndoStatus';

const asText = (s: Snippet) => `${s.title}\n\n${s.body}`;

/**
 * The snippet editor above the filterable, pageable list; deletes can be undone. A delete
 * carries the revisions the list showed: a snippet changed elsewhere meanwhile is not
 * deleted unseen, the agent compares and chooses.
 */
export function SnippetsSection() {
  const { t } = useUi();
  const client = useQueryClient();
  const snippets = useQuery(snippetsQuery()).data;
  const [editingId, setEditingId] = useState<string>();
  const [undo, setUndo] = useState<Undoable | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
  const editing = snippets?.find((s) => s.id === editingId);
  const [asked, setAsked] = useState<Snippet[]>([]);

  const remove = useMutation({
    ...deleteSnippetsMutation(client),
    onSuccess: (removed) => {
      if (removed.some((s) => s.id === editingId)) setEditingId(undefined);
      const message =
        removed.length === 1
          ? t('deletedOne', { title: removed[0]!.title })
          : t('deletedMany', { count: removed.length });
      setUndo({ message, snippets: removed });
    },
  });
  const duplicate = useMutation({
    ...duplicateSnippetMutation(client, t('copySuffix')),
    onSuccess: (copy) => setEditingId(copy.id),
  });
  const deleteShown = (shown: Snippet[]) => {
    setAsked(shown);
    remove.mutate(shown.map((s) => ({ id: s.id, base: s.updatedAt })));
  };
  const conflict = conflictOf<Snippet>(remove.error);
  const seen = conflict && asked.find((s) => s.id === conflict.id);
  const failure = (conflict ? null : remove.error) ?? duplicate.error;

  return (
    <>
      <SnippetEditor
        key={editing?.id ?? 'new'}
        editing={editing}
        snippets={snippets ?? []}
        onClose={() => setEditingId(undefined)}
      />
      <UndoStatus undo={undo} onDone={clearUndo} />
      {conflict && seen && (
        <ConflictNotice
          testId="delete-conflict"
          message={t('conflictDeleteSnippet')}
          mine={asText(seen)}
          theirs={asText(conflict)}
          labels={{ reload: t('conflictDeleteKeep'), keep: t('conflictDeleteAnyway'), mine: t('conflictShownHere') }}
          onReload={() => remove.reset()}
          onKeepMine={() => deleteShown(asked.map((s) => (s.id === conflict.id ? conflict : s)))}
        />
      )}
      {failure && (
        <p role="alert" className="error">
          {errorText(failure, t)}
        </p>
      )}
      <SnippetList
        snippets={snippets}
        onEdit={(s) => {
          setEditingId(s.id);
          document.getElementById('editor-h')?.scrollIntoView();
        }}
        onDuplicate={(s) => duplicate.mutate(s)}
        onDelete={deleteShown}
      />
    </>
  );
}
