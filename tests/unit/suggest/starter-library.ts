import type { Snippet } from '@/lib/db/schema';
import { starterEntries } from '@/lib/starter/entries';

/** The starter library as installed snippets (ids are the starter ids, "grief-pet-food-return:de"). */
export const STARTER_SNIPPETS: Snippet[] = starterEntries().map((e) => ({
  id: e.starterId,
  title: e.title,
  shortcut: e.shortcut,
  body: e.body,
  format: 'text',
  tags: e.tags,
  language: e.language,
  variantGroup: e.variantGroup,
  moods: e.moods,
  createdAt: 0,
  updatedAt: 0,
  useCount: 0,
}));

export const templateOf = (s: Snippet) => s.id.split(':')[0];
