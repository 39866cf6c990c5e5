import { type BrowserName, BROWSERS, ensureBrowser } from './browsers';

// `node --import tsx tests/tools/ensure-browsers.ts chromium firefox`: run before the
// end-to-end tests and the demo. Exits 1 with one line per missing browser.

const names = process.argv.slice(2).filter((n): n is BrowserName => n in BROWSERS);
const missing = names.filter((name) => ensureBrowser(name) === undefined);
process.exitCode = missing.length ? 1 : 0;
