import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createNoteMutation } from '@/lib/queries/mutations';
import type { NoteScope } from '@/lib/db/schema';
import { errorText, notesQuery, type Translate } from '@/lib/queries/options';
import { useUi } from '../useUi';
import { NoteItem } from './NoteItem';

export function scopeLabel(scope: NoteScope, t: Translate): string {
  if (scope.kind === 'customer') return t('scopeCustomer', { email: scope.email });
  if (scope.kind === 'ticket') return t('scopeTicket', { site: scope.site, id: scope.ticketId });
  return t('scopeGeneral');
}

/** Every note (customer, ticket or general), searchable; general notes can be written here. */
export function NotesSection() {
  const { t } = useUi();
  const client = useQueryClient();
  const notes = useQuery(notesQuery()).data;
  const [query, setQuery] = useState('');
  const [text, setText] = useState('');
  const create = useMutation({ ...createNoteMutation(client), onSuccess: () => setText('') });
  const needle = query.trim().toLowerCase();
  const shown = (notes ?? []).filter(
    (n) => !needle || `${n.text}\n${scopeLabel(n.scope, t)}`.toLowerCase().includes(needle),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) create.mutate(text);
  };
  const failure = create.error;
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">{t('notesTitle')}</h2>
      <form onSubmit={submit}>
        <label>
          {t('newGeneralNote')}
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">{t('addNote')}</button>
      </form>
      <label>
        {t('searchNotes')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="muted" data-testid="note-count">
        {notes ? t('noteCount', { count: notes.length }) : t('loading')}
      </p>
      {failure && (
        <p role="alert" className="error">
          {errorText(failure, t)}
        </p>
      )}
      <ul className="plain">
        {shown.map((n) => (
          <NoteItem key={n.id} note={n} scope={scopeLabel(n.scope, t)} />
        ))}
      </ul>
    </section>
  );
}
