import { createRequire } from 'node:module';
import { analyzeMessage, checkDraft } from '../../lib/tone/index';
import { loadDrafts, loadFeedback, loadMessages } from '../eval/sets';
import { DRAFTS } from '../fixtures/tone/drafts';
import { MESSAGES } from '../fixtures/tone/messages';
import type { BenchResult } from './types';

// Time of analyzeMessage + checkDraft per 1,000 characters (issue #20 target: ≤ 0.3 ms with
// the large lexicons of #14), beside VADER-JS (vader-sentiment, valence only) on the same
// texts in the same run. Corpus: the labelled fixtures, the dev part of the frozen sets, texts
// made of 12 of them, and pasted threads of ~20,000 characters (each assembled from different
// texts). Runs of ours and of VADER alternate, so both see the same machine load; the median
// per-run figure after a warm-up is reported, overall, for short texts and for long threads.

const require = createRequire(import.meta.url);
const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): unknown } })
  .SentimentIntensityAnalyzer;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const LONG_CHARS = 20_000;

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

const ours = (t: string) => {
  analyzeMessage(t);
  checkDraft(t, { customerMoods: ['anger'], customerName: 'Anna Berg' });
};
const reference = (t: string) => vader.polarity_scores(t);

function measure(corpus: readonly string[], runs: number): { ours: number; vader: number } {
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const time = (f: (t: string) => unknown) => {
    const t0 = performance.now();
    for (const t of corpus) f(t);
    return ((performance.now() - t0) / chars) * 1000;
  };
  for (let i = 0; i < 3; i++) {
    time(ours);
    time(reference);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(time(ours));
    b.push(time(reference));
  }
  return { ours: median(a), vader: median(b) };
}

export default async function (): Promise<BenchResult[]> {
  const short = [
    ...MESSAGES.map((m) => m.text),
    ...DRAFTS.map((d) => d.text),
    ...loadMessages('dev').map((m) => m.text),
    ...loadFeedback('dev').map((f) => f.text),
    ...loadDrafts('dev').map((d) => d.text),
  ];
  const joined: string[] = [];
  for (let i = 0; i < short.length; i += 12) joined.push(short.slice(i, i + 12).join('\n\n'));
  const threads = longThreads(short, 4);
  const corpus = [...short, ...joined, ...threads];
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const result = (name: string, m: { ours: number; vader: number }): BenchResult => ({
    name,
    value: m.ours,
    unit: 'ms/1k chars',
    reference: { name: 'VADER-JS', value: m.vader },
    target: '<= 0.3 ms/1k chars',
    pass: m.ours <= 0.3,
  });
  return [
    result(`tone: analyzeMessage + checkDraft (${corpus.length} texts, ${chars} chars)`, measure(corpus, 15)),
    result(`tone: short texts only (${short.length} texts)`, measure(short, 15)),
    result(`tone: pasted threads (${threads.length} × ~${LONG_CHARS} chars)`, measure(threads, 15)),
  ];
}
