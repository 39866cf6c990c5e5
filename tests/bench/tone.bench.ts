import { analyzeMessage, checkDraft } from '../../lib/tone/index';
import { DRAFTS } from '../fixtures/tone/drafts';
import { MESSAGES } from '../fixtures/tone/messages';
import type { BenchResult } from './types';

// Median time of analyzeMessage + checkDraft per 1,000 characters (issue #6 target: ≤ 1 ms),
// over a mixed corpus: every labelled message and draft, texts made of 12 of them, and pasted
// threads of ~20,000 characters (each assembled from different texts, so no two are equal).
// Each run times the whole corpus; the median of the runs after the JIT warm-up is reported,
// overall and separately for short texts and for the ~20,000-character threads, so that a
// cost growing faster than the text length shows up.

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const LONG_CHARS = 20_000;

/** Long pastes: texts taken in a stride so that each thread mixes moods and languages. */
function longThreads(short: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    let length = 0;
    for (let j = k * 37; length < LONG_CHARS; j += 7 + k) {
      const t = short[j % short.length]!;
      parts.push(t);
      length += t.length + 2;
    }
    out.push(parts.join('\n\n'));
  }
  return out;
}

function measure(corpus: readonly string[], runs: number): number {
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const pass = () => {
    for (const t of corpus) {
      analyzeMessage(t);
      checkDraft(t, { customerMoods: ['anger'], customerName: 'Anna Berg' });
    }
  };
  for (let i = 0; i < 3; i++) pass(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    pass();
    times.push(((performance.now() - t0) / chars) * 1000);
  }
  return median(times);
}

export default async function (): Promise<BenchResult[]> {
  const short = [...MESSAGES.map((m) => m.text), ...DRAFTS.map((d) => d.text)];
  const joined: string[] = [];
  for (let i = 0; i < short.length; i += 12) joined.push(short.slice(i, i + 12).join('\n\n'));
  const threads = longThreads(short, 4);
  const corpus = [...short, ...joined, ...threads];
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const value = measure(corpus, 15);
  const shortValue = measure(short, 15);
  const threadValue = measure(threads, 15);
  const target = (v: number) => ({ target: '<= 1 ms/1k chars', pass: v <= 1 });
  return [
    {
      name: `tone: analyzeMessage + checkDraft (${corpus.length} texts, ${chars} chars)`,
      value,
      unit: 'ms/1k chars',
      ...target(value),
    },
    {
      name: `tone: short texts only (${short.length} texts)`,
      value: shortValue,
      unit: 'ms/1k chars',
      ...target(shortValue),
    },
    {
      name: `tone: pasted threads (${threads.length} × ~${LONG_CHARS} chars)`,
      value: threadValue,
      unit: 'ms/1k chars',
      ...target(threadValue),
    },
  ];
}
