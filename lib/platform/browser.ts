import { browser } from 'wxt/browser';

// Every difference between Chrome and Firefox that the extension's code must know about
// lives here (the manifest's differences live in wxt.config.ts). Both builds are MV3, so
// `browser.action`, `scripting`, `optional_host_permissions` and `permissions.request`
// behave alike; what differs is where the co-pilot lives: Chrome's side panel, Firefox's
// sidebar.

// Firefox's sidebar API is missing from the Chrome-based types WXT ships.
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

const sidebarAction = () => (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction;

/** Background, at start-up: the toolbar button opens the co-pilot beside the page. */
export function wireToolbarButton(): void {
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => {
      // toggle() must run in the click's handler itself: the user gesture ends at the first await.
      sidebarAction().toggle().catch(console.error);
    });
  } else {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
  }
}

/** Background, inside a user-gesture message from a tab: show the co-pilot beside that tab. */
export function openCoPilot(tabId: number): Promise<void> {
  // Firefox's sidebar is per window and shows the active tab, which is the one clicked in.
  return import.meta.env.FIREFOX ? sidebarAction().open() : browser.sidePanel.open({ tabId });
}

/**
 * Background: the number of draft findings on the toolbar button of one tab (empty: none). Both
 * builds are MV3, so `action` carries the badge in Chrome and Firefox alike; Firefox's
 * sidebar_action has no badge of its own.
 */
export async function showFindingCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
}

/**
 * A page element's shadow root, closed ones included: extensions may look inside them
 * (Chrome through `dom.openOrClosedShadowRoot`, Firefox as a property of the element seen
 * from the content script).
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (import.meta.env.FIREFOX)
    return (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  return el instanceof HTMLElement ? browser.dom.openOrClosedShadowRoot(el) : null;
}
