import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { parseImportFile } from '@/lib/formats/detect';
import { serializeTonlage, TonlageFileSchema } from '@/lib/formats/tonlage-json';
import { snippetArb } from './arbitraries';
import { fixture } from './helpers';
import { en, thrown } from '../i18n/say';

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
