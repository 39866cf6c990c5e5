import { useMutation } from '@tanstack/react-query';
import { deleteSnippet } from '@/lib/db/snippets';
import { LibraryList } from './LibraryList';
import { SitesSettings } from './SitesSettings';
import { SnippetForm } from './SnippetForm';
import { useUi } from './useUi';

export function OptionsApp() {
  const { t } = useUi();
  const remove = useMutation({ mutationFn: deleteSnippet });
  return (
    <main style={{ maxWidth: 820, margin: '0 auto' }}>
      <h1>{t('optionsTitle')}</h1>
      <SnippetForm />
      <LibraryList onDelete={(id) => remove.mutate(id)} />
      <SitesSettings />
    </main>
  );
}
