import { browser } from 'wxt/browser';
import { findByShortcut, listSnippets } from '../db/snippets';
import { recordUsage } from '../db/usage';
import { copyTeamEntry } from '../shelves/copy';
import { findTeamByShortcut, teamShortcuts } from '../shelves/store';
import { keepLibraryIndexFresh, matchLibrary, searchLibrary } from '../suggest/library-index';
import { suggestForContext } from '../suggest/ticket-suggest';
import { toBackground } from '../messaging/background';
import { toLibrary } from '../messaging/library';
import { resolveUiLanguage } from '../i18n/messages';
import { getSettings } from '../settings';
import { renderSnippet } from '../template/snippet';
import { detectLanguage } from '../tone';
import { publish } from '../messaging/broadcast';
import { openCoPilot } from '../platform/browser';
import { handleZendeskShelf } from '../shelves/zendesk/background';
import { shelfStore } from '../shelves/zendesk/store';
import { noteContext, noteInsertion } from './calming';
import { updateFindingBadge } from './draft-badge';
import { countHostile } from './hostile-count';
import { getTabContext, setTabContext } from './tab-contexts';

export async function contentConfig() {
  const [snippets, team, settings] = await Promise.all([listSnippets(), teamShortcuts(), getSettings()]);
  return {
    shortcuts: [
      ...new Set([...snippets.flatMap((s) => [...(s.shortcut ? [s.shortcut] : []), ...(s.aliases ?? [])]), ...team]),
    ],
    paletteHotkey: settings.paletteHotkey,
    expansionKey: settings.expansionKey,
    uiLanguage: resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en'),
  };
}

/** Registers every message the background answers. */
export function registerHandlers(): void {
  toBackground.handle('insert.expandShortcut', async ({ shortcut, fields }, sender) => {
    const snippet = (await findByShortcut(shortcut)) ?? (await findTeamByShortcut(shortcut));
    if (!snippet) return null;
    const context = sender.tabId === undefined ? null : await getTabContext(sender.tabId);
    return renderSnippet(snippet, context, fields);
  });

  toBackground.handle('content.config', contentConfig);

  keepLibraryIndexFresh();
  toLibrary.handle('library.search', ({ query, ...options }) => searchLibrary(query, options));
  toLibrary.handle('library.suggest', async ({ tabId, now }) =>
    suggestForContext(await getTabContext(tabId), { now, templates: 5, phrases: 3 }),
  );
  toLibrary.handle('library.copyTeam', async ({ id, suffix }) => {
    const copy = await copyTeamEntry(id, suffix);
    return { id: copy.id, title: copy.title };
  });
  toLibrary.handle('library.match', ({ query, limit }) => matchLibrary(query, limit));

  toBackground.handle('usage.record', async ({ snippetId, site }, sender) => {
    await recordUsage(snippetId, site);
    const context = sender.tabId === undefined ? null : await getTabContext(sender.tabId);
    await noteInsertion(snippetId, context).catch(console.warn);
    return { ok: true };
  });

  toBackground.handle('tab.reportContext', async ({ context }, sender) => {
    if (sender.tabId === undefined) throw new Error('Only a tab can report its context.');
    // The page rarely says which language a conversation is in: read it from the customer's words.
    const text = context?.lastCustomerMessage?.text ?? '';
    if (context && !context.language && text.length >= 12) context.language = detectLanguage(text, 'de');
    await setTabContext(sender.tabId, context);
    await noteContext(context).catch(console.warn);
    await Promise.all([updateFindingBadge(sender.tabId), countHostile(context)]);
    return { ok: true };
  });

  toBackground.handle('content.loadKit', async (_data, sender) => {
    // Only into the frame that asked, and only the one file: a content script's own world.
    if (sender.tabId === undefined) throw new Error('Only a content script can load the content kit.');
    await browser.scripting.executeScript({
      target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/content-kit.js'],
      // The agent acted, perhaps while the page is still loading: not at document_idle.
      injectImmediately: true,
    });
    return { ok: true };
  });

  toBackground.handle('tab.getContext', ({ tabId }) => getTabContext(tabId));

  handleZendeskShelf(shelfStore);
  toBackground.handle('draft.report', async ({ draft }, sender) => {
    const tabId = sender.tabId;
    if (tabId === undefined) throw new Error('Only a tab can report its draft.');
    publish({ kind: 'draft-changed', tabId, draft });
    await updateFindingBadge(tabId, draft);
    return { ok: true };
  });

  toBackground.handle('panel.open', async (_data, sender) => {
    // Called synchronously from the page's click: sidePanel.open needs the user gesture.
    if (sender.tabId === undefined) throw new Error('Only a tab can open the side panel.');
    await openCoPilot(sender.tabId);
    return { ok: true };
  });
}
