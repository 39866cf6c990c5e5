import { z } from 'zod';
import { issueCode } from './errors';

// zod schemas are the single source of the library's types: everything written to
// IndexedDB, sent between contexts or imported is parsed with these first.

/** Milliseconds since the epoch. Dates never cross a context boundary as objects. */
export const EpochMs = z.number().int().nonnegative();

export const SNIPPET_LANGUAGES = ['de', 'en', 'any'] as const;
export const LanguageSchema = z.enum(SNIPPET_LANGUAGES);
export type SnippetLanguage = z.infer<typeof LanguageSchema>;

/** The customer moods the tone engine recognises (issue #6); snippets say which ones they suit. */
export const MOODS = [
  'anger',
  'frustration',
  'public_threat',
  'cancellation',
  'legal_threat',
  'grief',
  'urgency',
  'confusion',
  'praise',
  'sarcasm',
] as const;
export const MoodSchema = z.enum(MOODS);
export type Mood = z.infer<typeof MoodSchema>;

/** A shortcut is typed in a reply box and expanded with the expansion key: one word, no spaces. */
export const ShortcutSchema = z
  .string()
  .trim()
  .min(2, issueCode('libShortcutShort'))
  .max(40, issueCode('libShortcutLong'))
  .regex(/^\S+$/u, issueCode('libShortcutSpaces'));

export const SnippetSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, issueCode('libTitleRequired')).max(200),
  shortcut: ShortcutSchema.optional(),
  /** Further shortcuts that expand the same snippet (an Espanso match's other triggers). */
  aliases: z.array(ShortcutSchema).max(20).optional(),
  body: z.string().max(5_000_000, issueCode('libBodyLong')),
  format: z.enum(['text', 'html']),
  tags: z.array(z.string().trim().min(1).max(80)).max(50),
  language: LanguageSchema,
  /** Links the German and English versions of one template. */
  variantGroup: z.string().min(1).optional(),
  moods: z.array(MoodSchema),
  createdAt: EpochMs,
  updatedAt: EpochMs,
  useCount: z.number().int().nonnegative(),
  lastUsedAt: EpochMs.optional(),
  /** An inactive snippet (e.g. an inactive Zendesk macro) is kept but left out of the palette and suggestions. */
  inactive: z.boolean().optional(),
  /** Which of language and moods Tonlage inferred from the text (the agent did not set them). */
  inferred: z.object({ language: z.boolean().optional(), moods: z.boolean().optional() }).optional(),
  /** Set on entries installed from the starter library: its id and the version installed. */
  starter: z
    .object({
      id: z.string().min(1),
      version: z.number().int().positive(),
      /** Fingerprint of the text as installed: an entry whose text still matches was never edited. */
      hash: z.string(),
    })
    .optional(),
});
export type Snippet = z.infer<typeof SnippetSchema>;

/** What a caller supplies to create a snippet; the repository fills in the rest. */
export const SnippetDraftSchema = SnippetSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  useCount: true,
  lastUsedAt: true,
}).extend({
  /** An empty shortcut field means "no shortcut". */
  shortcut: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), ShortcutSchema.optional()),
  format: SnippetSchema.shape.format.default('text'),
  tags: SnippetSchema.shape.tags.default([]),
  language: LanguageSchema.default('any'),
  moods: SnippetSchema.shape.moods.default([]),
});
export type SnippetDraft = z.input<typeof SnippetDraftSchema>;

export const NoteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customer'), email: z.string().trim().toLowerCase().email() }),
  z.object({ kind: z.literal('ticket'), site: z.string().min(1), ticketId: z.string().min(1) }),
  z.object({ kind: z.literal('general') }),
]);
export type NoteScope = z.infer<typeof NoteScopeSchema>;

/** A flat, indexable key for a scope: notes are looked up by it. */
export function scopeKey(scope: NoteScope): string {
  switch (scope.kind) {
    case 'customer':
      return `customer:${scope.email.toLowerCase()}`;
    case 'ticket':
      return `ticket:${scope.site}:${scope.ticketId}`;
    case 'general':
      return 'general';
  }
}

export const NoteSchema = z.object({
  id: z.string().min(1),
  scope: NoteScopeSchema,
  scopeKey: z.string().min(1),
  text: z.string().max(1_000_000),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type Note = z.infer<typeof NoteSchema>;

export const UsageEventSchema = z.object({
  id: z.number().int().positive().optional(),
  snippetId: z.string().min(1),
  at: EpochMs,
  /** The host name the snippet was inserted on, e.g. "acme.zendesk.com". */
  site: z.string().max(253),
});
export type UsageEvent = z.infer<typeof UsageEventSchema>;

/**
 * What happened after an insertion into a conversation with an upset customer (issue #15,
 * "learn what calms customers"). Only numbers and hashes: no message text, no address.
 */
export const OutcomeSchema = z.object({
  id: z.number().int().positive().optional(),
  snippetId: z.string().min(1),
  /** Hash of site, host and the page's conversation key. */
  conversation: z.string().min(1).max(64),
  /** Hash of the customer message the agent answered: a different one is the next message. */
  answered: z.string().min(1).max(64),
  /** How upset the customer was then and after (0 calm … 1 furious). */
  before: z.number().min(0).max(1),
  after: z.number().min(0).max(1).optional(),
  state: z.enum(['pending', 'calmed', 'not-calmed']),
  at: EpochMs,
});
export type Outcome = z.infer<typeof OutcomeSchema>;
