import { z } from 'zod';
import { MoodSchema } from '../db/schema';
import { LibraryHitSchema } from '../db/shelf-schema';
import { defineChannel } from './define';

// Messages between extension pages and the background about library records. Pages shown
// inside a helpdesk tab (the palette iframe) run in a third-party context where the
// browser may refuse them IndexedDB, so they search the library through the background,
// which keeps the search index in memory. Content scripts never import this file.

/** The most ids one filter query returns: the list shows the best ones and says so. */
export const MATCH_LIMIT = 1_000;

const LibrarySearchSchema = z.object({
  query: z.string().max(200),
  language: z.enum(['de', 'en']).optional(),
  moods: z.array(MoodSchema).max(20),
  now: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(100),
});
export type LibrarySearch = z.input<typeof LibrarySearchSchema>;

/** The options page's filter: the same index, every snippet (inactive ones too), ids only. */
const LibraryMatchSchema = z.object({
  query: z.string().max(200),
  limit: z.number().int().min(1).max(MATCH_LIMIT),
});
export type LibraryMatch = z.input<typeof LibraryMatchSchema>;

/** The palette's empty query: what suits the conversation in its tab (issue #15). */
const LibrarySuggestSchema = z.object({
  tabId: z.number().int().nonnegative(),
  now: z.number().int().nonnegative(),
});
export type LibrarySuggest = z.input<typeof LibrarySuggestSchema>;

/** A suggestion and the one-line reason's parts (the page words it in the agent's language). */
export const SuggestedHitSchema = z.object({
  hit: LibraryHitSchema,
  topics: z.array(z.string().max(200)).max(10),
  matched: z.array(MoodSchema).max(20),
  calms: z.boolean(),
});
export type SuggestedHit = z.infer<typeof SuggestedHitSchema>;

/** "Copy to my library" from the palette: the team entry by id, the title's suffix in the agent's language. */
const LibraryCopyTeamSchema = z.object({
  id: z.string().min(1).max(2400),
  suffix: z.string().min(1).max(40),
});

export const libraryChannel = {
  'library.search': {
    input: LibrarySearchSchema,
    output: z.array(LibraryHitSchema),
  },
  'library.suggest': {
    input: LibrarySuggestSchema,
    output: z.array(SuggestedHitSchema).max(20),
  },
  'library.copyTeam': {
    input: LibraryCopyTeamSchema,
    output: z.object({ id: z.string().min(1), title: z.string() }),
  },
  'library.match': {
    input: LibraryMatchSchema,
    output: z.array(z.string().min(1)).max(MATCH_LIMIT),
  },
};

/** `send` from an extension page; `handle` in the background. */
export const toLibrary = defineChannel(libraryChannel);
