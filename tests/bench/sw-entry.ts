import { z } from 'zod';
import { clearPackedIndex, closePackedIndex } from '../../lib/suggest/index-store';
import * as libraryIndex from '../../lib/suggest/library-index';
import { getDb } from '../../lib/db/database';
import { generateSnippets } from './corpus/snippets';
import { OPTIONS } from './search-core';

// Bundled by search-chromium.bench.ts and evaluated inside the extension's service worker:
// the same search and background-index code the product runs there, on the same corpus.

export { measureSearch } from './search-core';

// Code evaluated through DevTools passes zod's `new Function` probe, but later compiled
// parsers then hit the extension's CSP. The product's own bundle fails the probe and runs
// zod without compiling; do the same here.
z.config({ jitless: true });

/** Replaces the library with the seeded corpus (no broadcast: the worker is stopped next). */
export async function seed(size: number): Promise<void> {
  const { snippets } = getDb();
  await snippets.clear();
  await snippets.bulkPut(generateSnippets(size));
  await clearPackedIndex();
  libraryIndex.forgetLibraryIndexForTests();
}

/** The first palette search of this worker, as the background answers it. */
export async function firstSearch(): Promise<{
  ms: number;
  how: string | undefined;
  title: string | undefined;
  warnings: string[];
}> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const started = performance.now();
  const hits = await libraryIndex.searchLibrary('rueckerstattung', {
    ...OPTIONS,
    moods: [...OPTIONS.moods],
    limit: 20,
  });
  const ms = performance.now() - started;
  console.warn = warn;
  return { ms, how: libraryIndex.lastOpen, title: hits[0]?.title, warnings };
}

export const saveIndex = () => libraryIndex.saveLibraryIndexNow();

/** What a worker stopped when idle leaves behind: no open database connections. */
export async function closeDatabases(): Promise<void> {
  getDb().close();
  await closePackedIndex();
}
