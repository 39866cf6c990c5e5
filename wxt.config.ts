import { defineConfig } from 'wxt';
import { HELPDESK_HOSTS } from './lib/sites/registry';

// The extension's own pages load only their bundled code and styles: no inline or remote
// script, no plugins, no <base>, no form posts, no network beyond the extension itself.
// Stricter than the browsers' defaults on purpose (docs/security.md). `connect-src https:`:
// subscribed team packs are fetched from any HTTPS URL the agent or admin names (issue #18);
// reading one cross-origin still needs that origin's host permission (or CORS). Pinned with the rest of the manifest in tests/e2e/manifest.spec.ts.
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
      // alarms: refreshing subscribed team packs on a schedule.
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The helpdesks' hosts, from the site adapters (the same access the content script's
    // matches already imply); it also lets an agent enable Tonlage on other pages of those
    // hosts, such as a Zendesk help center, without a further prompt. Everything else is optional.
    host_permissions: HELPDESK_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Admin presets of team packs (Chrome policy). Firefox reads them from policies.json
    // without a schema and rejects the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // The palette is shown as an iframe wherever the content script runs, and that includes
    // any site the agent enables, which a static list cannot know: so every web origin may
    // load it, and the palette itself shows nothing unless the background paired it with
    // Tonlage's content script in the same tab (lib/background/palette-relay.ts). A
    // per-session URL keeps other pages from embedding or fingerprinting it (Chrome).
    web_accessible_resources: [
      {
        resources: ['palette.html'],
        matches: ['https://*/*', 'http://*/*'],
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
