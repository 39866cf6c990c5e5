import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MoodSchema } from '../../lib/db/schema';

// Loads the frozen evaluation sets (tests/eval/sets/README.md). The schema is kept loose on
// rule ids on purpose: an id the engine does not know yet counts as a miss, it must not abort.

const DIR = join(import.meta.dirname, 'sets');
/**
 * `test2`: a second frozen test part, written later (its README says why); no suggestion
 * tickets. `test3`: a third, committed before it was scored; no drafts.
 */
export const PARTS = ['dev', 'test', 'test2', 'test3'] as const;
export type Part = (typeof PARTS)[number];
export type Lang = 'de' | 'en';

const Lang = z.enum(['de', 'en']);
const Valence = z.enum(['negative', 'neutral', 'positive']);

export const SetMessageSchema = z.object({
  id: z.string(),
  lang: Lang,
  text: z.string(),
  valence: Valence,
  moods: z.array(MoodSchema),
});
export const SetFeedbackSchema = z.object({
  id: z.string(),
  lang: Lang,
  channel: z.enum(['tweet', 'review', 'feedback']),
  text: z.string(),
  valence: Valence,
});
export const SetDraftSchema = z.object({
  id: z.string(),
  lang: Lang,
  text: z.string(),
  rules: z.array(z.string()),
  customerMoods: z.array(MoodSchema),
  customerName: z.string(),
});
export type SetMessage = z.infer<typeof SetMessageSchema>;
export type SetFeedback = z.infer<typeof SetFeedbackSchema>;
export type SetDraft = z.infer<typeof SetDraftSchema>;

function load<T>(part: Part, file: string, schema: z.ZodType<T>): T[] {
  return loadFile(join(DIR, part, file), schema);
}

export function loadFile<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => schema.parse(JSON.parse(l)));
}

export const loadMessages = (part: Part) => load(part, 'messages.jsonl', SetMessageSchema);
export const loadFeedback = (part: Part) => load(part, 'feedback.jsonl', SetFeedbackSchema);
/** A part's drafts; none for a part without a drafts file (test3). */
export const loadDrafts = (part: Part) =>
  existsSync(join(DIR, part, 'drafts.jsonl')) ? load(part, 'drafts.jsonl', SetDraftSchema) : [];
