// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generic } from '@/lib/sites/generic';
import { loadFixture } from './load';

describe('generic adapter (sites the agent enabled)', () => {
  it('treats every editable field as a reply box, except read-only ones', () => {
    const doc = loadFixture('generic', 'https://shop.example.test/kontakt');
    expect(generic.findReplyBoxes(doc).map((b) => b.id)).toEqual(['message', 'editor']);
  });

  it('offers what the page has: its title and address', () => {
    const doc = loadFixture('generic', 'https://shop.example.test/kontakt');
    const context = generic.readContext(doc, doc.getElementById('message')!);
    expect(context).toMatchObject({
      conversationKey: 'generic:shop.example.test/kontakt',
      subject: 'Kontaktformular – Beispielshop',
      customer: {},
    });
  });
});
