import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { parseCsv } from '@/lib/formats/csv';
import { type ConflictPolicy, planImport } from '@/lib/formats/plan';
import { summarisePlan } from '@/lib/formats/plan-summary';
import { parseTonlage, serializeTonlage } from '@/lib/formats/tonlage-json';
import { en } from '../i18n/say';

const NOW = 1_000_000;
let counter = 0;
const ids = () => `new-${++counter}`;

function snippet(over: Partial<Snippet> & { id: string; title: string }): Snippet {
  return {
    body: 'b',
    format: 'text',
    tags: [],
    language: 'any',
    moods: [],
    createdAt: 1,
    updatedAt: 1,
    useCount: 0,
    ...over,
  };
}

const csv = (rows: string) => parseCsv(`title,shortcut,body\n${rows}`);
const plan = (parsed: ReturnType<typeof csv>, existing: Snippet[], policy: ConflictPolicy = 'skip') =>
  planImport(parsed, existing, policy, { now: NOW, newId: ids });

/** A library from [title, shortcut, body] rows; a row whose shortcut an earlier row holds is left out. */
function libraryOf(rows: readonly (readonly [string, string, string])[]): Snippet[] {
  const held = new Set<string>();
  return rows.flatMap(([t, s, b], i) => {
    if (s && held.has(s)) return [];
    if (s) held.add(s);
    return [snippet({ id: `e${i}`, title: t, body: b, ...(s ? { shortcut: s } : {}) })];
  });
}

/** The library after applying a plan's writes, as commitImport would. */
function apply(existing: Snippet[], writes: Snippet[]): Snippet[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const w of writes) byId.set(w.id, w);
  return [...byId.values()];
}

describe('planImport', () => {
  const library = [
    snippet({ id: 'g', title: 'Gruß', shortcut: 'gruss', body: 'Viele Grüße', useCount: 7, moods: ['praise'] }),
    snippet({ id: 'd', title: 'Delay', shortcut: 'delay', body: 'Sorry' }),
    snippet({ id: 'n', title: 'No shortcut', body: 'x' }),
  ];

  it('counts new, changed, conflicting, unchanged and invalid entries', () => {
    const p = plan(
      csv(
        'Gruß,gruss,Viele Grüße\nDelay,delay,Sorry for the delay\nOther,gruss2,x\nClash,delay,y\nBad,x y,z\nNo shortcut,,x\n',
      ),
      library,
    );
    expect(p.counts).toEqual({ new: 1, changed: 1, conflicting: 1, unchanged: 2, invalid: 1 });
    expect(p.items.map((i) => i.action)).toEqual(['unchanged', 'changed', 'new', 'conflict', 'invalid', 'unchanged']);
    expect(p.invalid.map((i) => ({ ...i, reasons: i.reasons.map(en) }))).toEqual([
      { index: 4, title: 'Bad', reasons: ['A shortcut cannot contain spaces.'] },
    ]);
    expect(p.conflicts[0]?.conflict).toEqual({
      shortcut: 'delay',
      heldBy: { source: 'file', index: 1, title: 'Delay' },
      resolution: 'skipped',
    });
  });

  it('changes only the fields the file provides, keeping id, usage and moods', () => {
    const p = plan(csv('Gruß,gruss,Liebe Grüße\n'), library);
    // The changed text is German: its open language is inferred (issue #15); the moods the agent set stay.
    expect(p.writes.snippets).toEqual([
      { ...library[0], body: 'Liebe Grüße', updatedAt: NOW, language: 'de', inferred: { language: true } },
    ]);
    expect(p.items[0]).toMatchObject({ action: 'changed', matchedBy: 'shortcut', snippetId: 'g' });
  });

  it('recognises entries without shortcut by title, so a second import changes nothing', () => {
    const p = plan(csv('No shortcut,,x\n'), library);
    expect(p.items[0]).toMatchObject({ action: 'unchanged', matchedBy: 'title', snippetId: 'n' });
    expect(p.writes.snippets).toEqual([]);
    const recased = plan(csv('no SHORTCUT,,x\n'), library);
    expect(recased.items[0]).toMatchObject({ action: 'changed', matchedBy: 'title', snippetId: 'n' });
  });

  it('skip: a conflicting entry is not written', () => {
    const p = plan(csv('Other greeting,gruss,Hallo\n'), library, 'skip');
    expect(p.writes.snippets).toEqual([]);
    expect(p.items[0]).toMatchObject({
      action: 'conflict',
      conflict: { shortcut: 'gruss', heldBy: { source: 'library', id: 'g', title: 'Gruß' }, resolution: 'skipped' },
    });
  });

  it("overwrite: the entry's content replaces the snippet holding the shortcut", () => {
    const p = plan(csv('Other greeting,gruss,Hallo\n'), library, 'overwrite');
    expect(p.writes.snippets).toEqual([{ ...library[0], title: 'Other greeting', body: 'Hallo', updatedAt: NOW }]);
    expect(p.items[0]).toMatchObject({ snippetId: 'g', conflict: { resolution: 'overwritten' } });
  });

  it('keep-both: the entry gets the next free shortcut, also skipping ones the file wants', () => {
    const p = plan(csv('Other greeting,gruss,Hallo\nThird,gruss-2,x\n'), library, 'keep-both');
    expect(p.items[0]?.conflict).toMatchObject({ resolution: 'renamed', newShortcut: 'gruss-3' });
    expect(p.writes.snippets.map((s) => s.shortcut)).toEqual(['gruss-3', 'gruss-2']);
    const again = plan(
      csv('X,gruss-2,x\n'),
      [...library, snippet({ id: 'g2', title: 'Y', shortcut: 'gruss-2' })],
      'keep-both',
    );
    expect(again.items[0]?.conflict?.newShortcut).toBe('gruss-3');
  });

  it('keep-both keeps long shortcuts within 40 characters', () => {
    const long = 'x'.repeat(40);
    const p = plan(csv(`A,${long},1\nB,${long},2\n`), [], 'keep-both');
    expect(p.writes.snippets.map((s) => s.shortcut)).toEqual([long, `${'x'.repeat(38)}-2`]);
  });

  it('reports duplicate shortcuts inside one file as conflicts with the earlier entry', () => {
    const parsed = csv('A,dup,1\nB,dup,2\nC,dup,3\n');
    const skip = plan(parsed, []);
    expect(skip.counts).toMatchObject({ new: 1, conflicting: 2 });
    expect(skip.conflicts.map((c) => c.conflict.heldBy)).toEqual([
      { source: 'file', index: 0, title: 'A' },
      { source: 'file', index: 0, title: 'A' },
    ]);
    expect(plan(parsed, [], 'keep-both').writes.snippets.map((s) => s.shortcut)).toEqual(['dup', 'dup-2', 'dup-3']);
    const overwrite = plan(parsed, [], 'overwrite');
    expect(overwrite.writes.snippets).toEqual([expect.objectContaining({ title: 'C', body: '3', shortcut: 'dup' })]);
    expect(overwrite.items.map((i) => i.remarks.map(en))).toEqual([
      ['Replaced by entry 2.'],
      ['Replaced by entry 3.'],
      [],
    ]);
  });

  it('our format: matches by id, restores the stored record, and reports duplicate ids', () => {
    const stored = { ...library[1]!, body: 'Changed elsewhere', useCount: 3, updatedAt: 50 };
    const parsed = parseTonlage(
      JSON.parse(serializeTonlage({ kind: 'library', exportedAt: 0, snippets: [library[1]!, library[1]!] })),
    );
    const p = planImport(parsed, [stored], 'skip', { now: NOW });
    expect(p.items.map((i) => i.action)).toEqual(['changed', 'invalid']);
    expect(p.items[1]?.problems.map(en)).toEqual(['Entry 1 of this file has the same id.']);
    expect(p.writes.snippets).toEqual([library[1]]);
  });

  it('our format, overwrite: a snippet restored by id takes its shortcut back from another holder', () => {
    const holder = snippet({ id: 'h', title: 'Holder', shortcut: 'delay' });
    const moved = { ...library[1]!, shortcut: 'late' };
    const parsed = parseTonlage(
      JSON.parse(serializeTonlage({ kind: 'library', exportedAt: 0, snippets: [library[1]!] })),
    );
    const p = planImport(parsed, [moved, holder], 'overwrite', { now: NOW });
    expect(p.items[0]?.remarks.map(en)).toEqual(['"Holder" no longer has the shortcut "delay".']);
    const after = apply([moved, holder], p.writes.snippets);
    expect(after.find((s) => s.id === 'h')?.shortcut).toBeUndefined();
    expect(after.find((s) => s.id === 'd')?.shortcut).toBe('delay');
  });

  it("counts a backup's notes and plans settings", () => {
    const note = {
      id: 'n1',
      scope: { kind: 'general' as const },
      scopeKey: 'general',
      text: 't',
      createdAt: 1,
      updatedAt: 1,
    };
    const parsed = parseTonlage(
      JSON.parse(
        serializeTonlage({ kind: 'backup', exportedAt: 0, snippets: [], notes: [note, { ...note, id: 'n2' }] }),
      ),
    );
    const p = planImport(parsed, [], 'skip', { existingNotes: [note] });
    expect(p.notes).toEqual({ new: 1, changed: 0, unchanged: 1, invalid: 0 });
    expect(p.writes.notes.map((n) => n.id)).toEqual(['n2']);
    expect(p.settings).toBe(true);
  });

  it('never plans two snippets with one shortcut, whatever the file and policy', () => {
    const shortcut = fc.constantFrom('aa', 'bb', 'aa-2', 'cc', '');
    const title = fc.constantFrom('A', 'B', 'C');
    const row = fc.tuple(title, shortcut, fc.constantFrom('x', 'y'));
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<ConflictPolicy>('skip', 'overwrite', 'keep-both'),
        (libRows, fileRows, policy) => {
          const existing = libraryOf(libRows);
          const p = plan(csv(fileRows.map((r) => r.join(',')).join('\n') + '\n'), existing, policy);
          const shortcuts = apply(existing, p.writes.snippets).flatMap((s) => (s.shortcut ? [s.shortcut] : []));
          expect(new Set(shortcuts).size).toBe(shortcuts.length);
          expect(p.items).toHaveLength(fileRows.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the dry run without inference shows exactly what the inferring plan of the commit shows', () => {
    // Bodies that carry mood and language cues, so inference changes the records.
    const body = fc.constantFrom('Mein Beileid zum Verlust', 'Sorry for the delay', 'Vielen Dank', 'x');
    const row = fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.constantFrom('aa', 'bb', ''), body);
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 6 }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<ConflictPolicy>('skip', 'overwrite', 'keep-both'),
        (libRows, fileRows, policy) => {
          const existing = libraryOf(libRows);
          const parsed = csv(fileRows.map((r) => r.join(',')).join('\n') + '\n');
          const options = { now: NOW, newId: () => 'fixed-id' };
          const inferring = planImport(parsed, existing, policy, options);
          const dry = planImport(parsed, existing, policy, { ...options, infer: false });
          expect(summarisePlan(dry)).toEqual(summarisePlan(inferring));
          expect(dry.writes.snippets.map((s) => s.id)).toEqual(inferring.writes.snippets.map((s) => s.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('infers language and moods of new records only when asked, and reports progress to the end', () => {
    const parsed = csv('Beileid,,Mein herzliches Beileid zum Verlust Ihres Hundes\n');
    const seen: [number, number][] = [];
    const [inferred] = planImport(parsed, [], 'skip', { now: NOW, newId: ids, onProgress: (d, t) => seen.push([d, t]) })
      .writes.snippets;
    expect(inferred?.moods).toContain('grief');
    expect(seen.at(-1)).toEqual([1, 1]);
    const [plain] = planImport(parsed, [], 'skip', { now: NOW, newId: ids, infer: false }).writes.snippets;
    expect(plain?.moods).toEqual([]);
  });
});
