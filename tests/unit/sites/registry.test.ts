import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '@/lib/sites/registry';

// Adding a site means one adapter, one registry line, one fixture and one spec: this
// test fails when an adapter lacks its fixture DOM or its spec.

describe('site registry', () => {
  it.each(ADAPTERS.map((a) => a.id))('%s has a fixture DOM and a spec', (id) => {
    expect(existsSync(join(import.meta.dirname, 'fixtures', `${id}.html`)), `fixtures/${id}.html`).toBe(true);
    expect(existsSync(join(import.meta.dirname, `${id}.test.ts`)), `${id}.test.ts`).toBe(true);
  });

  it('picks the specific adapter first and the generic one elsewhere', () => {
    expect(adapterFor(new URL('https://acme.zendesk.com/agent/tickets/1'))?.id).toBe('zendesk');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))?.id).toBe('gmail');
    expect(adapterFor(new URL('https://shop.example.test/'))?.id).toBe('generic');
  });
});
