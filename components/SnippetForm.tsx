import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createSnippet } from '@/lib/db/snippets';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from '@/lib/db/schema';
import { useUi } from './useUi';

/** Creates a snippet; the library's validation message is shown as it is. */
export function SnippetForm() {
  const { t } = useUi();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [shortcut, setShortcut] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState<SnippetLanguage>('any');
  const create = useMutation({
    mutationFn: () => createSnippet({ title, shortcut: shortcut.trim() || undefined, body, language }),
    onSuccess: () => {
      setTitle('');
      setShortcut('');
      setBody('');
      void client.invalidateQueries({ queryKey: ['snippets'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="new-snippet-h">
      <h2 id="new-snippet-h">{t('newSnippet')}</h2>
      <form onSubmit={submit}>
        <label>
          {t('title')}
          <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('shortcut')}
          <input name="shortcut" value={shortcut} onChange={(e) => setShortcut(e.target.value)} />
        </label>
        <label>
          {t('language')}
          <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as SnippetLanguage)}>
            {SNIPPET_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'any' ? t('languageAny') : l}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('body')}
          <textarea name="body" rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('save')}
        </button>
        {create.isError && (
          <p role="alert" className="error" data-testid="form-error">
            {create.error.message}
          </p>
        )}
        {create.isSuccess && (
          <p role="status" data-testid="form-saved">
            {t('saved')}
          </p>
        )}
      </form>
    </section>
  );
}
