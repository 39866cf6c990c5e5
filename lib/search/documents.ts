import type { Snippet } from '../db/schema';
import { fold, searchableBody, tokenize } from './fold';
import { FIELD_BITS } from './rank';

// What the index keeps per snippet: the terms of each field group, for search and removal.

export interface IndexedDoc {
  snippet: Snippet;
  /** Folded shortcut, matched as a whole ("gr-hund"), not as words. */
  shortcut?: string;
  /** term → mask of the short fields (shortcut, title, tags) holding it. */
  meta: Map<string, number>;
  /** terms of the body; the mask is always the body bit. */
  body: Map<string, number>;
}

export function indexDoc(snippet: Snippet): IndexedDoc {
  const meta = new Map<string, number>();
  const addMeta = (text: string, bit: number) => {
    for (const term of tokenize(text)) meta.set(term, (meta.get(term) ?? 0) | bit);
  };
  if (snippet.shortcut) addMeta(snippet.shortcut, FIELD_BITS.shortcut);
  addMeta(snippet.title, FIELD_BITS.title);
  for (const tag of snippet.tags) addMeta(tag, FIELD_BITS.tags);
  const body = new Map<string, number>();
  for (const term of tokenize(searchableBody(snippet.body, snippet.format))) body.set(term, FIELD_BITS.body);
  const shortcut = snippet.shortcut ? fold(snippet.shortcut.trim()) : undefined;
  return { snippet, shortcut, meta, body };
}
