import type { Snippet } from './db/schema';

// Folders of the library manager. Zendesk writes a macro's categories into its title
// ("Billing::Refunds::Refund issued"), and agents who come from it keep doing so: the
// title is the one place folders live, so an import, an export or a rename never
// disagrees with the folder a snippet is shown in.

export const FOLDER_SEPARATOR = '::';

/** "Billing::Refunds::Refund issued" → folder ["Billing", "Refunds"], name "Refund issued". */
export function splitTitle(title: string): { folder: string[]; name: string } {
  const parts = title
    .split(FOLDER_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = parts.pop() ?? title.trim();
  return { folder: parts, name };
}

export interface FolderNode {
  /** The folder's segments joined with "::", the key a filter uses. */
  path: string;
  name: string;
  depth: number;
  /** Snippets in it and in its sub-folders. */
  count: number;
}

const collate = (a: string, b: string) => a.localeCompare(b, 'de', { sensitivity: 'base' });

/** Every folder, parents before children, siblings by name. */
export function folderTree(snippets: readonly Pick<Snippet, 'title'>[]): FolderNode[] {
  const counts = new Map<string, number>();
  for (const s of snippets) {
    const { folder } = splitTitle(s.title);
    for (let depth = 1; depth <= folder.length; depth++) {
      const path = folder.slice(0, depth).join(FOLDER_SEPARATOR);
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
  }
  const paths = [...counts.keys()].map((path) => path.split(FOLDER_SEPARATOR));
  // Segment by segment, so "A::B" sorts right after "A" and before "A B".
  paths.sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = collate(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  });
  return paths.map((segments) => {
    const path = segments.join(FOLDER_SEPARATOR);
    return { path, name: segments[segments.length - 1]!, depth: segments.length - 1, count: counts.get(path) ?? 0 };
  });
}

/** Whether a snippet is in the folder `path` or below it; "" is the whole library. */
export function inFolder(snippet: Pick<Snippet, 'title'>, path: string): boolean {
  if (!path) return true;
  const folder = splitTitle(snippet.title).folder.join(FOLDER_SEPARATOR);
  return folder === path || folder.startsWith(path + FOLDER_SEPARATOR);
}

/** Every tag with the number of snippets carrying it, by name. */
export function tagCounts(snippets: readonly Pick<Snippet, 'tags'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of snippets) for (const tag of s.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => collate(a.tag, b.tag));
}
