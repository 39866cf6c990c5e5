import { useQuery } from '@tanstack/react-query';
import { draftQuery, useCustomerAnalysis, usePanelContext } from '@/lib/queries/panel';
import { DraftCheck } from './panel/DraftCheck';
import { LibrarySearch } from './panel/LibrarySearch';
import { MoodCard } from './panel/MoodCard';
import { NotesCard } from './panel/NotesCard';
import { Suggestions } from './panel/Suggestions';
import { SiteHealth } from './panel/SiteHealth';
import { TicketCard } from './panel/TicketCard';
import { ZendeskShelfCard } from './panel/ZendeskShelfCard';
import { useUi } from './useUi';

/** The co-pilot for the tab the panel belongs to (`?tabId=` binds it, else the active tab). */
export function SidePanelApp({ boundTabId }: { boundTabId?: number }) {
  const { t, lang } = useUi();
  const { tabId, context, isPending } = usePanelContext(boundTabId);
  const analysis = useCustomerAnalysis(context, lang);
  // The content script may know a reply box the adapter missed (the one the agent typed in).
  const draftBox = useQuery({ ...draftQuery(tabId, !!context), select: (draft) => draft !== null }).data;
  return (
    <main aria-busy={isPending}>
      <h1>{t('panelTitle')}</h1>
      {!isPending && <TicketCard context={context} replyBox={!!context?.hasReplyBox || !!draftBox} />}
      {context && <SiteHealth context={context} replyBox={!!context.hasReplyBox || !!draftBox} tabId={tabId} />}
      {context && (
        <>
          <MoodCard context={context} analysis={analysis} />
          <NotesCard context={context} />
          {analysis && <Suggestions context={context} analysis={analysis} tabId={tabId} />}
          <DraftCheck context={context} analysis={analysis} tabId={tabId} />
        </>
      )}
      <LibrarySearch context={context} analysis={analysis} tabId={tabId} />
      {context?.site === 'zendesk' && <ZendeskShelfCard context={context} tabId={tabId} />}
    </main>
  );
}
