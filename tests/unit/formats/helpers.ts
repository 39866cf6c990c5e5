import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportEntry } from '@/lib/formats/types';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** A fixture file's bytes, as the file picker hands them over. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The valid candidates' fields a test cares about. */
export function valid(entries: readonly ImportEntry[]) {
  return entries.filter((e) => e.candidate).map((e) => e.candidate!);
}
