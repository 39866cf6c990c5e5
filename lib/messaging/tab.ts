import * as z from 'zod/mini';
import { InsertOutcomeSchema, InsertRequestSchema } from '../insert/types';
import { ContentConfigSchema, DraftSchema, Ok } from './background';
import { defineChannel } from './define';

// Messages to the content script of one tab, from the background (its pushes) and from
// extension pages (side panel, palette). The content script parses what arrives and
// answers; the sender names the tab. (zod/mini: the content script bundles this file.)

export const tabChannel = {
  /** Extension page → content script: insert into the box that had focus. */
  'insert.apply': { input: InsertRequestSchema, output: InsertOutcomeSchema },
  /** Background → content script (push): the shortcuts or keys changed. */
  'content.configChanged': { input: ContentConfigSchema, output: Ok },
  /** Side panel → content script: the agent's current draft in the reply box (null: none). */
  'draft.get': { input: z.object({}), output: z.nullable(DraftSchema) },
  /** Side panel → content script: the page's structure around the reply box, without any text (lib/sites/skeleton.ts). */
  'page.skeleton': { input: z.object({}), output: z.object({ html: z.string().check(z.maxLength(2_000_000)) }) },
  /** Side panel → content script: replace the whole draft (a rewrite), through the editor (one undo step). */
  'draft.replace': {
    input: z.object({ text: z.string().check(z.maxLength(5_000_000)) }),
    output: InsertOutcomeSchema,
  },
  /** Side panel, background → Zendesk content script: refresh the team shelf now (the agent asked). */
  'zendeskShelf.refresh': {
    input: z.object({}),
    output: z.object({
      ok: z.boolean(),
      why: z.optional(z.string().check(z.maxLength(40))),
      skipped: z.optional(z.number()),
    }),
  },
} as const;

/** `send(type, data, tabId)` from the background or an extension page; `handle` in the content script. */
export const toTab = defineChannel(tabChannel);
