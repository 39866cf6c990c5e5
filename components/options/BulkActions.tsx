import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { tagSnippetsMutation } from '@/lib/queries/mutations';
import { downloadSelection, errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';

interface Props {
  selected: Snippet[];
  onDelete: (snippets: Snippet[]) => void;
  onClear: () => void;
}

/** Actions on the selected snippets: add a tag, delete (undoable), export as our JSON. */
export function BulkActions({ selected, onDelete, onClear }: Props) {
  const { t } = useUi();
  const client = useQueryClient();
  const [tag, setTag] = useState('');
  const ids = selected.map((s) => s.id);
  const addTag = useMutation({ ...tagSnippetsMutation(client), onSuccess: () => setTag('') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tag.trim()) addTag.mutate({ ids, tag });
  };
  if (selected.length === 0) return null;
  return (
    <div className="bulk" role="group" aria-label={t('bulkLabel')}>
      <p data-testid="selected-count">{t('selectedCount', { count: selected.length })}</p>
      <form onSubmit={submit} className="row">
        <label>
          {t('bulkTag')}
          <input value={tag} onChange={(e) => setTag(e.target.value)} />
        </label>
        <button type="submit">{t('bulkTagApply')}</button>
      </form>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            onDelete(selected);
            onClear();
          }}
        >
          {t('bulkDelete')}
        </button>
        <button type="button" onClick={() => downloadSelection(selected)}>
          {t('bulkExport')}
        </button>
        <button type="button" onClick={onClear}>
          {t('bulkClear')}
        </button>
      </div>
      {addTag.isError && (
        <p role="alert" className="error">
          {errorText(addTag.error, t)}
        </p>
      )}
      {addTag.isSuccess && <p role="status">{t('bulkTagged', { count: addTag.data })}</p>}
    </div>
  );
}
