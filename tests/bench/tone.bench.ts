import { analyzeMessage, checkDraft } from '../../lib/tone/index';
import { DRAFTS } from '../fixtures/tone/drafts';
import { MESSAGES } from '../fixtures/tone/messages';
import type { BenchResult } from './types';

// Median time of analyzeMessage + checkDraft per 1,000 characters (issue #6 target: ≤ 1 ms),
// over a mixed corpus: every labelled message and draft, plus long texts made of them.

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export default async function (): Promise<BenchResult[]> {
  const short = [...MESSAGES.map((m) => m.text), ...DRAFTS.map((d) => d.text)];
  const long: string[] = [];
  for (let i = 0; i < short.length; i += 12) long.push(short.slice(i, i + 12).join('\n\n'));
  const corpus = [...short, ...long];
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const pass = () => {
    for (const t of corpus) {
      analyzeMessage(t);
      checkDraft(t, { customerMoods: ['anger'], customerName: 'Anna Berg' });
    }
  };
  for (let i = 0; i < 3; i++) pass(); // warm up the JIT
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    pass();
    runs.push(((performance.now() - t0) / chars) * 1000);
  }
  const value = median(runs);
  return [
    {
      name: `tone: analyzeMessage + checkDraft (${corpus.length} texts, ${chars} chars)`,
      value,
      unit: 'ms/1k chars',
      target: '<= 1 ms/1k chars',
      pass: value <= 1,
    },
  ];
}
