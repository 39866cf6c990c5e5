import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';

// The catalogue's two tables must say the same things: the same keys, and in each entry the
// same placeholders, so no German text drops a value the English one shows (or the reverse).
// German entries use German typography: „…“ quotes, no straight quotes, the ellipsis sign.

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = (lang: keyof typeof MESSAGES) => Object.entries(MESSAGES[lang]) as [string, string][];

describe('the catalogue', () => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(MESSAGES.de).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = entries('en')
      .filter(
        ([key, en]) => placeholders(en).join() !== placeholders(MESSAGES.de[key as keyof typeof MESSAGES.de]).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('writes German with German quotes and ellipses', () => {
    const wrong = entries('de')
      .filter(([, de]) => /["']|\.\.\./.test(de) || (de.match(/„/g) ?? []).length !== (de.match(/“/g) ?? []).length)
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('has no empty entry', () => {
    expect([...entries('en'), ...entries('de')].filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});
