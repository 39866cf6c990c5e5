import { z } from 'zod';
import { issueNotice } from '../db/errors';
import { describeIssues } from '../issues';
import { EpochMs, type Note, NoteSchema, type Snippet, SnippetSchema } from '../db/schema';
import { type Settings, SettingsSchema } from '../settings';
import { makeEntry, reportEvery } from './entry';
import { CONTENT_KEYS, ImportError, type ParsedImport, type ParseOptions } from './types';
import { type Notice, notice } from '../i18n/notice';

// Tonlage's own file format, version 1. A backup holds snippets, notes and settings; a
// library export only snippets. Snippets are stored records, ids, timestamps and use
// counts included, so export → wipe → import restores the library exactly.

export const TONLAGE_FORMAT_VERSION = 1;

/** The file as written by exportLibrary. Imports are checked entry by entry instead (see below). */
export const TonlageFileSchema = z
  .object({
    format: z.literal('tonlage'),
    version: z.literal(TONLAGE_FORMAT_VERSION),
    exportedAt: EpochMs,
    kind: z.enum(['backup', 'library']),
    snippets: z.array(SnippetSchema),
    notes: z.array(NoteSchema).optional(),
    settings: SettingsSchema.optional(),
  })
  .refine((f) => f.kind === 'backup' || (f.notes === undefined && f.settings === undefined), {
    message: 'library export with notes or settings',
  });
export type TonlageFile = z.infer<typeof TonlageFileSchema>;

/** Lenient envelope: one bad snippet is an invalid entry, not a refused file. */
const EnvelopeSchema = z.object({
  format: z.literal('tonlage'),
  version: z.number().int().positive(),
  exportedAt: EpochMs,
  kind: z.enum(['backup', 'library']),
  snippets: z.array(z.unknown()),
  notes: z.array(z.unknown()).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export function isTonlageFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'tonlage';
}

export interface TonlageExportInput {
  kind: 'backup' | 'library';
  exportedAt: number;
  snippets: readonly Snippet[];
  notes?: readonly Note[];
  settings?: Settings;
}

const SNIPPET_KEYS = Object.keys(SnippetSchema.shape) as Array<keyof Snippet>;

function inSchemaOrder(s: Snippet): Snippet {
  const out: Record<string, unknown> = {};
  for (const key of SNIPPET_KEYS) if (s[key] !== undefined) out[key] = s[key];
  return out as Snippet;
}

/** How many records are written between two progress reports (and between two parts of the file). */
export const WRITE_STEP = 1000;

/** Records written so far and in all, for an export's progress. */
export type WriteProgress = (written: number, total: number) => void;

function envelope(input: TonlageExportInput): Record<string, unknown> {
  const file: Record<string, unknown> = {
    format: 'tonlage',
    version: TONLAGE_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    kind: input.kind,
    // In the schema's key order, so the same library always gives the same bytes, whichever
    // writer (editor, usage count, import) last touched a record.
    snippets: input.snippets.map(inSchemaOrder),
  };
  if (input.kind === 'backup') {
    file.notes = input.notes ?? [];
    file.settings = input.settings ?? SettingsSchema.parse({});
  }
  return file;
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep (JSON strings hold no raw newline). */
const indented = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/**
 * The export file in parts, record by record, reporting progress every WRITE_STEP records: a
 * 150 MB backup is then written without one string of its whole size, and the agent sees how far
 * it got (issue #13, scale). Joined, the parts are exactly `JSON.stringify(file, null, 2)` plus a
 * final newline, as the unit test checks.
 */
export function serializeTonlageParts(input: TonlageExportInput, onProgress?: WriteProgress): string[] {
  const file = envelope(input);
  const total = input.snippets.length + (input.kind === 'backup' ? (input.notes?.length ?? 0) : 0);
  const parts = ['{\n'];
  let written = 0;
  const keys = Object.keys(file);
  keys.forEach((key, k) => {
    const value = file[key];
    parts.push(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      let part = '[\n';
      value.forEach((record, i) => {
        part += `    ${indented(record, 2)}${i < value.length - 1 ? ',' : ''}\n`;
        written += 1;
        if (written % WRITE_STEP === 0) {
          parts.push(part);
          part = '';
          onProgress?.(written, total);
        }
      });
      parts.push(`${part}  ]`);
    } else {
      parts.push(indented(value, 1));
    }
    parts.push(k < keys.length - 1 ? ',\n' : '\n');
  });
  parts.push('}\n');
  onProgress?.(total, total);
  return parts;
}

export function serializeTonlage(input: TonlageExportInput): string {
  return serializeTonlageParts(input).join('');
}

export function parseTonlage(value: unknown, options: ParseOptions = {}): ParsedImport {
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > TONLAGE_FORMAT_VERSION) {
    throw new ImportError('unsupported-version', { detail: `format version ${version}` });
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    throw new ImportError('unknown-shape', { detail: describeIssues(envelope.error, 'file') });
  }
  const file = envelope.data;
  const warnings: Notice[] = [];
  const progress = reportEvery(options, file.snippets.length);
  const entries = file.snippets.map((raw, index) => {
    progress(index + 1);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { index, problems: [notice('tjNotSnippet')], provided: CONTENT_KEYS, remarks: [] };
    }
    const entry = makeEntry({ index, raw: raw as Record<string, unknown>, checkTemplate: false });
    return { ...entry, provided: CONTENT_KEYS };
  });
  if (file.kind === 'library') {
    if (file.notes || file.settings) warnings.push(notice('tjLibraryExtras'));
    return { format: 'tonlage', kind: 'library', entries, warnings };
  }
  const notes: Note[] = [];
  const invalidNotes: { index: number; reason: Notice }[] = [];
  (file.notes ?? []).forEach((raw, index) => {
    const note = NoteSchema.safeParse(raw);
    if (note.success) notes.push(note.data);
    else invalidNotes.push({ index, reason: issueNotice(note.error.issues[0] ?? { message: '' }) });
  });
  const settings = file.settings ? SettingsSchema.parse(file.settings) : undefined;
  return { format: 'tonlage', kind: 'backup', entries, notes, invalidNotes, settings, warnings };
}
