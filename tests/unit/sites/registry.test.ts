import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, HELPDESK_HOSTS, HELPDESK_MATCHES, serves, SITE_IDS } from '@/lib/sites/registry';
import { replicaFileFor } from '../../e2e/browser';
import { SITE_REPLICAS } from '../../e2e/replicas';

// Adding a site means one adapter, one registry line, one replica page and one spec: this
// test fails when an adapter lacks its fixture DOM, its unit spec, its end-to-end replica
// page or an end-to-end spec that opens that replica.

const e2e = join(import.meta.dirname, '../../e2e');
const specs = readdirSync(e2e)
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => readFileSync(join(e2e, f), 'utf8'));

describe('site registry', () => {
  it.each(ADAPTERS.map((a) => a.id))('%s has a fixture DOM and a spec', (id) => {
    expect(existsSync(join(import.meta.dirname, 'fixtures', `${id}.html`)), `fixtures/${id}.html`).toBe(true);
    expect(existsSync(join(import.meta.dirname, `${id}.test.ts`)), `${id}.test.ts`).toBe(true);
  });

  it.each(ADAPTERS.map((a) => a.id))('%s has a replica page served at its URL, opened by an e2e spec', (id) => {
    const page = join(e2e, 'fixtures/pages', id, 'index.html');
    expect(existsSync(page), `tests/e2e/fixtures/pages/${id}/index.html`).toBe(true);
    expect(replicaFileFor(new URL(SITE_REPLICAS[id]))).toMatch(new RegExp(`/${id}/index\\.html$`));
    expect(
      specs.some((spec) => spec.includes(`SITE_REPLICAS.${id}`)),
      `an e2e spec opening SITE_REPLICAS.${id}`,
    ).toBe(true);
  });

  it('picks the specific adapter first and the generic one elsewhere', () => {
    expect(adapterFor(new URL('https://acme.zendesk.com/agent/tickets/1'))?.id).toBe('zendesk');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.id).toBe('gmail');
    expect(adapterFor(new URL('https://shop.example.test/'))?.id).toBe('generic');
  });

  it('derives the ids, the content-script matches and the host permissions from the adapters', () => {
    expect(SITE_IDS).toEqual(ADAPTERS.map((a) => a.id));
    expect(HELPDESK_MATCHES).toEqual(['https://*.zendesk.com/agent/*', 'https://mail.google.com/*']);
    expect(HELPDESK_HOSTS).toEqual(['https://*.zendesk.com/*', 'https://mail.google.com/*']);
    // Only the last adapter may serve any page.
    expect(ADAPTERS.slice(0, -1).every((a) => a.pages.length > 0)).toBe(true);
  });

  it.each(ADAPTERS.filter((a) => a.pages.length > 0))('$id: its pages lie within its hosts', (adapter) => {
    const url = new URL(SITE_REPLICAS[adapter.id]);
    expect(serves(adapter, url)).toBe(true);
    expect(adapter.hosts.some((host) => new MatchPattern(host).includes(url.href))).toBe(true);
    for (const page of adapter.pages) expect(() => new MatchPattern(page)).not.toThrow();
  });

  it('matches the helpdesks and nothing that only looks like them', () => {
    const runs = (url: string) => HELPDESK_MATCHES.some((p) => new MatchPattern(p).includes(url));
    expect(runs('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(runs('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(runs('https://acme.zendesk.com/hc/de')).toBe(false);
    expect(runs('https://zendesk.com.evil.example/agent/')).toBe(false);
    expect(runs('http://acme.zendesk.com/agent/tickets/1')).toBe(false);
    expect(runs('https://mail.google.com.evil.example/')).toBe(false);
  });
});
