import { z } from 'zod';
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

export const WorkerRequestSchema = z.discriminatedUnion('type', [ParseRequestSchema, PlanRequestSchema]);

// The entries were validated by the codecs inside the worker and are validated once more
// record by record when committed (lib/db/transfer.ts); here only the envelope is checked,
// so a 100,000-entry result does not cost a second full parse on the main thread.
const ParsedSchema = z.custom<ParsedImport>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (IMPORT_FORMATS as readonly unknown[]).includes((v as ParsedImport).format) &&
    Array.isArray((v as ParsedImport).entries) &&
    Array.isArray((v as ParsedImport).warnings),
);

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

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('done'), parsed: ParsedSchema }),
  z.object({ type: z.literal('error'), ...ErrorFields }),
  z.object({ type: z.literal('planned'), id: z.number().int().nonnegative(), summary: SummarySchema }),
  z.object({ type: z.literal('plan-error'), id: z.number().int().nonnegative(), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
