// Which Zendesk a page belongs to: the shelf is per subdomain (acme.zendesk.com → "acme").

export const zendeskShelfId = (subdomain: string) => `zendesk:${subdomain}`;

/** "acme" for a page on https://acme.zendesk.com; undefined for any other URL. */
export function subdomainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:') return undefined;
    return hostname.match(/^([a-z0-9][a-z0-9-]*)\.zendesk\.com$/i)?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}
