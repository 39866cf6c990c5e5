import { describe, expect, it } from 'vitest';
import {
  boost,
  EXACT_SHORTCUT_BONUS,
  finalScore,
  frequencyBoost,
  languageBoost,
  matchQuality,
  moodBoost,
  recencyBoost,
} from '../../../lib/search/rank';

const DAY = 86_400_000;

describe('ranking functions', () => {
  it.each([
    ['de', 'de', 1.3],
    ['any', 'de', 1.15],
    ['en', 'de', 0.75],
    ['en', undefined, 1],
  ] as const)('languageBoost(%s, %s) = %d', (snippet, conversation, expected) => {
    expect(languageBoost(snippet, conversation)).toBe(expected);
  });

  it.each([
    [['anger'], ['anger', 'urgency'], 1.4],
    [['grief'], ['anger'], 1],
    [[], ['anger'], 1],
    [['anger'], undefined, 1],
  ] as const)('moodBoost(%j, %j) = %d', (snippetMoods, current, expected) => {
    expect(moodBoost(snippetMoods, current)).toBe(expected);
  });

  it('prefers frequent and recent use, with diminishing returns', () => {
    expect(frequencyBoost(0)).toBe(1);
    expect(frequencyBoost(10)).toBeGreaterThan(frequencyBoost(1));
    expect(frequencyBoost(1000) - frequencyBoost(500)).toBeLessThan(frequencyBoost(10) - frequencyBoost(0));
    expect(recencyBoost(1000, 1000)).toBeCloseTo(1.3);
    expect(recencyBoost(0, 7 * DAY)).toBeCloseTo(1.15);
    expect(recencyBoost(undefined, 0)).toBe(1);
  });

  it('orders matches: exact > long prefix > short prefix > typo', () => {
    const order = [
      matchQuality('exact', 6, 6),
      matchQuality('prefix', 5, 6),
      matchQuality('prefix', 2, 12),
      matchQuality('fuzzy', 6, 6),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  // Vimium-style: for each case, candidates in the order they must rank.
  const now = 100 * DAY;
  const base = { language: 'any' as const, moods: [], useCount: 0 };
  it.each([
    [
      'conversation language wins',
      { language: 'de' as const },
      [{ ...base, language: 'de' as const }, base, { ...base, language: 'en' as const }],
    ],
    ['mood match wins', { moods: ['anger' as const] }, [{ ...base, moods: ['anger' as const] }, base]],
    ['frequent wins', {}, [{ ...base, useCount: 50 }, { ...base, useCount: 3 }, base]],
    ['recent wins', { now }, [{ ...base, lastUsedAt: now - DAY }, { ...base, lastUsedAt: now - 30 * DAY }, base]],
  ])('%s', (_name, ctx, ranked) => {
    const scores = ranked.map((s) => boost(s, ctx));
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]).toBeGreaterThan(scores[i] ?? 0);
  });

  it('puts an exact shortcut above any other score', () => {
    expect(finalScore(0.1, 0.5, true)).toBeGreaterThan(finalScore(100, 3, false));
    expect(EXACT_SHORTCUT_BONUS).toBeGreaterThan(100 * 3);
  });
});
