import type { SiteId } from '../../lib/sites/registry';
import { GMAIL_URL, ZENDESK_URL } from './browser';

/**
 * The replica page of each site adapter, under a URL the adapter serves. The type makes every
 * adapter name one; tests/unit/sites/registry.test.ts checks that the page exists, is served
 * at that URL, and that an end-to-end spec opens it (`SITE_REPLICAS.<id>`).
 */
export const SITE_REPLICAS = {
  zendesk: `${ZENDESK_URL}4711`,
  gmail: GMAIL_URL,
  // A site the agent enables by hand: a Zendesk help center stands for "any other site".
  generic: 'https://help.zendesk.com/hc/de/requests/new',
} as const satisfies Record<SiteId, string>;
