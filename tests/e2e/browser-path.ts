import { type BrowserName, resolveBrowser, thisMachine } from '../tools/browsers';

/** The binary the tests launch; `npm run browsers` installs or explains a missing one first. */
export function browserPath(name: BrowserName): string {
  const found = resolveBrowser(name, thisMachine());
  // Resolved lazily at launch, so a spec for the other browser still loads.
  return found.kind === 'found' ? found.path : `/missing/${name} (run: npm run browsers)`;
}
