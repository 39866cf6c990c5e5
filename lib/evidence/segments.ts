import type { Mood } from '../db/schema';
import type { MoodFinding } from '../tone';

// Splits a message into plain and highlighted parts for the evidence of the customer's moods.

export interface Segment {
  text: string;
  /** The moods whose evidence covers this part; absent for plain text. */
  moods?: Mood[];
}

interface Marked {
  start: number;
  end: number;
  moods: Mood[];
}

/** Evidence spans clipped to the text, sorted, with overlapping spans merged. */
export function markedRanges(length: number, moods: readonly MoodFinding[]): Marked[] {
  const spans = moods
    .flatMap((m) =>
      m.evidence.map((e) => ({ start: Math.max(0, e.start), end: Math.min(length, e.end), mood: m.label })),
    )
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Marked[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.moods.includes(span.mood)) last.moods.push(span.mood);
    } else {
      merged.push({ start: span.start, end: span.end, moods: [span.mood] });
    }
  }
  return merged;
}

/** The message as a sequence of plain and marked segments; joined, they are the text again. */
export function highlightSegments(text: string, moods: readonly MoodFinding[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const range of markedRanges(text.length, moods)) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({ text: text.slice(range.start, range.end), moods: range.moods });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The evidence of one mood as the agent reads it: 'ist gestorben', '!!!'. */
export function evidenceQuote(mood: MoodFinding, max = 3): string {
  const unique = [...new Set(mood.evidence.map((e) => e.text.trim()).filter(Boolean))];
  return unique
    .slice(0, max)
    .map((e) => `‘${e}’`)
    .join(', ');
}
