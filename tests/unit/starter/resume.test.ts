import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listSnippets } from '@/lib/db/snippets';
import { starterEntries } from '@/lib/starter/entries';
import { installStarter, resumeStarter } from '@/lib/starter/install';
import { withFreshDb } from '../db/helpers';

// Crash safety of the starter library (issue #13): a worker stopped during an install or an
// update leaves the library as it was and the next worker start finishes the job.

withFreshDb();

describe('starter library after an interrupted install', () => {
  it('resumes an install whose write never committed, and then does nothing more', async () => {
    const db = getDb();
    // The worker dies inside the transaction: IndexedDB aborts it, nothing is written.
    const crash = vi.spyOn(db.snippets, 'bulkPut').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(installStarter()).rejects.toThrow('worker stopped');
    crash.mockRestore();
    expect(await listSnippets()).toEqual([]);

    const resumed = await resumeStarter();
    expect(resumed?.added).toBe(starterEntries().length);
    expect(await listSnippets()).toHaveLength(starterEntries().length);
    expect(await resumeStarter()).toBeUndefined();
  });

  it('resumes an update to a new release, keeping what the agent edited', async () => {
    const v1 = starterEntries().slice(0, 3);
    await installStarter({ entries: v1, now: 1 });
    expect(await resumeStarter(v1)).toBeUndefined();
    const v2 = v1.map((e) => ({ ...e, version: e.version + 1, body: `${e.body}\n\nNeu.` }));
    const crash = vi.spyOn(getDb().snippets, 'bulkPut').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(installStarter({ entries: v2 })).rejects.toThrow();
    crash.mockRestore();
    expect((await listSnippets()).every((s) => !s.body.endsWith('Neu.'))).toBe(true);

    expect((await resumeStarter(v2))?.updated).toBe(3);
    expect((await listSnippets()).every((s) => s.body.endsWith('Neu.'))).toBe(true);
  });

  it('lets two overlapping runs (onInstalled and a worker start) remember every installed entry', async () => {
    const entries = starterEntries().slice(0, 4);
    await Promise.all([installStarter({ entries }), resumeStarter(entries)]);
    expect(await listSnippets()).toHaveLength(4);
    // Deleted entries stay deleted, which needs the record of every installed id.
    await getDb().snippets.clear();
    expect(await installStarter({ entries })).toMatchObject({ added: 0, skippedDeleted: 4 });
  });
});
