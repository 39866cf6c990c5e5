import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, extensionPage, launchWithExtension, ROOT } from './browser';

// Issue #13: what each built manifest lets the extension do and lets pages reach, pinned.
// Any widening (a permission, a host, a web-accessible match, a looser CSP) fails here
// until it is written down below on purpose. A build in a new directory (say chrome-mv4)
// is one edit: rename its key in PINNED and paste what the failure shows.

// connect-src https: (issue #18): team packs are fetched from any HTTPS URL; reading one
// cross-origin still needs its optional host permission, asked per origin at subscribe time.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' https:; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
const HELPDESKS = ['https://*.zendesk.com/*', 'https://mail.google.com/*'];
const CONTENT_SCRIPTS = [{ matches: ['https://*.zendesk.com/agent/*', 'https://mail.google.com/*'] }];

const PINNED: Record<string, object> = {
  'chrome-mv3': {
    manifest_version: 3,
    // alarms (issue #18): the scheduled refresh of team packs.
    permissions: ['storage', 'activeTab', 'scripting', 'clipboardWrite', 'unlimitedStorage', 'alarms', 'sidePanel'],
    host_permissions: HELPDESKS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    optional_permissions: undefined,
    web_accessible_resources: [
      { resources: ['palette.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ],
    content_security_policy: { extension_pages: CSP },
    content_scripts: CONTENT_SCRIPTS,
    externally_connectable: undefined,
    // Admin presets of team packs through Chrome policy; Firefox reads policies.json without one.
    storage: { managed_schema: 'managed_schema.json' },
  },
  'firefox-mv3': {
    manifest_version: 3,
    permissions: ['storage', 'activeTab', 'scripting', 'clipboardWrite', 'unlimitedStorage', 'alarms'],
    host_permissions: HELPDESKS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    optional_permissions: undefined,
    // Firefox has no use_dynamic_url; its moz-extension:// address is random per installation.
    web_accessible_resources: [{ resources: ['palette.html'], matches: ['https://*/*', 'http://*/*'] }],
    content_security_policy: { extension_pages: CSP },
    content_scripts: CONTENT_SCRIPTS,
    externally_connectable: undefined,
    storage: undefined,
  },
};

const OUTPUT = join(ROOT, '.output');
const built = (dir: string) => existsSync(join(OUTPUT, dir, 'manifest.json'));
/** Directories the current `npm run build` and `build:firefox` write (stale older ones are ignored). */
const CURRENT = ['chrome', 'firefox'].map((b) => {
  const dirs = existsSync(OUTPUT) ? readdirSync(OUTPUT).filter((d) => d.startsWith(`${b}-mv`) && built(d)) : [];
  return dirs.sort(
    (x, y) => statSync(join(OUTPUT, y, 'manifest.json')).mtimeMs - statSync(join(OUTPUT, x, 'manifest.json')).mtimeMs,
  )[0];
});

function policy(dir: string) {
  const m = JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const scripts = m.content_scripts as { matches: string[] }[] | undefined;
  return {
    manifest_version: m.manifest_version,
    permissions: m.permissions,
    host_permissions: m.host_permissions,
    optional_host_permissions: m.optional_host_permissions,
    optional_permissions: m.optional_permissions,
    web_accessible_resources: m.web_accessible_resources,
    content_security_policy: m.content_security_policy,
    content_scripts: scripts?.map((s) => ({ matches: s.matches })),
    externally_connectable: m.externally_connectable,
    storage: m.storage,
  };
}

describe('built manifests', () => {
  it('exist for Chrome and Firefox, each in a pinned directory', () => {
    expect(CURRENT).toEqual(Object.keys(PINNED));
  });

  for (const dir of Object.keys(PINNED)) {
    it(`${dir}: permissions, hosts, web-accessible resources and CSP are as pinned`, () => {
      expect(policy(dir)).toEqual(PINNED[dir]);
    });
  }
});

describe('the pinned CSP', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('lets every extension page render without a violation', async () => {
    for (const path of ['options.html', 'sidepanel.html']) {
      const page = await ext.context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(String(e)));
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      await page.locator('#root > *').first().waitFor();
      // Something that needs the styles: the pages' own CSS applied.
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).not.toBe('');
      expect(violations).toEqual([]);
      await page.close();
    }
    const page = await extensionPage(ext, 'palette.html');
    // Opened by itself (not paired with a content script), the palette shows nothing: React
    // has rendered once two frames after load.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('#root').innerHTML()).toBe('');
    await page.close();
  });
});
