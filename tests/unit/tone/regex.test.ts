import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/tone/index';
import { compileEdges } from '../../../lib/tone/regex';
import { rx } from '../../../lib/tone/text';

// The word-edge rewrite must be exact: same matches as the general Unicode-aware edge.
const L = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';
const general = (source: string) => new RegExp(source.replace(/\\b/g, `(?:(?<=${L})(?!${L})|(?<!${L})(?=${L}))`), 'gi');
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('compileEdges', () => {
  it('uses one cheap lookaround where the pattern fixes the other side', () => {
    expect(compileEdges('\\b(?:foo|bar)\\b')).toBe(`(?<!${L})(?:foo|bar)(?!${L})`);
    expect(compileEdges('\\b100 ?(?:%|x)\\b')).toContain('(?<=');
  });

  it('matches exactly what the general edge matches', () => {
    const sources = [
      '\\b(?:ärger|frust\\w*)\\b',
      '\\bnicht (?:mehr )?da\\b',
      '\\b100 ?(?:%|Prozent)\\b',
      '(?:a|\\.)\\b\\w*',
      '\\b(?:x?)\\b',
      '!{3,}|\\bok\\b',
    ];
    const texts = [
      'Ärger, Frust! Großärger frustriert',
      'ist nicht mehr da. nicht da!',
      '100 % und 100Prozent',
      'a.b .c ab.',
      'x y',
      'ok!!! okay',
    ];
    for (const s of sources) for (const t of texts) expect(all(rx(s), t)).toEqual(all(general(s), t));
  });
});

describe('valence of reviews', () => {
  it('scores German compounds by their negative head', () => {
    expect(analyzeMessage('Totales Lieferchaos bei euch.').valence.label).toBe('negative');
    expect(analyzeMessage('Servicewüste pur.').valence.label).toBe('negative');
    expect(analyzeMessage('Der Stollen schmeckt gut.').valence.label).toBe('positive');
  });

  it('reads calm complaints and short reviews', () => {
    expect(analyzeMessage('Seit zwei Wochen warte ich auf mein Paket.').valence.label).toBe('negative');
    expect(analyzeMessage("Still hasn't arrived.", { uiLanguage: 'de' }).valence.label).toBe('negative');
    expect(analyzeMessage('Not worth it.', { uiLanguage: 'de' }).valence.label).toBe('negative');
    expect(analyzeMessage('Arrived broken.', { uiLanguage: 'de' }).valence.label).toBe('negative');
    expect(analyzeMessage('Top!').valence.label).toBe('positive');
    expect(analyzeMessage('Super schnell geliefert, gerne wieder').valence.label).toBe('positive');
    expect(analyzeMessage('Works as described, happy').valence.label).toBe('positive');
    expect(analyzeMessage('Wann kommt meine Bestellung?').valence.label).toBe('neutral');
    expect(analyzeMessage('How do I request a refund?').valence.label).toBe('neutral');
  });
});
