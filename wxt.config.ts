import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Keep WXT from trying to launch a browser in `wxt` dev mode on CI machines.
  webExt: { disabled: true },
  // Firefox gets MV3 too (issue #17): its MV2 build has no `browser.action`, WXT drops
  // `optional_host_permissions` there (so enabling a site could never be granted), and MV2
  // web-accessible resources take no `matches` (every site could frame the palette).
  // Firefox 128+ supports MV3 with `sidebar_action`, optional host permissions and matches.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; sidePanel: the co-pilot; scripting: registering the content
    // script for sites the agent enables; clipboardWrite: the fallback when an editor
    // refuses an insertion; activeTab: the side panel may read the address of the tab the
    // agent opened it on, to offer enabling that site. No host permission beyond the two
    // helpdesks is asked up front.
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'clipboardWrite',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The helpdesks' hosts (the same access the content script's matches already imply);
    // it also lets an agent enable Tonlage on other pages of those hosts, such as a
    // Zendesk help center, without a further prompt. Everything else is optional.
    host_permissions: ['https://*.zendesk.com/*', 'https://mail.google.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The palette is shown inside helpdesk pages as an iframe. A per-session URL keeps
    // other pages from embedding or fingerprinting it (Chrome).
    web_accessible_resources: [
      {
        resources: ['palette.html'],
        matches: ['https://*.zendesk.com/*', 'https://mail.google.com/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__' },
          browser_specific_settings: { gecko: { id: 'tonlage@tonlage.app', strict_min_version: '128.0' } },
        }
      : {}),
  }),
});
