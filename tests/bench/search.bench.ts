import Fuse from 'fuse.js';
import type { Snippet } from '../../lib/db/schema';
import { createSearchIndex, type SearchIndex } from '../../lib/search';
import { BENCH_QUERIES, generateSnippets } from './corpus/snippets';
import type { BenchResult } from './types';

// Library search, keystroke by keystroke, over a seeded corpus with bodies of 300–1,500
// characters. Runs in node. Fuse.js (its defaults, keys shortcut/title/tags/body) is the
// reference; it is about 100x slower, so it is timed on every 7th keystroke only, and
// the speed-up is computed on exactly those keystrokes.

const WARM_UP = ['kundenkonto', 'invoice copy', 'garantie verl', 'umtausch'];
const OPTIONS = { language: 'de' as const, now: Date.UTC(2026, 3, 1), moods: ['frustration' as const] };
const FUSE_EVERY = 7;

/** Every prefix of every query, as typed. */
function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function build(snippets: Snippet[]): { index: SearchIndex; ms: number } {
  let index: SearchIndex | undefined;
  const ms = time(() => {
    index = createSearchIndex(snippets);
  });
  return { index: index!, ms };
}

function typeAll(index: SearchIndex, strokes: readonly string[]): number[] {
  for (const q of keystrokes(WARM_UP)) index.search(q, OPTIONS);
  return strokes.map((q) => time(() => index.search(q, OPTIONS)));
}

export default async function searchBench(): Promise<BenchResult[]> {
  const strokes = keystrokes(BENCH_QUERIES);
  const sampled = strokes.filter((_, i) => i % FUSE_EVERY === 0);

  const small = generateSnippets(10_000);
  const built = build(small);
  const ours = typeAll(built.index, strokes);
  const oursSampled = ours.filter((_, i) => i % FUSE_EVERY === 0);
  const fuse = new Fuse(small, { keys: ['shortcut', 'title', 'tags', 'body'], includeScore: true });
  const fuseTimes = sampled.map((q) => time(() => fuse.search(q, { limit: 20 })));

  const large = generateSnippets(50_000);
  const builtLarge = build(large);
  const oursLarge = typeAll(builtLarge.index, strokes);

  const median = quantile(ours, 0.5);
  const p95 = quantile(ours, 0.95);
  const fuseMedian = quantile(fuseTimes, 0.5);
  const speedup = fuseMedian / quantile(oursSampled, 0.5);
  const p95Large = quantile(oursLarge, 0.95);
  const reference = { name: `Fuse.js median (every ${FUSE_EVERY}th keystroke, ${sampled.length})`, value: fuseMedian };
  const result = (name: string, value: number, unit: string, target?: string, pass?: boolean): BenchResult => ({
    name,
    value,
    unit,
    ...(target === undefined ? {} : { target, pass }),
  });
  return [
    {
      ...result(
        `search 10k median per keystroke (node, ${strokes.length} keystrokes)`,
        median,
        'ms',
        '<= 2 ms',
        median <= 2,
      ),
      reference,
    },
    result('search 10k p95 per keystroke (node)', p95, 'ms', '<= 8 ms', p95 <= 8),
    result(
      'search 10k speed-up over Fuse.js at the median, same keystrokes (node)',
      speedup,
      'x',
      '>= 20x',
      speedup >= 20,
    ),
    result('search 50k median per keystroke (node)', quantile(oursLarge, 0.5), 'ms'),
    result('search 50k p95 per keystroke (node)', p95Large, 'ms', '<= 16 ms', p95Large <= 16),
    result('search index build 10k (node)', built.ms, 'ms', '<= 1000 ms', built.ms <= 1000),
    result('search index build 50k (node)', builtLarge.ms, 'ms', '<= 5000 ms', builtLarge.ms <= 5000),
  ];
}
