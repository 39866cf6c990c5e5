import { browser } from 'wxt/browser';
import { findByShortcut, listSnippets } from '../db/snippets';
import { recordUsage } from '../db/usage';
import { keepLibraryIndexFresh, searchLibrary } from '../suggest/library-index';
import { toBackground } from '../messaging/background';
import { toLibrary } from '../messaging/library';
import { resolveUiLanguage } from '../i18n/messages';
import { getSettings } from '../settings';
import { renderSnippet } from '../template/snippet';
import { detectLanguage } from '../tone';
import { openCoPilot } from '../platform/browser';
import { getTabContext, setTabContext } from './tab-contexts';

export async function contentConfig() {
  const [snippets, settings] = await Promise.all([listSnippets(), getSettings()]);
  return {
    shortcuts: snippets.flatMap((s) => (s.shortcut ? [s.shortcut] : [])),
    paletteHotkey: settings.paletteHotkey,
    expansionKey: settings.expansionKey,
    uiLanguage: resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en'),
  };
}

/** Registers every message the background answers. */
export function registerHandlers(): void {
  toBackground.handle('insert.expandShortcut', async ({ shortcut, fields }, sender) => {
    const snippet = await findByShortcut(shortcut);
    if (!snippet) return null;
    const context = sender.tabId === undefined ? null : await getTabContext(sender.tabId);
    return renderSnippet(snippet, context, fields);
  });

  toBackground.handle('content.config', contentConfig);

  keepLibraryIndexFresh();
  toLibrary.handle('library.search', ({ query, ...options }) => searchLibrary(query, options));

  toBackground.handle('usage.record', async ({ snippetId, site }) => {
    await recordUsage(snippetId, site);
    return { ok: true };
  });

  toBackground.handle('tab.reportContext', async ({ context }, sender) => {
    if (sender.tabId === undefined) throw new Error('Only a tab can report its context.');
    // The page rarely says which language a conversation is in: read it from the customer's words.
    const text = context?.lastCustomerMessage?.text ?? '';
    if (context && !context.language && text.length >= 12) context.language = detectLanguage(text, 'de');
    await setTabContext(sender.tabId, context);
    return { ok: true };
  });

  toBackground.handle('content.loadKit', async (_data, sender) => {
    // Only into the frame that asked, and only the one file: a content script's own world.
    if (sender.tabId === undefined) throw new Error('Only a content script can load the content kit.');
    await browser.scripting.executeScript({
      target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/content-kit.js'],
    });
    return { ok: true };
  });

  toBackground.handle('tab.getContext', ({ tabId }) => getTabContext(tabId));

  toBackground.handle('panel.open', async (_data, sender) => {
    // Called synchronously from the page's click: sidePanel.open needs the user gesture.
    if (sender.tabId === undefined) throw new Error('Only a tab can open the side panel.');
    await openCoPilot(sender.tabId);
    return { ok: true };
  });
}
