import { z } from 'zod';
import { SettingsSchema } from '../settings';

// Messages between the options page and the export worker, checked on both sides.

export const ExportRequestSchema = z.object({
  type: z.literal('export'),
  kind: z.enum(['backup', 'library']),
  now: z.number().int().nonnegative(),
  settings: SettingsSchema.optional(),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exported'), file: z.instanceof(Blob) }),
  z.object({ type: z.literal('export-error'), message: z.string().max(10_000) }),
  /** Records read and written so far; `total` counts every record twice (read, then written). */
  z.object({
    type: z.literal('export-progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
]);
export type ExportReply = z.infer<typeof ExportReplySchema>;

/** An export's text, or its parts, as the file the browser saves. */
export const jsonFile = (text: string | readonly string[]): Blob =>
  new Blob(typeof text === 'string' ? [text] : [...text], { type: 'application/json' });
