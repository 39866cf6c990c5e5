import { browser } from 'wxt/browser';

// Sites the agent enables beyond Zendesk and Gmail. The page that enables a site asks for
// the optional host permission (the browser requires a click for that); the background
// then registers the content script for that origin only. Disabling reverses both.

export const SCRIPT_PREFIX = 'tonlage-site:';

/** "https://shop.example.com/some/path" → "https://shop.example.com/*"; null for non-web URLs. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${host}/*`;
  } catch {
    return null;
  }
}

/** Makes the registered content scripts match `patterns` exactly (and only where permission was granted). */
export async function syncSiteScripts(patterns: string[]): Promise<string[]> {
  const granted = await Promise.all(patterns.map((p) => browser.permissions.contains({ origins: [p] })));
  const wanted = patterns.filter((_, i) => granted[i]);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX));
  const stale = ours.filter((s) => !wanted.includes(s.id.slice(SCRIPT_PREFIX.length))).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = wanted.filter((p) => !ours.some((s) => s.id === SCRIPT_PREFIX + p));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((pattern) => ({
        id: SCRIPT_PREFIX + pattern,
        matches: [pattern],
        js: ['content-scripts/helpdesk.js'],
        // As the manifest's helpdesk script: keys are watched from the start (entrypoints/helpdesk.content.ts).
        runAt: 'document_start' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return wanted;
}
