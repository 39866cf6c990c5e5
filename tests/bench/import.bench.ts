import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateSnippets } from './corpus/snippets';
import type { BenchResult } from './types';

// The 10,000-snippet import of issue #8, end to end: bytes → parseImportFile → commitImport
// (one transaction, bulk writes), in node through fake-indexeddb. The target (3 s) is set
// for Chromium's IndexedDB; these node figures only show the cost of our own code plus
// fake-indexeddb. Reference: a bare bulkPut of the same 10k records into an empty table.

// lib/settings.ts needs an extension environment and lib/broadcast.ts a BroadcastChannel
// that would keep node alive: install WXT's fake browser and a silent channel first.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
(globalThis as unknown as { BroadcastChannel: unknown }).BroadcastChannel = class {
  onmessage: unknown = null;
  postMessage(): void {}
  close(): void {}
};

const SIZE = 10_000;
const LABEL = '(node, fake-indexeddb)';

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export default async function importBench(): Promise<BenchResult[]> {
  const { getDb } = await import('../../lib/db/database');
  const { commitImport, exportLibrary, wipeLibrary } = await import('../../lib/formats/transfer');
  const { parseImportFile } = await import('../../lib/formats/detect');
  const { serializeTonlage } = await import('../../lib/formats/tonlage-json');

  const snippets = generateSnippets(SIZE);
  const json = new TextEncoder().encode(serializeTonlage({ kind: 'library', exportedAt: 0, snippets }));
  const csv = new TextEncoder().encode(
    Papa.unparse(
      snippets.map((s) => ({ title: s.title, shortcut: s.shortcut ?? '', tags: s.tags.join(', '), body: s.body })),
      { delimiter: ';' },
    ),
  );

  const raw = await time(() => getDb().snippets.bulkPut(snippets));
  await wipeLibrary();

  const jsonParse = await time(() => parseImportFile('library.json', json));
  const jsonCommit = await time(() => commitImport(jsonParse.value, 'skip'));
  const reimport = await time(async () => commitImport(parseImportFile('library.json', json), 'skip'));
  const exported = await time(() => exportLibrary('library'));
  await wipeLibrary();

  const csvParse = await time(() => parseImportFile('library.csv', csv));
  const csvCommit = await time(() => commitImport(csvParse.value, 'skip'));
  await wipeLibrary();

  const reference = { name: `bare bulkPut of ${SIZE} records`, value: raw.ms };
  const jsonTotal = jsonParse.ms + jsonCommit.ms;
  const csvTotal = csvParse.ms + csvCommit.ms;
  const ok = jsonCommit.value.counts.new === SIZE && reimport.value.counts.unchanged === SIZE;
  return [
    {
      name: `import 10k Tonlage JSON, parse + commit ${LABEL}`,
      value: jsonTotal,
      unit: 'ms',
      reference,
      target: '<= 3000 ms',
      pass: ok && jsonTotal <= 3000,
    },
    { name: `  of which parse + validate ${LABEL}`, value: jsonParse.ms, unit: 'ms' },
    { name: `  of which plan + write (one transaction) ${LABEL}`, value: jsonCommit.ms, unit: 'ms' },
    {
      name: `import 10k CSV (semicolons), parse + commit ${LABEL}`,
      value: csvTotal,
      unit: 'ms',
      reference,
      target: '<= 3000 ms',
      pass: csvCommit.value.counts.new === SIZE && csvTotal <= 3000,
    },
    { name: `re-import the same 10k JSON, all unchanged ${LABEL}`, value: reimport.ms, unit: 'ms' },
    { name: `export 10k as JSON ${LABEL}`, value: exported.ms, unit: 'ms' },
    { name: `JSON file size for 10k snippets`, value: json.length / 1_048_576, unit: 'MB' },
  ];
}
