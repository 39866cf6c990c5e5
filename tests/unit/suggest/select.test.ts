import { describe, expect, it } from 'vitest';
import { selectSuggestions } from '@/lib/suggest/select';
import type { Snippet } from '@/lib/db/schema';
import { STARTER_SNIPPETS } from '../../fixtures/starter-snippets';

let n = 0;
function snippet(over: Partial<Snippet>): Snippet {
  n++;
  return {
    id: `s${n}`,
    title: `Snippet ${n}`,
    body: 'Text',
    format: 'text',
    tags: [],
    language: 'de',
    moods: [],
    createdAt: 0,
    updatedAt: 0,
    useCount: 0,
    ...over,
  };
}

const starter: Snippet[] = STARTER_SNIPPETS;

describe('selectSuggestions', () => {
  it('suggests only snippets made for the moods, in the conversation language or any', () => {
    const list = [
      snippet({ title: 'grief de', moods: ['grief'] }),
      snippet({ title: 'grief en', moods: ['grief'], language: 'en' }),
      snippet({ title: 'grief any', moods: ['grief'], language: 'any' }),
      snippet({ title: 'anger de', moods: ['anger'] }),
    ];
    const { templates } = selectSuggestions(list, [{ label: 'grief', strength: 0.7 }], { language: 'de' });
    expect(templates.map((s) => s.snippet.title).sort()).toEqual(['grief any', 'grief de']);
    expect(templates[0]!.matched).toEqual(['grief']);
  });

  it('keeps one variant per group: the conversation language, Sie before du', () => {
    const group = 'starter:x';
    const list = [
      snippet({ title: 'du', moods: ['anger'], tags: ['du'], variantGroup: group }),
      snippet({ title: 'Sie', moods: ['anger'], variantGroup: group }),
      snippet({ title: 'en', moods: ['anger'], language: 'en', variantGroup: group }),
    ];
    const de = selectSuggestions(list, [{ label: 'anger', strength: 0.5 }], { language: 'de' });
    expect(de.templates.map((s) => s.snippet.title)).toEqual(['Sie']);
    const en = selectSuggestions(list, [{ label: 'anger', strength: 0.5 }], { language: 'en' });
    expect(en.templates.map((s) => s.snippet.title)).toEqual(['en']);
  });

  it('ranks snippets matching more and stronger moods first, and separates phrases', () => {
    const list = [
      snippet({ title: 'weak', moods: ['urgency'] }),
      snippet({ title: 'both', moods: ['anger', 'urgency'] }),
      snippet({ title: 'strong', moods: ['anger'] }),
      snippet({ title: 'phrase', moods: ['anger'], tags: ['phrase', 'apology'] }),
    ];
    const moods = [
      { label: 'anger' as const, strength: 0.8 },
      { label: 'urgency' as const, strength: 0.4 },
    ];
    const { templates, phrases } = selectSuggestions(list, moods, { language: 'de' });
    expect(templates.map((s) => s.snippet.title)).toEqual(['both', 'strong', 'weak']);
    expect(templates[0]!.matched).toEqual(['anger', 'urgency']);
    expect(phrases.map((s) => s.snippet.title)).toEqual(['phrase']);
  });

  it('suggests the pet condolence template and condolence phrases for the grief ticket', () => {
    const text =
      'unser Mops Bello ist letzte Woche gestorben. Wir haben noch einen Sack Futter. Kann ich ihn zurückgeben?';
    const { templates, phrases } = selectSuggestions(
      starter,
      [
        { label: 'grief', strength: 0.7 },
        { label: 'cancellation', strength: 0.64 },
      ],
      { language: 'de', messageText: text },
    );
    expect(templates[0]!.snippet.title).toBe('Haustier verstorben: Futter spenden statt zurückschicken');
    expect(templates.every((s) => s.snippet.language === 'de')).toBe(true);
    expect(phrases.some((s) => s.snippet.body === 'Mein herzliches Beileid.')).toBe(true);
  });
});
