import Fuse from 'fuse.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSearchIndex } from '../../lib/search';
import { BENCH_QUERIES, generateSnippets } from './corpus/snippets';
import { keystrokes, measureSearch, OPTIONS, PROBES, probeHit, quantile } from './search-core';
import type { BenchResult } from './types';

// Library search in node (the second column; search-chromium.bench.ts measures the same
// code in the service worker). Fuse.js (its defaults, keys shortcut/title/tags/body) is the
// reference; it is very much slower, so it is timed on every 7th keystroke only, and the
// speed-up is computed on exactly those keystrokes. Its probe score is from the same run.

const FUSE_EVERY = 7;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterBuild(size: number): { total: number; index: number } {
  const snippets = generateSnippets(size);
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = createSearchIndex(snippets);
  index.search('x');
  gc();
  const after = process.memoryUsage().heapUsed;
  return { total: after / 1e6, index: (after - before) / 1e6 };
}

export default async function searchBench(): Promise<BenchResult[]> {
  const small = measureSearch(10_000);
  const large = measureSearch(50_000);
  const strokes = keystrokes(BENCH_QUERIES).filter((_, i) => i % FUSE_EVERY === 0);
  const corpus = generateSnippets(10_000);
  const fuse = new Fuse(corpus, { keys: ['shortcut', 'title', 'tags', 'body'], includeScore: true });
  const fuseTimes = strokes.map((q) => {
    const start = performance.now();
    fuse.search(q, { limit: 20 });
    return performance.now() - start;
  });
  const fuseProbes = PROBES.filter(([q, expected]) => probeHit(fuse.search(q, { limit: 1 })[0]?.item, expected)).length;
  const index = createSearchIndex(corpus);
  const ours = strokes.map((q) => {
    const start = performance.now();
    index.search(q, OPTIONS);
    return performance.now() - start;
  });
  const heap = heapAfterBuild(50_000);
  const fuseMedian = quantile(fuseTimes, 0.5);
  const r = (name: string, value: number, unit: string, target?: number, reference?: BenchResult['reference']) => ({
    name,
    value,
    unit,
    ...(reference ? { reference } : {}),
    ...(target === undefined ? {} : { target: `<= ${target} ${unit}`, pass: value <= target }),
  });
  return [
    r(`search 10k median per keystroke (node, ${small.keystrokes})`, small.median, 'ms', undefined, {
      name: `Fuse.js median (every ${FUSE_EVERY}th keystroke, ${strokes.length})`,
      value: fuseMedian,
    }),
    r('search 10k speed-up over Fuse.js at the median, same keystrokes (node)', fuseMedian / quantile(ours, 0.5), 'x'),
    r('search 10k p95 per keystroke (node)', small.p95, 'ms'),
    r('search 50k median per keystroke (node)', large.median, 'ms', 0.1),
    r("search 50k mean per keystroke (node, beside the worker's mean)", large.mean, 'ms'),
    r('search 50k p95 per keystroke (node)', large.p95, 'ms', 1.5),
    r('search 50k slowest keystroke or 1-char/punctuation query (node)', large.max, 'ms', 5),
    r('search index build 10k (node)', small.buildMs, 'ms', 1000),
    r('search index build 50k (node)', large.buildMs, 'ms', 1000),
    r('search 50k edit/add/delete one snippet + next search, median (node)', large.updateMs, 'ms', 5),
    r('search 50k restore packed index + first search (node)', large.restoreFirstSearchMs, 'ms', 200),
    r('search heap after 50k build, whole process incl. the corpus (node)', heap.total, 'MB', 100),
    r('search heap of the 50k index alone (node)', heap.index, 'MB'),
    r('search quality probes, top-1 right, 10k (node)', small.probes, `of ${PROBES.length}`, undefined, {
      name: 'Fuse.js, same probes',
      value: fuseProbes,
    }),
  ];
}
