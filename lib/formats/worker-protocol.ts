import { z } from 'zod';
import { IMPORT_ERROR_REASONS, IMPORT_FORMATS, type ParsedImport } from './types';

// Messages between the options page and the import worker, checked on both sides.

export const ParseRequestSchema = z.object({
  name: z.string().max(1000),
  bytes: z.instanceof(ArrayBuffer),
});
export type ParseRequest = z.infer<typeof ParseRequestSchema>;

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

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('done'), parsed: ParsedSchema }),
  z.object({
    type: z.literal('error'),
    detail: z.string(),
    reason: z.enum(IMPORT_ERROR_REASONS),
    line: z.number().int().positive().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
