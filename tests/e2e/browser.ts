import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { browserPath } from './browser-path';
import { zendeskApi } from './zendesk-api';

// Launching Chromium with the built extension, and serving the helpdesk replica pages
// under the helpdesks' real URLs (https://acme.zendesk.com/agent/…, https://mail.google.com/…)
// by answering those requests from tests/e2e/fixtures/dist. The production build's
// content-script matches apply unchanged; nothing reaches the network.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures/dist');
export const CHROMIUM = browserPath('chromium');

/** Where Chromium's e2e runs reach the local team-pack server (mapped to it by host rules). */
export const PACK_HOST = 'packs.zendesk.com';
export const ZENDESK_URL = 'https://acme.zendesk.com/agent/tickets/';
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
export const HOSTILE_URL = 'https://acme.zendesk.com/agent/__hostile/';
export const EDITOR_URL = (name: string) => `https://acme.zendesk.com/agent/__editors/${name}/`;

/** Page conditions that break extensions (issue #16), each served as a response header with an editor page. */
export const STRICT_HEADERS = {
  csp: { 'content-security-policy': "default-src 'self'" },
  'trusted-types': { 'content-security-policy': "require-trusted-types-for 'script'" },
  coep: { 'cross-origin-embedder-policy': 'require-corp' },
} as const;
export type StrictPage = keyof typeof STRICT_HEADERS;
export const STRICT_URL = (policy: StrictPage, editor: string) =>
  `https://acme.zendesk.com/agent/__strict/${policy}/${editor}/`;

/** The response headers of a strict page; none for every other replica. */
export function headersFor(url: URL): Record<string, string> {
  const policy = url.pathname.match(/^\/agent\/__strict\/([\w-]+)\//)?.[1] as StrictPage | undefined;
  return (policy && STRICT_HEADERS[policy]) || {};
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Which replica file answers a helpdesk URL. */
export function replicaFileFor(url: URL): string | undefined {
  // CKEditor 4 loads its plugins, skins and language files from its own folder at run time.
  if (url.pathname.startsWith('/__fixtures/ckeditor4/')) {
    const base = join(ROOT, 'node_modules/ckeditor4');
    const file = resolve(base, `.${url.pathname.slice('/__fixtures/ckeditor4'.length)}`);
    return file.startsWith(base) && existsSync(file) ? file : undefined;
  }
  if (url.pathname.startsWith('/__fixtures/')) {
    const file = resolve(FIXTURES_DIR, `.${url.pathname.slice('/__fixtures'.length)}`);
    return file.startsWith(FIXTURES_DIR) && existsSync(file) ? file : undefined;
  }
  // Editor fixture pages live under the Zendesk host so the production content script runs on them.
  const editor = url.pathname.match(/^\/agent\/__(?:editors|strict\/[\w-]+)\/([\w-]+)\/?$/)?.[1];
  if (url.hostname.endsWith('.zendesk.com') && editor) return join(FIXTURES_DIR, 'editors', editor, 'index.html');
  // A page whose own script attacks Tonlage, under the helpdesk's URL (both/hostile.spec.ts).
  if (url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/agent/__hostile')) {
    return join(FIXTURES_DIR, 'hostile/index.html');
  }
  if (url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/agent/__bench')) {
    return join(FIXTURES_DIR, 'bench/index.html');
  }
  if (url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/agent/')) {
    return join(FIXTURES_DIR, 'zendesk/index.html');
  }
  if (url.hostname === 'mail.google.com') return join(FIXTURES_DIR, 'gmail/index.html');
  // Zendesk pages outside the agent workspace (a help center) stand for "any other site".
  if (url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/hc/')) {
    return join(FIXTURES_DIR, 'generic/index.html');
  }
  if (url.hostname === 'shop.example.test') return join(FIXTURES_DIR, 'generic/index.html');
  return undefined;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { headless?: boolean; withoutExtension?: boolean; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  if (!existsSync(FIXTURES_DIR)) throw new Error('Build the replica pages first: npm run build:fixtures');
  const userDataDir = mkdtempSync(join(tmpdir(), 'tonlage-e2e-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the extension needs the new headless mode, passed below
    viewport: { width: 1280, height: 860 },
    ignoreHTTPSErrors: true,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...(options.withoutExtension
        ? []
        : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      ...(options.args ?? []),
    ],
  });
  // The team-pack test server's host (pack-server.ts) is left out: that server answers it
  // directly (host-resolver rule), and the service worker's fetches to it do not pass through
  // Playwright's routing (continued there, some hung under load and held the packs' schedule).
  await context.route(
    /^https?:\/\/((?!packs\.)[\w-]+\.zendesk\.com|mail\.google\.com|shop\.example\.test)\//,
    async (route) => {
      if (new URL(route.request().url()).hostname === PACK_HOST) return route.continue();
      const api = zendeskApi.answer(new URL(route.request().url()), await route.request().allHeaders());
      if (api === 'abort') return route.abort('internetdisconnected');
      if (api) return route.fulfill(api);
      const file = replicaFileFor(new URL(route.request().url()));
      if (!file) return route.fulfill({ status: 404, body: 'not in the replica' });
      return route.fulfill({
        status: 200,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        headers: headersFor(new URL(route.request().url())),
        body: readFileSync(file),
      });
    },
  );
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().endsWith('/background.js'),
      timeout: 20_000,
    }));
  if (options.withoutExtension) {
    return {
      context,
      extensionId: '',
      serviceWorker: () => Promise.reject(new Error('launched without the extension')),
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  }
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  // A fresh profile installs the starter library first; the agent starts work after that.
  const deadline = Date.now() + 20_000;
  while (!(await worker.evaluate(async () => !!(await chrome.storage.local.get('starterState')).starterState))) {
    if (Date.now() > deadline) throw new Error('The starter library was never installed.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a replica page and waits until its editors are ready. */
export async function openReplica(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-replica-ready="true"]');
  return page;
}

export function extensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  return ext.context.newPage().then(async (page) => {
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    return page;
  });
}

/** The id Chromium gave a page's tab, as the extension sees it (the extension has no "tabs" permission, so it cannot read URLs: the page is made the active tab instead). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.serviceWorker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Sends a protocol message from the background to a tab's content script, as the side panel does. */
export async function sendToTab<T>(ext: ExtensionBrowser, tabId: number, type: string, data: unknown): Promise<T> {
  const worker = await ext.serviceWorker();
  const reply = await worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), {
    tabId,
    message: { id: 1, type, data, timestamp: 0 },
  });
  const { res, err } = reply as { res?: T; err?: { message: string } };
  if (err) throw new Error(err.message);
  return res as T;
}

/** The side panel page bound to `page`'s tab (what the toolbar button opens beside it). */
export async function panelFor(ext: ExtensionBrowser, page: Page): Promise<Page> {
  return extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
}

/** Every snippet as the extension's IndexedDB holds it, read in one of its pages. */
export function storedSnippets<T = Record<string, unknown>>(page: Page): Promise<T[]> {
  return page.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('snippets').objectStore('snippets').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as T[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** Presses the palette hotkey and waits until the palette's search box has the keyboard. */
export async function openPaletteByHotkey(page: Page, timeout = 10_000): Promise<void> {
  await page.keyboard.press('Control+Shift+Space');
  const frame = () => page.frames().find((f) => f.url().endsWith('/palette.html'));
  try {
    await expect
      .poll(async () => frame()?.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT'), {
        timeout,
      })
      .toBe(true);
  } catch (error) {
    // Where things stood, for the log: which element had the focus, whether the palette showed.
    const state = await page
      .evaluate(() => ({
        focused: `${document.activeElement?.tagName}.${document.activeElement?.className}`,
        pageHasFocus: document.hasFocus(),
        palette: document
          .querySelector('tonlage-palette')
          ?.getAttribute('style')
          ?.match(/visibility:(\w+)/)?.[1],
        // A toast is shown when the palette was refused (seen covered or hidden).
        toast: !!document.querySelector('tonlage-toast'),
      }))
      .catch(String);
    const inFrame = await frame()
      ?.evaluate(() => ({
        hasFocus: document.hasFocus(),
        focused: document.activeElement?.tagName,
        judged: document.body.dataset.judged,
      }))
      .catch(String);
    throw new Error(`The palette did not take the keyboard: ${JSON.stringify({ state, inFrame })}`, { cause: error });
  }
}

export async function stopServiceWorker(ext: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  const workers = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as { type: string; targetId: string; url: string }[]).filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
    );
  for (const w of await workers()) await cdp.send('Target.closeTarget', { targetId: w.targetId });
  await expect.poll(async () => (await workers()).length).toBe(0);
  await cdp.detach();
}
