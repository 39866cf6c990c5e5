import fc from 'fast-check';
import { expect } from 'vitest';
import { NoteSchema } from '@/lib/db/schema';
import { parseImportFile } from '@/lib/formats/detect';
import { ImportCandidateSchema, ImportError, type ParsedImport } from '@/lib/formats/types';

// Shared by the fuzz properties (issue #13). `npm test` runs them with few runs;
// `npm run test:fuzz` sets FUZZ_RUNS=10000.

export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 150));

/** A test timeout that grows with the runs (the slowest property takes about 8 ms a run). */
export const TIMEOUT = 10_000 + RUNS * 20;

export const params = { numRuns: RUNS };

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * What every import must do with any input: return entries that are either a valid candidate
 * with no problems or problems without a candidate, valid notes, and nothing else; or refuse
 * the file with an ImportError. No other exception, and Object.prototype untouched.
 */
export function importsSafely(name: string, input: Uint8Array | string): ParsedImport | undefined {
  let parsed: ParsedImport | undefined;
  try {
    parsed = parseImportFile(name, input);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.reason).toBeTruthy();
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (!parsed) return undefined;
  for (const entry of parsed.entries) {
    if (entry.candidate) {
      expect(entry.problems).toEqual([]);
      expect(ImportCandidateSchema.safeParse(entry.candidate).success).toBe(true);
    } else {
      expect(entry.problems.length).toBeGreaterThan(0);
    }
  }
  for (const note of parsed.notes ?? []) expect(NoteSchema.safeParse(note).success).toBe(true);
  return parsed;
}

/** Strings that tend to break parsers: structure characters, keys that pollute prototypes, odd Unicode. */
export const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'polluted',
    '{{',
    '}}',
    '{{customer.name}}',
    '{{input:x}}',
    '$|$',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '"',
    ',',
    ';',
    '\n',
    '\r\n',
    '',
    ' ',
    'x'.repeat(300),
  ),
);
