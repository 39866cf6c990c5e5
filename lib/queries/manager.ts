import type { Snippet } from '../db/schema';
import { inFolder } from '../folders';
import { type SortKey, sortSnippets } from './options';

// What the library manager's list shows: the folder, tag and language chosen on the left,
// and the words typed in the search box as the background's index ranks them.

export interface ManagerView {
  folder: string;
  tag: string;
  language: '' | Snippet['language'];
  sort: SortKey;
}

export const ALL_SNIPPETS: ManagerView = { folder: '', tag: '', language: '', sort: 'title' };

/**
 * The snippets to list. `matched` is the index's answer for the search words (best first),
 * or undefined while no words are typed; then the chosen sort order applies.
 */
export function visibleSnippets(all: readonly Snippet[], view: ManagerView, matched?: readonly string[]): Snippet[] {
  const keep = (s: Snippet) =>
    inFolder(s, view.folder) &&
    (!view.tag || s.tags.includes(view.tag)) &&
    (!view.language || s.language === view.language);
  if (!matched) return sortSnippets(all.filter(keep), view.sort);
  const byId = new Map(all.map((s) => [s.id, s]));
  return matched.map((id) => byId.get(id)).filter((s): s is Snippet => s !== undefined && keep(s));
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

/** The row a navigation key moves to, from `active` in a list of `count` rows, `page` of them visible. */
export function moveActive(key: ListKey, active: number, count: number, page: number): number {
  if (count === 0) return -1;
  const last = count - 1;
  const from = Math.min(Math.max(active, -1), last);
  const target = {
    ArrowDown: from + 1,
    ArrowUp: from < 0 ? 0 : from - 1,
    Home: 0,
    End: last,
    PageDown: from + page,
    PageUp: from - page,
  }[key];
  return Math.min(Math.max(target, 0), last);
}
