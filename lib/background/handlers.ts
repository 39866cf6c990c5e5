import { browser } from 'wxt/browser';
import { findByShortcut, listSnippets } from '../db/snippets';
import { recordUsage } from '../db/usage';
import { handle } from '../messaging';
import { renderSnippet } from './render';
import { firefoxSidebar } from './sidebar';
import { getTabContext, setTabContext } from './tab-contexts';

/** Registers every message the background answers. */
export function registerHandlers(): void {
  handle('insert.expandShortcut', async ({ shortcut }, sender) => {
    const snippet = await findByShortcut(shortcut);
    if (!snippet) return null;
    const context = sender.tabId === undefined ? null : await getTabContext(sender.tabId);
    return renderSnippet(snippet, context);
  });

  handle('insert.shortcuts', async () => (await listSnippets()).flatMap((s) => (s.shortcut ? [s.shortcut] : [])));

  handle('usage.record', async ({ snippetId, site }) => {
    await recordUsage(snippetId, site);
    return { ok: true };
  });

  handle('tab.reportContext', async ({ context }, sender) => {
    if (sender.tabId === undefined) throw new Error('Only a tab can report its context.');
    await setTabContext(sender.tabId, context);
    return { ok: true };
  });

  handle('tab.getContext', ({ tabId }) => getTabContext(tabId));

  handle('panel.open', async (_data, sender) => {
    // Called synchronously from the page's click: sidePanel.open needs the user gesture.
    if (sender.tabId === undefined) throw new Error('Only a tab can open the side panel.');
    if (import.meta.env.FIREFOX) await firefoxSidebar().open();
    else await browser.sidePanel.open({ tabId: sender.tabId });
    return { ok: true };
  });
}
