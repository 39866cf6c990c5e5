import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Driver, LaunchOptions } from './types';

export type { Driver, LaunchOptions, Tab, Surface } from './types';

// The browsers the cross-browser specs run in: both by default, or E2E_BROWSERS=firefox.
const LAUNCH: Record<BrowserName, (options?: LaunchOptions) => Promise<Driver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
const chosen = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
export const BROWSERS = (Object.keys(LAUNCH) as BrowserName[]).filter((name) => chosen.includes(name));

export const launch = (name: BrowserName, options?: LaunchOptions) => LAUNCH[name](options);
