import { browser } from 'wxt/browser';

// Firefox's sidebar API is missing from the Chrome-based types WXT ships.
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

export function firefoxSidebar(): SidebarAction {
  return (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction;
}
