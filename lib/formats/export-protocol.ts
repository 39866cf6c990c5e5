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
]);
export type ExportReply = z.infer<typeof ExportReplySchema>;

/** An export's text as the file the browser saves. */
export const jsonFile = (text: string): Blob => new Blob([text], { type: 'application/json' });
