import { z } from 'zod';
import { LIBRARY_ERROR_CODES } from '../db/errors';
import { SettingsSchema } from '../settings';
import type { MessageKey } from '../i18n/messages';
import type { PlanSummary } from './plan-summary';
import { IMPORT_ERROR_REASONS, IMPORT_FORMATS, type ParsedImport } from './types';

// Messages between the options page and the import worker, checked on both sides. The page
// sends the file once ("parse"); the worker keeps what it parsed and answers each "plan"
// (the dry run for a conflict policy) against the library it reads itself, so neither the
// file's entries nor the library cross back and forth for every change of policy.

export const ParseRequestSchema = z.object({
  type: z.literal('parse'),
  name: z.string().max(1000),
  bytes: z.instanceof(ArrayBuffer),
});
export type ParseRequest = z.infer<typeof ParseRequestSchema>;

export const PlanRequestSchema = z.object({
  type: z.literal('plan'),
  id: z.number().int().nonnegative(),
  policy: z.enum(['skip', 'overwrite', 'keep-both']),
  replace: z.boolean(),
});
export type PlanRequest = z.infer<typeof PlanRequestSchema>;

/** Write the file into the library; the settings of a backup are restored by the page. */
export const CommitRequestSchema = z.object({
  type: z.literal('commit'),
  id: z.number().int().nonnegative(),
  policy: z.enum(['skip', 'overwrite', 'keep-both']),
  replace: z.boolean(),
});
export type CommitRequest = z.infer<typeof CommitRequestSchema>;

export const WorkerRequestSchema = z.discriminatedUnion('type', [
  ParseRequestSchema,
  PlanRequestSchema,
  CommitRequestSchema,
]);

// What the page needs of a parsed file: the dry run shows its format, kind and note count,
// and a restored backup's settings are written by the page. The entries stay in the worker,
// so a 100,000-entry file is not copied to the page's main thread.
export const ImportFileInfoSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  kind: z.enum(['backup', 'library']).optional(),
  noteCount: z.number().int().nonnegative().optional(),
  settings: SettingsSchema.optional(),
});
export type ImportFileInfo = z.infer<typeof ImportFileInfoSchema>;

export function fileInfo(parsed: ParsedImport): ImportFileInfo {
  return {
    format: parsed.format,
    ...(parsed.kind ? { kind: parsed.kind } : {}),
    ...(parsed.notes ? { noteCount: parsed.notes.length } : {}),
    ...(parsed.settings ? { settings: parsed.settings } : {}),
  };
}

const SummarySchema = z.custom<PlanSummary>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as PlanSummary).counts === 'object' &&
    Array.isArray((v as PlanSummary).conflicts) &&
    Array.isArray((v as PlanSummary).invalid) &&
    Array.isArray((v as PlanSummary).remarked),
);

const ErrorFields = {
  detail: z.string(),
  reason: z.enum(IMPORT_ERROR_REASONS),
  line: z.number().int().positive().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
};

const NoticeSchema = z.object({
  code: z.custom<MessageKey>((v) => typeof v === 'string' && v.length > 0 && v.length < 100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const CountsSchema = z.object({
  new: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  conflicting: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
});
const IdSchema = z.number().int().nonnegative();

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('done'), info: ImportFileInfoSchema }),
  z.object({ type: z.literal('error'), ...ErrorFields }),
  z.object({ type: z.literal('planned'), id: z.number().int().nonnegative(), summary: SummarySchema }),
  z.object({ type: z.literal('plan-error'), id: z.number().int().nonnegative(), message: z.string() }),
  z.object({
    type: z.literal('commit-progress'),
    id: IdSchema,
    phase: z.enum(['prepare', 'validate', 'write']),
    done: IdSchema,
    total: IdSchema,
  }),
  z.object({
    type: z.literal('committed'),
    id: IdSchema,
    counts: CountsSchema,
    written: z.object({ snippets: IdSchema, notes: IdSchema }),
  }),
  // A refused import: the library is unchanged and `notice` says why in the agent's terms.
  z.object({
    type: z.literal('commit-error'),
    id: IdSchema,
    notice: NoticeSchema.optional(),
    code: z.enum(LIBRARY_ERROR_CODES).optional(),
    message: z.string(),
  }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
