import { z } from 'zod';
import { LibraryError } from '../db/errors';
import { EpochMs, type Note, type Snippet, SnippetDraftSchema, SnippetSchema } from '../db/schema';
import type { Settings } from '../settings';

// The shared vocabulary of the importers: every codec turns a file into ImportEntries,
// each already validated with zod, so the plan and the commit never see unchecked data.

export const IMPORT_FORMATS = ['tonlage', 'zendesk', 'espanso', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One snippet as a file describes it: a draft, plus the stored fields our own format
 * carries (id, timestamps, use count) so that a backup restores exactly.
 */
export const ImportCandidateSchema = SnippetDraftSchema.extend({
  id: SnippetSchema.shape.id.optional(),
  createdAt: EpochMs.optional(),
  updatedAt: EpochMs.optional(),
  useCount: SnippetSchema.shape.useCount.optional(),
  lastUsedAt: EpochMs.optional(),
});
export type ImportCandidate = z.output<typeof ImportCandidateSchema>;

/** The fields that make up a snippet's content (everything but identity and usage). */
export const CONTENT_KEYS = [
  'title',
  'shortcut',
  'body',
  'format',
  'tags',
  'language',
  'variantGroup',
  'moods',
  'starter',
  'inactive',
  'inferred',
] as const satisfies readonly (keyof Snippet)[];
export type ContentKey = (typeof CONTENT_KEYS)[number];

export interface ImportEntry {
  /** 0-based position in the file: the n-th macro, match, CSV data row or JSON snippet. */
  index: number;
  /** The title as the file gives it, for reports (also for invalid entries). */
  title?: string;
  /** The validated candidate; undefined exactly when `problems` is not empty. */
  candidate?: ImportCandidate;
  /** Why the entry cannot be imported (English, or German for template problems if asked). */
  problems: string[];
  /** Content fields the file actually sets; only these change an existing snippet. */
  provided: readonly ContentKey[];
  /** Things the agent should know, e.g. "3 triggers: the first one became the shortcut". */
  remarks: string[];
}

export interface ParsedImport {
  format: ImportFormat;
  /** Our own format only: a full backup or a library export. */
  kind?: 'backup' | 'library';
  entries: ImportEntry[];
  /** Backups only: every note, already validated. */
  notes?: Note[];
  /** Backups only: notes that failed validation. */
  invalidNotes?: { index: number; reason: string }[];
  /** Backups only. */
  settings?: Settings;
  /** File-level remarks, e.g. "read as Windows-1252", "ignored columns: x, y". */
  warnings: string[];
}

export type ImportPhase = 'parse' | 'validate' | 'write';
export type ProgressCallback = (progress: { phase: ImportPhase; done: number; total: number }) => void;

export interface ParseOptions {
  /** Language of template problem messages; everything else is English (see ImportError.reason). */
  uiLanguage?: 'de' | 'en';
  onProgress?: ProgressCallback;
  /** Tests only: lower limits than IMPORT_LIMITS. */
  limits?: { maxFileBytes?: number; maxEntries?: number };
}

/** Why a whole file was refused; stable codes a UI can translate. */
export const IMPORT_ERROR_REASONS = [
  'empty',
  'binary',
  'encoding',
  'not-json',
  'unknown-shape',
  'unsupported-version',
  'yaml-syntax',
  'yaml-alias',
  'yaml-alias-bomb',
  'espanso-no-matches',
  'too-large',
  'too-many-entries',
  'unreadable',
  'csv-syntax',
  'csv-no-body',
  'no-entries',
] as const;
export type ImportErrorReason = (typeof IMPORT_ERROR_REASONS)[number];

/** A file the importer refuses as a whole. Nothing has been written when it is thrown. */
export class ImportError extends LibraryError {
  constructor(
    message: string,
    readonly reason: ImportErrorReason,
    /** 1-based line of the problem, where the format knows it. */
    readonly line?: number,
    /** Values for the translated message, e.g. the limit that was exceeded. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message, 'invalid');
    this.name = 'ImportError';
  }
}
