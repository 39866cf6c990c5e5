import { z } from 'zod';
import { MoodSchema } from '../db/schema';
import { LibraryHitSchema } from '../db/shelf-schema';
import { defineChannel } from './define';

// Messages between extension pages and the background about library records. Pages shown
// inside a helpdesk tab (the palette iframe) run in a third-party context where the
// browser may refuse them IndexedDB, so they search the library through the background,
// which keeps the search index in memory. Content scripts never import this file.

const LibrarySearchSchema = z.object({
  query: z.string().max(200),
  language: z.enum(['de', 'en']).optional(),
  moods: z.array(MoodSchema).max(20),
  now: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(100),
});
export type LibrarySearch = z.input<typeof LibrarySearchSchema>;

export const libraryChannel = {
  'library.search': {
    input: LibrarySearchSchema,
    output: z.array(LibraryHitSchema),
  },
};

/** `send` from an extension page; `handle` in the background. */
export const toLibrary = defineChannel(libraryChannel);
