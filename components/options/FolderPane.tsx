import { useMemo } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { folderTree, tagCounts } from '@/lib/folders';
import { useUi } from '../useUi';

interface Props {
  snippets: readonly Snippet[];
  folder: string;
  tag: string;
  onFolder: (path: string) => void;
  onTag: (tag: string) => void;
}

/** The left pane: folders (from "::" in titles) and tags, each a filter of the list. */
export function FolderPane({ snippets, folder, tag, onFolder, onTag }: Props) {
  const { t, lang } = useUi();
  const n = (count: number) => count.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
  const folders = useMemo(() => folderTree(snippets), [snippets]);
  const tags = useMemo(() => tagCounts(snippets), [snippets]);
  return (
    <nav className="pane folder-pane" aria-label={t('foldersNav')} data-testid="folder-pane">
      <h2 id="folders-h">{t('foldersTitle')}</h2>
      <ul className="plain tree" aria-labelledby="folders-h">
        <li>
          <button
            type="button"
            aria-current={folder === '' ? 'true' : undefined}
            onClick={() => onFolder('')}
            data-testid="folder"
          >
            {t('allSnippets')} <span className="muted">{n(snippets.length)}</span>
          </button>
        </li>
        {folders.map((f) => (
          <li key={f.path} style={{ paddingLeft: `${f.depth + 1}em` }}>
            <button
              type="button"
              aria-current={folder === f.path ? 'true' : undefined}
              onClick={() => onFolder(f.path)}
              data-testid="folder"
              data-path={f.path}
            >
              {f.name} <span className="muted">{n(f.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      {folders.length === 0 && <p className="muted small">{t('folderHint')}</p>}
      <h2 id="tags-h">{t('tagsTitle')}</h2>
      {tags.length === 0 && <p className="muted small">{t('noTags')}</p>}
      <ul className="plain tree" aria-labelledby="tags-h">
        {tags.map(({ tag: name, count }) => (
          <li key={name}>
            <button
              type="button"
              aria-pressed={tag === name}
              onClick={() => onTag(tag === name ? '' : name)}
              data-testid="tag"
            >
              # {name} <span className="muted">{n(count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
