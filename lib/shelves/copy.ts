import { getDb } from '../db/database';
import type { Snippet } from '../db/schema';
import { createSnippet } from '../db/snippets';
import { LibraryError } from '../db/errors';
import { notice } from '../i18n/notice';

// "Copy to my library" (issue #18): a team entry stays read-only; the agent gets an own,
// editable copy. Without the shortcut, which may clash with an own one.

export function copyToOwnLibrary(s: Snippet, suffix: string): Promise<Snippet> {
  return createSnippet({
    title: `${s.title} ${suffix}`.slice(0, 200),
    body: s.body,
    format: s.format,
    tags: s.tags,
    language: s.language,
    moods: s.moods,
  });
}

/** The palette's copy, by the team entry's id (the palette frame cannot open IndexedDB itself). */
export async function copyTeamEntry(id: string, suffix: string): Promise<Snippet> {
  const entry = await getDb().shelfEntries.get(id);
  if (!entry) throw new LibraryError(notice('libSnippetGone'), 'not-found', id);
  const { shelfId: _shelf, origin: _origin, ...snippet } = entry;
  return copyToOwnLibrary(snippet, suffix);
}
