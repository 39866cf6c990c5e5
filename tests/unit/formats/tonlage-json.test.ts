import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { parseImportFile } from '@/lib/formats/detect';
import type { Note } from '@/lib/db/schema';
import { serializeTonlage, serializeTonlageParts, TonlageFileSchema, WRITE_STEP } from '@/lib/formats/tonlage-json';
import { SettingsSchema } from '@/lib/settings';
import { snippetArb } from './arbitraries';
import { fixture } from './helpers';
import { en, thrown } from '../i18n/say';

const noteArb: fc.Arbitrary<Note> = fc.record({
  id: fc.uuid(),
  scope: fc.constant({ kind: 'general' as const }),
  scopeKey: fc.constant('general'),
  text: fc.string({ maxLength: 200 }),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
});

/** What the exporter wrote before it wrote in parts: one JSON.stringify of the whole file. */
const reference = (
  kind: 'backup' | 'library',
  exportedAt: number,
  snippets: Snippet[],
  notes: Note[],
  agentName: string,
) =>
  `${JSON.stringify(
    {
      format: 'tonlage',
      version: 1,
      exportedAt,
      kind,
      snippets,
      ...(kind === 'backup' ? { notes, settings: SettingsSchema.parse({ agentName }) } : {}),
    },
    null,
    2,
  )}\n`;

describe('Tonlage JSON written in parts', () => {
  it('is byte for byte the file JSON.stringify writes, for backups and libraries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('backup' as const, 'library' as const),
        fc.array(snippetArb, { maxLength: 6 }),
        fc.array(noteArb, { maxLength: 4 }),
        fc.nat(),
        fc.string({ maxLength: 20 }),
        (kind, snippets, notes, exportedAt, agentName) => {
          const settings = SettingsSchema.parse({ agentName });
          const parts = serializeTonlageParts({ kind, exportedAt, snippets, notes, settings });
          expect(parts.join('')).toBe(reference(kind, exportedAt, snippets, notes, agentName));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports its progress every WRITE_STEP records and ends at the total, across step boundaries', () => {
    const [snippet] = fc.sample(snippetArb, { numRuns: 1, seed: 7 });
    const [note] = fc.sample(noteArb, { numRuns: 1, seed: 7 });
    const snippets = Array.from({ length: 2 * WRITE_STEP + 17 }, (_, i) => ({ ...snippet!, id: `s${i}` }));
    const notes = Array.from({ length: WRITE_STEP - 1 }, (_, i) => ({ ...note!, id: `n${i}` }));
    const seen: Array<[number, number]> = [];
    const parts = serializeTonlageParts(
      { kind: 'backup', exportedAt: 3, snippets, notes, settings: SettingsSchema.parse({}) },
      (written, total) => seen.push([written, total]),
    );
    const total = snippets.length + notes.length;
    expect(seen).toEqual([
      [1000, total],
      [2000, total],
      [3000, total],
      [total, total],
    ]);
    // The file is not one string of its whole size: one part per step, joined it is the same file.
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join('')).toBe(reference('backup', 3, snippets, notes, ''));
  });
});

describe('Tonlage JSON', () => {
  it('round-trips arbitrary valid snippets exactly', () => {
    fc.assert(
      fc.property(fc.array(snippetArb, { maxLength: 8 }), fc.nat(), (snippets, exportedAt) => {
        const json = serializeTonlage({ kind: 'library', exportedAt, snippets });
        const parsed = parseImportFile('library.json', json);
        expect(parsed.entries.every((e) => e.problems.length === 0)).toBe(true);
        expect(parsed.entries.map((e) => e.candidate)).toStrictEqual(snippets);
      }),
      { numRuns: 200 },
    );
  });

  it('writes files that match its own schema', () => {
    const parsed = parseImportFile('b.json', fixture('tonlage-backup.json'));
    const json = serializeTonlage({
      kind: 'backup',
      exportedAt: 1,
      snippets: parsed.entries.map((e) => e.candidate as Snippet),
      notes: parsed.notes,
      settings: parsed.settings,
    });
    expect(TonlageFileSchema.safeParse(JSON.parse(json)).success).toBe(true);
  });

  it('reads a backup: snippets, notes and settings', () => {
    const parsed = parseImportFile('b.json', fixture('tonlage-backup.json'));
    expect(parsed).toMatchObject({ format: 'tonlage', kind: 'backup' });
    expect(parsed.entries.map((e) => e.candidate?.useCount)).toEqual([12, 0]);
    expect(parsed.notes?.[0]?.text).toBe('Prefers German.');
    expect(parsed.settings).toMatchObject({ uiLanguage: 'de', agentName: 'Sam' });
  });

  it('reports a damaged snippet as invalid and keeps the rest', () => {
    const json = JSON.stringify({
      format: 'tonlage',
      version: 1,
      exportedAt: 0,
      kind: 'library',
      snippets: [{ id: 'a', title: 'A', body: 'a', createdAt: 1, updatedAt: 1, useCount: 0 }, { id: 'b' }, 7],
    });
    const parsed = parseImportFile('l.json', json);
    expect(parsed.entries[0]?.candidate).toMatchObject({ format: 'text', tags: [], language: 'any' });
    expect(parsed.entries[1]?.problems.map(en).join(' ')).toMatch(/title/);
    expect(parsed.entries[2]?.problems.map(en)).toEqual(['This entry is not a snippet object.']);
  });

  it('keeps unknown placeholders as stored (the repository does not check them either)', () => {
    const json = serializeTonlage({
      kind: 'library',
      exportedAt: 0,
      snippets: [{ ...baseSnippet, body: '{{unknown}}' }],
    });
    expect(parseImportFile('l.json', json).entries[0]?.problems).toEqual([]);
  });

  it('refuses newer versions and damaged envelopes', () => {
    expect(thrown(() => parseImportFile('x.json', '{"format":"tonlage","version":2}'))).toMatch(/newer Tonlage/);
    expect(() => parseImportFile('x.json', '{"format":"tonlage","version":1,"kind":"all"}')).toThrow(
      /^importErrUnknownShape: exportedAt: .*kind: .*snippets: /,
    );
  });

  it('ignores notes and settings in a library export', () => {
    const json = JSON.stringify({
      format: 'tonlage',
      version: 1,
      exportedAt: 0,
      kind: 'library',
      snippets: [],
      notes: [],
    });
    const parsed = parseImportFile('x.json', json);
    expect(parsed.notes).toBeUndefined();
    expect(parsed.warnings.map(en)).toEqual(['This library export contains notes or settings; they are ignored.']);
  });
});

const baseSnippet: Snippet = {
  id: 'x',
  title: 'X',
  body: '',
  format: 'text',
  tags: [],
  language: 'any',
  moods: [],
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
};
