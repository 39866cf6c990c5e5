import { describe, expect, it } from 'vitest';
import { evidenceQuote, highlightSegments } from '@/lib/evidence/segments';
import { analyzeMessage, type MoodFinding } from '@/lib/tone';

const mood = (label: MoodFinding['label'], spans: [number, number][], text: string): MoodFinding => ({
  label,
  strength: 0.6,
  evidence: spans.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
});

describe('highlightSegments', () => {
  it('splits a message into plain and marked parts that join back to the text', () => {
    const text = 'Das ist das DRITTE Mal!!! Sonst Instagram.';
    const moods = [mood('frustration', [[8, 22]], text), mood('anger', [[22, 25]], text)];
    const segments = highlightSegments(text, moods);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.moods).map((s) => s.text)).toEqual(['das DRITTE Mal', '!!!']);
    expect(segments.find((s) => s.text === '!!!')?.moods).toEqual(['anger']);
  });

  it('merges overlapping evidence of several moods into one mark naming both', () => {
    const text = 'I will tell my lawyer and the press';
    const segments = highlightSegments(text, [
      mood('legal_threat', [[15, 21]], text),
      mood('public_threat', [[7, 21]], text),
    ]);
    expect(segments).toEqual([
      { text: 'I will ' },
      { text: 'tell my lawyer', moods: ['public_threat', 'legal_threat'] },
      { text: ' and the press' },
    ]);
  });

  it('ignores spans outside the text and returns the plain text without evidence', () => {
    expect(highlightSegments('kurz', [mood('anger', [[10, 20]], 'kurz')])).toEqual([{ text: 'kurz' }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('marks what the tone engine found in a real grief message', () => {
    const text = 'Guten Tag, unser Mops Bello ist letzte Woche gestorben. Kann ich das Futter zurückgeben?';
    const analysis = analyzeMessage(text, { language: 'de' });
    const marked = highlightSegments(text, analysis.moods).filter((s) => s.moods?.includes('grief'));
    expect(marked.map((s) => s.text).join(' ')).toContain('gestorben');
  });
});

describe('evidenceQuote', () => {
  it('quotes distinct evidence, at most three', () => {
    const text = 'a !!! b !!! c ??? d ... e ;;;';
    const m = mood(
      'anger',
      [
        [2, 5],
        [8, 11],
        [14, 17],
        [20, 23],
        [26, 29],
      ],
      text,
    );
    expect(evidenceQuote(m)).toBe('‘!!!’, ‘???’, ‘...’');
  });
});
