import { describe, expect, it } from 'vitest';
import { createSnippet } from '@/lib/db/snippets';
import { parseImportFile } from '@/lib/formats/detect';
import { parseFileInWorker } from '@/lib/formats/parse-in-worker';
import { getDb } from '@/lib/db/database';
import { fixture } from './helpers';

// The options page's import session: the file is read once, and the dry run is planned for
// each policy against the library as it is then (in a worker in the browser; in place here).

describe('import session', () => {
  it('plans the dry run per policy against the current library, without the records to write', async () => {
    const bytes = fixture('snippets.csv');
    const session = await parseFileInWorker('snippets.csv', bytes.buffer.slice(0) as ArrayBuffer, {});
    const first = await session.plan('skip', false);
    expect(first.counts.new).toBe(3);
    expect(first).not.toHaveProperty('writes');
    const entry = parseImportFile('snippets.csv', bytes).entries[0]!.candidate!;
    await createSnippet({ title: entry.title, shortcut: entry.shortcut, body: 'Anders.' });
    const again = await session.plan('skip', false);
    expect(again.counts.new).toBe(2);
    expect((await session.plan('skip', true)).counts.new).toBe(3);
    session.close();
  });

  it('commits what it planned and tells the page only what the dry run shows', async () => {
    await getDb().snippets.clear();
    const bytes = fixture('snippets.csv');
    const session = await parseFileInWorker('snippets.csv', bytes.buffer.slice(0) as ArrayBuffer, {});
    expect(session.info).toEqual({ format: 'csv' });
    const phases = new Set<string>();
    const result = await session.commit('skip', false, (p) => phases.add(p.phase));
    expect(result).toEqual({ counts: expect.objectContaining({ new: 3 }), written: { snippets: 3, notes: 0 } });
    expect([...phases].sort()).toEqual(['prepare', 'validate', 'write']);
    expect(await getDb().snippets.count()).toBe(3);
    session.close();
  });
});
