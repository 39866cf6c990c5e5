import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab } from '@/lib/background/tab-contexts';
import { registerHandlers } from '@/lib/background/handlers';
import { firefoxSidebar } from '@/lib/background/sidebar';
import { publish } from '@/lib/broadcast';
import { installStarter } from '@/lib/starter/install';

export default defineBackground(() => {
  registerHandlers();

  // First run installs the starter library; an update refreshes entries the agent never edited.
  browser.runtime.onInstalled.addListener(() => {
    installStarter().catch((error: unknown) => console.error('[tonlage] starter library', error));
  });

  // The toolbar button opens the co-pilot.
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => firefoxSidebar().toggle());
  } else {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
  }

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onActivated.addListener(({ tabId }) => publish({ kind: 'context-changed', tabId }));
});
