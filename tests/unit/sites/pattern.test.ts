import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, HELPDESK_HOSTS } from '@/lib/sites/registry';
import { patternPredicate } from '@/lib/sites/pattern';

// The content script's small pattern matcher must say what the browser's match patterns
// say (@webext-core/match-patterns implements the WebExtension rules).

const URLS = [
  'https://acme.zendesk.com/agent/tickets/1',
  'https://acme.zendesk.com/agent/',
  'https://zendesk.com/agent/x',
  'https://a.b.zendesk.com/agent/filters/2?x=1',
  'https://acme.zendesk.com/hc/de',
  'https://acme.zendesk.com/agentx',
  'https://zendesk.com.evil.example/agent/',
  'https://evilzendesk.com/agent/',
  'http://acme.zendesk.com/agent/tickets/1',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/',
  'https://mail.google.com.evil.example/',
  'https://xmail.google.com/',
  'https://shop.example.test/kontakt',
];

describe('patternPredicate', () => {
  const patterns = [...ADAPTERS.flatMap((a) => a.pages), ...HELPDESK_HOSTS];
  it.each(patterns)('%s agrees with the WebExtension rules', (pattern) => {
    const reference = new MatchPattern(pattern);
    const ours = patternPredicate(pattern);
    for (const url of URLS) expect(ours(new URL(url)), url).toBe(reference.includes(url));
  });

  it('refuses patterns it does not implement', () => {
    expect(() => patternPredicate('<all_urls>')).toThrow(/Unsupported/);
  });
});
