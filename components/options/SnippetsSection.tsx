import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { snippetsQuery } from '@/lib/queries/library';
import { deleteSnippetsMutation, duplicateSnippetMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';
import { SnippetEditor } from './SnippetEditor';
import { SnippetList } from './SnippetList';
import { type Undoable, UndoStatus } from './UndoStatus';

/** The snippet editor above the filterable, pageable list; deletes can be undone. */
export function SnippetsSection() {
  const { t } = useUi();
  const client = useQueryClient();
  const snippets = useQuery(snippetsQuery()).data;
  const [editingId, setEditingId] = useState<string>();
  const [undo, setUndo] = useState<Undoable | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
  const editing = snippets?.find((s) => s.id === editingId);

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
  const failure = remove.error ?? duplicate.error;

  return (
    <>
      <SnippetEditor
        key={editing?.id ?? 'new'}
        editing={editing}
        snippets={snippets ?? []}
        onClose={() => setEditingId(undefined)}
      />
      <UndoStatus undo={undo} onDone={clearUndo} />
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
        onDelete={(ids) => remove.mutate(ids)}
      />
    </>
  );
}
