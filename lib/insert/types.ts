import * as z from 'zod/mini';

// What crosses into a page to be inserted: text already rendered from a template (no
// placeholders), optional HTML (sanitised again in the content script before any page
// sees it), and where the caret should end.

export const InsertRequestSchema = z.object({
  text: z.string().check(z.maxLength(5_000_000)),
  html: z.optional(z.string().check(z.maxLength(5_000_000))),
  /** Offset in `text` where the caret ends (the template's cursor mark); default: after the text. */
  cursor: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** Offsets in `text` of every caret stop in Tab order (the first is `cursor`); Tab moves on. */
  stops: z.optional(z.array(z.number().check(z.int(), z.nonnegative())).check(z.maxLength(100))),
  /** Characters before the caret to replace (a typed abbreviation). */
  replaceChars: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(100))),
  /** For usage statistics. */
  snippetId: z.optional(z.string()),
});
export type InsertRequest = z.infer<typeof InsertRequestSchema>;

export const InsertOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), strategy: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-target', 'read-only', 'rejected', 'unverified']),
    /** Shown to the agent as it is. */
    message: z.string(),
    copiedToClipboard: z.boolean(),
  }),
]);
export type InsertOutcome = z.infer<typeof InsertOutcomeSchema>;
