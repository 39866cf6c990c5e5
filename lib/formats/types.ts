import { z } from 'zod';
import { LibraryError } from '../db/errors';
import type { MessageKey } from '../i18n/messages';
import { type Notice, notice } from '../i18n/notice';
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
  'aliases',
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
  /** Why the entry cannot be imported. */
  problems: Notice[];
  /** Content fields the file actually sets; only these change an existing snippet. */
  provided: readonly ContentKey[];
  /** Things the agent should know, e.g. "3 triggers: the first one became the shortcut". */
  remarks: Notice[];
}

export interface ParsedImport {
  format: ImportFormat;
  /** Our own format only: a full backup or a library export. */
  kind?: 'backup' | 'library';
  entries: ImportEntry[];
  /** Backups only: every note, already validated. */
  notes?: Note[];
  /** Backups only: notes that failed validation. */
  invalidNotes?: { index: number; reason: Notice }[];
  /** Backups only. */
  settings?: Settings;
  /** File-level remarks, e.g. "read as Windows-1252", "ignored columns: x, y". */
  warnings: Notice[];
}

export type ImportPhase = 'parse' | 'prepare' | 'validate' | 'write';
export type ProgressCallback = (progress: { phase: ImportPhase; done: number; total: number }) => void;

export interface ParseOptions {
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

/** The catalogue's text for each reason. */
export const IMPORT_REASON_KEYS: Record<ImportErrorReason, MessageKey> = {
  empty: 'importErrEmpty',
  binary: 'importErrBinary',
  encoding: 'importErrEncoding',
  'not-json': 'importErrNotJson',
  'unknown-shape': 'importErrUnknownShape',
  'unsupported-version': 'importErrVersion',
  'yaml-syntax': 'importErrYaml',
  'yaml-alias': 'importErrYamlAlias',
  'yaml-alias-bomb': 'importErrYamlAliasBomb',
  'espanso-no-matches': 'importErrEspansoShape',
  'too-large': 'importErrTooLarge',
  'too-many-entries': 'importErrTooMany',
  unreadable: 'importErrUnreadable',
  'csv-syntax': 'importErrCsv',
  'csv-no-body': 'importErrCsvNoBody',
  'no-entries': 'importErrNoEntries',
};

export interface ImportErrorDetails {
  /** 1-based line of the problem, where the format knows it. */
  line?: number;
  /** Values for the translated message, e.g. the limit that was exceeded. */
  params?: Record<string, string | number>;
  /** What the parser said, for developers (it is English and names no fix). */
  detail?: string;
}

/** A file the importer refuses as a whole. Nothing has been written when it is thrown. */
export class ImportError extends LibraryError {
  readonly line?: number;
  readonly params: Record<string, string | number>;
  constructor(
    readonly reason: ImportErrorReason,
    details: ImportErrorDetails = {},
  ) {
    super(notice(IMPORT_REASON_KEYS[reason], details.params), 'invalid', details.detail);
    this.name = 'ImportError';
    this.line = details.line;
    this.params = details.params ?? {};
  }
}
