// The subset of WebExtension match patterns the adapters use ("https://*.host/path*"), as a
// predicate. Hand-written because the content script must stay within its 30 KB budget;
// tests/unit/sites/pattern.test.ts checks it agrees with @webext-core/match-patterns.

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

export function patternPredicate(pattern: string): (url: URL) => boolean {
  const parts = /^(https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme, anySub, host, path] = parts as unknown as [string, string, string | undefined, string, string];
  const hostRe = new RegExp(`^${anySub ? '(?:[^.]+\\.)*' : ''}${escape(host)}$`);
  const pathRe = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return (url) => url.protocol === `${scheme}:` && hostRe.test(url.hostname) && pathRe.test(url.pathname + url.search);
}
