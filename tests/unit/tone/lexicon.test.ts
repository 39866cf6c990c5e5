import { describe, expect, it } from 'vitest';
import { DE, EN } from '../../../lib/tone/language';
import { weightOf } from '../../../lib/tone/lexicon';
import { OWN_LEXICON, parseLexicon } from '../../../lib/tone/lexicon-data';
import { foldWord } from '../../../lib/tone/text';

function lemmas(lang: 'de' | 'en'): Map<string, number> {
  const out = new Map<string, number>();
  for (const data of OWN_LEXICON[lang])
    for (const l of parseLexicon(data)) for (const w of l.words) out.set(w, l.weight);
  return out;
}

describe('lexicon data', () => {
  it('every data file passes the schema', () => {
    for (const lang of ['de', 'en'] as const)
      for (const data of OWN_LEXICON[lang]) expect(() => parseLexicon(data)).not.toThrow();
    expect(() => parseLexicon('-7: kaputt')).toThrow();
    expect(() => parseLexicon('-2: Kaputt')).toThrow();
  });

  it('the German lexicon has a real size and no function words', () => {
    const de = lemmas('de');
    expect(de.size).toBeGreaterThanOrEqual(1500);
    // Function words that do carry a feeling, on purpose.
    const evaluative = new Set(['leider', 'danke', 'dank', 'guten']);
    const closed = [...de.keys()].filter((w) => !evaluative.has(w) && DE.has(foldWord(w.replace(/\*$/, ''))));
    expect(closed).toEqual([]);
    const evaluativeEn = new Set([
      'sorry',
      'unfortunately',
      'thanks',
      'thank',
      'cheers',
      'welcome',
      'never',
      'still',
      'again',
      'best',
    ]);
    const en = [...lemmas('en').keys()].filter((w) => !evaluativeEn.has(w) && EN.has(foldWord(w.replace(/\*$/, ''))));
    expect(en).toEqual([]);
  });
});

describe('morphology', () => {
  it('matches German inflections and compound heads', () => {
    expect(weightOf('verspätungen', 'de')).toBeLessThan(0);
    expect(weightOf('zugverspätungen', 'de')).toBeLessThan(0);
    expect(weightOf('enttäuschenden', 'de')).toBeLessThan(0);
    expect(weightOf('kaputten', 'de')).toBeLessThan(0);
    // Umlauts are kept apart: "schon" is not "schön", "sich" not "sicher".
    expect(weightOf('schon', 'de')).toBe(0);
    expect(weightOf('sich', 'de')).toBe(0);
  });

  it('matches English inflections from VADER and our list, not derivations', () => {
    expect(weightOf('disappoints', 'en')).toBeLessThan(0);
    expect(weightOf('infuriates', 'en')).toBeLessThan(0);
    expect(weightOf('please', 'en')).toBe(0);
  });
});
