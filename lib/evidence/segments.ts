import type { Mood } from '../db/schema';
import type { MoodFinding, SetAside, SetAsideKind } from '../tone';

// Splits a message into plain and highlighted parts for the evidence of the customer's moods.

export interface Segment {
  text: string;
  /** The moods whose evidence covers this part; absent for plain text. */
  moods?: Mood[];
  /** The part was set aside (greeting, signature, quoted history…): not read as evidence. */
  aside?: SetAsideKind;
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

/**
 * The message as a sequence of plain, marked and set-aside segments; joined, they are the text
 * again. Evidence never lies in a set-aside part, so a segment is one or the other.
 */
export function highlightSegments(
  text: string,
  moods: readonly MoodFinding[],
  setAside: readonly SetAside[] = [],
): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  const plain = (end: number) => {
    for (const a of setAside) {
      const start = Math.max(at, a.start);
      const stop = Math.min(end, a.end);
      if (stop <= start) continue;
      if (start > at) segments.push({ text: text.slice(at, start) });
      segments.push({ text: text.slice(start, stop), aside: a.kind });
      at = stop;
    }
    if (end > at) segments.push({ text: text.slice(at, end) });
    at = Math.max(at, end);
  };
  for (const range of markedRanges(text.length, moods)) {
    plain(range.start);
    segments.push({ text: text.slice(range.start, range.end), moods: range.moods });
    at = range.end;
  }
  plain(text.length);
  return segments;
}

/** The kinds of parts set aside, each once, in text order. */
export function setAsideKinds(setAside: readonly SetAside[]): SetAsideKind[] {
  return [...new Set(setAside.map((a) => a.kind))];
}

/** The evidence of one mood as the agent reads it: 'ist gestorben', '!!!'. */
export function evidenceQuote(mood: Pick<MoodFinding, 'evidence'>, max = 3): string {
  const unique = [...new Set(mood.evidence.map((e) => e.text.trim()).filter(Boolean))];
  return unique
    .slice(0, max)
    .map((e) => `‘${e}’`)
    .join(', ');
}
