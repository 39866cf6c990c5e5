import { z } from 'zod';
import { SnippetSchema } from './db/schema';
import { defineProtocol } from './protocol';

// Messages between extension pages and the background about library records. Pages shown
// inside a helpdesk tab (the palette iframe) run in a third-party context where the
// browser may refuse them IndexedDB, so they read the library through the background.
// Content scripts never import this file.

export const libraryProtocol = {
  'library.snippets': { input: z.object({}), output: z.array(SnippetSchema) },
};

const library = defineProtocol(libraryProtocol);
export const sendLibrary = library.send;
export const handleLibrary = library.handle;
