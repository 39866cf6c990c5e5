import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { FIXTURES_DIR, headersFor, replicaFileFor, ROOT } from '../browser';
import { browserPath } from '../browser-path';
import { zendeskApi } from '../zendesk-api';
import { extensionFrame, shadowText } from './firefox-frames';
import { firefoxPolicy } from './managed';
import type { Driver, LaunchOptions, Surface, Tab } from './types';

// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built add-on
// installed as a temporary extension and the replica pages answered at their real URLs
// through request interception (the same files as tests/e2e/browser.ts serves Chromium).

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
// Pinned so tests can open the extension's pages: Firefox otherwise picks a random one per profile.
const UUID = '6d1b0e0c-1f7e-4b7a-9a51-7a0d3c2f4e11';
const ORIGIN = `moz-extension://${UUID}`;
const GECKO_ID = 'tonlage@tonlage.app';
const REPLICA_HOSTS = /^https?:\/\/([\w-]+\.zendesk\.com|mail\.google\.com|shop\.example\.test)\//;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function surface(target: Page | Frame): Surface {
  return {
    evaluate: (fn, arg) => target.evaluate(fn as (a: unknown) => never, arg as never),
    click: async (selector) => {
      await target.locator(selector).click();
    },
    fill: async (selector, value) => {
      await target.locator(selector).fill(value);
    },
    upload: async (selector, file) => {
      const input = (await target.waitForSelector(selector)) as ElementHandle<HTMLInputElement> | null;
      await input!.uploadFile(file);
    },
  };
}

async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+').map((k) => (k === 'Space' ? ' ' : k)) as KeyInput[];
  for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(keys.at(-1)!);
  for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
}

function tab(page: Page, browser: Browser): Tab {
  return {
    ...surface(page),
    get url() {
      return page.url();
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => press(page, key),
    async frameByUrl(urlEnd) {
      const frame = page.frames().find((f) => f.url().endsWith(urlEnd));
      return frame ? surface(frame) : extensionFrame(browser, page, urlEnd);
    },
    shadowText: (selector) => shadowText(browser, page, selector),
    screenshot: (clip) => page.screenshot({ clip, encoding: 'base64' }),
    async frameOf(selector) {
      const frame = await (await page.waitForSelector(selector))?.contentFrame();
      if (!frame) throw new Error(`${selector} is no frame`);
      return surface(frame);
    },
    front: () => page.bringToFront(),
    resize: (width, height) => page.setViewport({ width, height }),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}

async function serveReplicas(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!REPLICA_HOSTS.test(request.url())) return void request.continue();
    const api = zendeskApi.answer(new URL(request.url()), request.headers());
    if (api === 'abort') return void request.abort('internetdisconnected');
    if (api) return void request.respond({ status: api.status, headers: api.headers, body: api.body });
    const file = replicaFileFor(new URL(request.url()));
    if (!file) return void request.respond({ status: 404, body: 'not in the replica' });
    void request.respond({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      // The strict pages' policies (issue #16), as the Chromium driver serves them.
      headers: headersFor(new URL(request.url())),
      body: readFileSync(file),
    });
  });
}

/** An extension page: Firefox may never settle the navigation itself, so wait on the document. */
async function gotoExtension(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  // Evaluating while the document is being replaced can fail: that is "not yet".
  const loaded = () =>
    page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
  while (!(await loaded())) {
    if (Date.now() > deadline) throw new Error(`${url} never finished loading`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error('Build the Firefox add-on first: npm run build:firefox');
  if (!existsSync(FIXTURES_DIR)) throw new Error('Build the replica pages first: npm run build:fixtures');
  const policy = options.managed ? firefoxPolicy(GECKO_ID, options.managed) : undefined;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    // The team-pack server (../pack-server.ts) has a certificate made for the run.
    acceptInsecureCerts: true,
    ...(policy ? { env: { ...process.env, ...policy.env } } : {}),
    executablePath: browserPath('firefox'),
    headless: true,
    // Lets the driver reach moz-extension:// documents.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Headless Firefox cannot show the prompt of permissions.request (enabling a site).
      'extensions.webextOptionalPermissionPrompts': false,
      'devtools.console.stdout.chrome': !!process.env.E2E_CONSOLE,
      'devtools.console.stdout.content': !!process.env.E2E_CONSOLE,
      ...policy?.prefs,
    },
    dumpio: !!process.env.E2E_CONSOLE,
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  // A page of the extension's own, kept open, runs privileged code (Firefox's background
  // page is not reachable over BiDi).
  const control = await browser.newPage();
  await gotoExtension(control, `${ORIGIN}/palette.html`);
  const privileged: Driver['privileged'] = (fn, arg) => control.evaluate(fn as (a: unknown) => never, arg as never);
  const deadline = Date.now() + 20_000;
  while (!(await privileged(async () => !!(await chrome.storage.local.get('starterState')).starterState))) {
    if (Date.now() > deadline) throw new Error('The starter library was never installed.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const driver: Driver = {
    name: 'firefox',
    origin: ORIGIN,
    async open(url) {
      const page = await browser.newPage();
      await serveReplicas(page);
      await page.goto(url);
      await page.waitForSelector('html[data-replica-ready="true"]');
      return tab(page, browser);
    },
    blank: async () => tab(await browser.newPage(), browser),
    async extensionPage(path) {
      const page = await browser.newPage();
      await gotoExtension(page, `${ORIGIN}/${path}`);
      return tab(page, browser);
    },
    async tabIdOf(t) {
      await t.front();
      return privileged(async () => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (active?.id === undefined) throw new Error('no active tab');
        return active.id;
      });
    },
    privileged,
    close: () => browser.close().finally(() => policy?.remove()),
  };
  return driver;
}
