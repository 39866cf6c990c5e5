import { useQuery } from '@tanstack/react-query';
import { draftQuery, useCustomerAnalysis, usePanelContext } from '@/lib/queries/panel';
import { DraftCheck } from './panel/DraftCheck';
import { GentlerDay } from './panel/GentlerDay';
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
  const draft = useQuery(draftQuery(tabId, !!context)).data;
  // The content script may know a reply box the adapter missed (the one the agent typed in).
  const replyBox = !!context?.hasReplyBox || !!draft;
  // While the agent writes, the check of the draft sits at the top, where the eyes are (issue #19).
  const writing = !!draft?.text.trim();
  return (
    <main aria-busy={isPending}>
      <h1>{t('panelTitle')}</h1>
      <GentlerDay />
      {context && writing && <DraftCheck context={context} tabId={tabId} />}
      {!isPending && <TicketCard context={context} replyBox={replyBox} />}
      {context && <SiteHealth context={context} replyBox={replyBox} tabId={tabId} />}
      {context && (
        <>
          <MoodCard context={context} analysis={analysis} />
          <NotesCard context={context} />
          {analysis && <Suggestions context={context} analysis={analysis} tabId={tabId} />}
          {!writing && <DraftCheck context={context} tabId={tabId} />}
        </>
      )}
      <LibrarySearch context={context} analysis={analysis} tabId={tabId} />
      {context?.site === 'zendesk' && <ZendeskShelfCard context={context} tabId={tabId} />}
    </main>
  );
}
