// What the cross-browser specs (tests/e2e/both) need from a browser: Playwright drives
// Chromium, puppeteer-core drives Firefox over WebDriver BiDi. Elements are found by CSS;
// anything finer (a label's text, a button's name) goes through `mark` in ./dom.ts, so
// both drivers only ever click, type and evaluate.

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /** What the extension's managed storage holds, set the way an admin would (./managed.ts). */
  managed?: Record<string, unknown>;
  /** The local team-pack server (../pack-server.ts): Chromium reaches it as PACK_HOST and trusts its key. */
  packServer?: { port: number; spki: string };
}

/** A page or a frame in it. `fn` runs in the page's own world and must be self-contained. */
export interface Surface {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A real mouse click on the first element matching `selector` (waits until there is one). */
  click(selector: string): Promise<void>;
  /** Focuses the field and replaces its value the way typing would (input events). */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses a file in the <input type=file> matching `selector`, as the file picker does. */
  upload(selector: string, file: string): Promise<void>;
}

export interface Tab extends Surface {
  readonly url: string;
  /** Types through the keyboard into whatever has the focus. */
  type(text: string): Promise<void>;
  /** One key or chord, Playwright-style: 'Enter', 'Control+Shift+Space'. */
  press(key: string): Promise<void>;
  /** The child frame whose URL ends with `urlEnd`, if it exists now (the palette). */
  frameByUrl(urlEnd: string): Promise<Surface | undefined>;
  /** The text the agent sees in the elements matching `selector`, closed shadow roots included (Tonlage's toast). */
  shadowText(selector: string): Promise<string>;
  /** What the agent sees in that part of the window, as a PNG (base64): for comparing two moments. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<string>;
  /** The document inside the iframe matching `selector` (TinyMCE's editing frame). */
  frameOf(selector: string): Promise<Surface>;
  /** Sets the size of the page's viewport (the window the agent sees), in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  front(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The origin of the extension's pages: chrome-extension://ID or moz-extension://UUID. */
  readonly origin: string;
  /** A replica page at its real URL, once its editors are ready. */
  open(url: string): Promise<Tab>;
  blank(): Promise<Tab>;
  extensionPage(path: string): Promise<Tab>;
  /** The extension's id for `tab` (the tab is made the active one to find it). */
  tabIdOf(tab: Tab): Promise<number>;
  /** Runs `fn` with the extension's privileges (`globalThis.browser` / `chrome` available). */
  privileged<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}
