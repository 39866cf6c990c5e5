import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab, knownTabs } from '@/lib/background/tab-contexts';
import { forgetDraft } from '@/lib/background/draft-badge';
import { contentConfig, registerHandlers } from '@/lib/background/handlers';
import { relayPalettes } from '@/lib/background/palette-relay';
import { watchPacks } from '@/lib/background/shelves';
import { publish, subscribe } from '@/lib/messaging/broadcast';
import { toTab } from '@/lib/messaging/tab';
import { wireToolbarButton } from '@/lib/platform/browser';
import { getSettings } from '@/lib/settings';
import { syncSiteScripts } from '@/lib/sites/enabled-sites';
import { installStarter, resumeStarter } from '@/lib/starter/install';

export default defineBackground(() => {
  registerHandlers();
  relayPalettes();

  // First run installs the starter library; an update refreshes entries the agent never edited.
  browser.runtime.onInstalled.addListener(() => {
    installStarter().catch((error: unknown) => console.error('[tonlage] starter library', error));
  });
  // A worker stopped during that install (or an update) finishes it when it starts again.
  resumeStarter().catch((error: unknown) => console.error('[tonlage] starter library', error));

  // Subscribed team packs: admin presets and the scheduled refresh (issue #18).
  watchPacks();

  // The toolbar button opens the co-pilot.
  wireToolbarButton();

  // Sites the agent enabled get the content script; disabled ones lose it.
  const syncSites = () =>
    getSettings()
      .then((settings) => syncSiteScripts(settings.enabledSites))
      .catch((error: unknown) => console.error('[tonlage] enabled sites', error));
  void syncSites();
  subscribe((event) => {
    if (event.kind === 'library-changed' && event.tables.includes('settings')) void syncSites();
  });

  // Content scripts decide on the expansion key synchronously from a shortcut list: keep it current.
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  subscribe((event) => {
    if (
      event.kind !== 'library-changed' ||
      !event.tables.some((t) => t === 'snippets' || t === 'settings' || t === 'shelves')
    )
      return;
    clearTimeout(pushTimer);
    pushTimer = setTimeout(async () => {
      const config = await contentConfig();
      for (const tabId of await knownTabs()) toTab.send('content.configChanged', config, tabId).catch(() => undefined);
    }, 200);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetDraft(tabId);
    void forgetTab(tabId);
  });
  // A new page in the tab: its content script (if it runs there) reports afresh.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => publish({ kind: 'context-changed', tabId }));
});
