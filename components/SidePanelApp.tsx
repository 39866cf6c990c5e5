import { useQuery } from '@tanstack/react-query';
import { tabContextQuery } from '@/lib/queries/library';
import { ContextCard } from './ContextCard';
import { LibraryList } from './LibraryList';
import { useUi } from './useUi';

/** The co-pilot for the tab the panel belongs to (`?tabId=` binds it, else the active tab). */
export function SidePanelApp({ boundTabId }: { boundTabId?: number }) {
  const { t } = useUi();
  const context = useQuery(tabContextQuery(boundTabId));
  return (
    <main>
      <h1>{t('panelTitle')}</h1>
      <ContextCard context={context.data} />
      <LibraryList />
    </main>
  );
}
