import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useMemo, useState } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { MATCH_LIMIT } from '@/lib/messaging/library';
import { firstSnippetsQuery, libraryMatchQuery, snippetsQuery } from '@/lib/queries/library';
import { ALL_SNIPPETS, type ManagerView, visibleSnippets } from '@/lib/queries/manager';
import { deleteSnippetsMutation, duplicateSnippetMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { conflictOf } from '@/lib/queries/conflict';
import { ConflictNotice } from '../ConflictNotice';
import { useUi } from '../useUi';
import { BulkActions } from './BulkActions';
import { FolderPane } from './FolderPane';
import { ListControls } from './ListControls';
import { SnippetEditor } from './SnippetEditor';
import { SnippetList } from './SnippetList';
import { type Undoable, UndoStatus } from './UndoStatus';
import './manager.css';

const focusById = (id: string) => document.getElementById(id)?.focus();
const asText = (s: Snippet) => `${s.title}\n\n${s.body}`;

/**
 * The library manager: folders and tags, the keyboard-driven list, the editor. Deletes can
 * be undone, and carry the revisions the list showed: a snippet changed elsewhere meanwhile
 * is not deleted unseen, the agent compares and chooses.
 */
export function SnippetsSection() {
  const { t } = useUi();
  const client = useQueryClient();
  // A large library takes seconds to read: its first rows by title show at once, and the
  // folders, the search results and the bulk actions wait for the whole of it. The whole is asked for
  // once the first rows are there: one connection's answers come in order, so a read of the
  // whole library started first would hold the first rows back.
  const firstRows = useQuery(firstSnippetsQuery());
  const whole = useQuery({ ...snippetsQuery(), enabled: !firstRows.isPending }).data;
  const first = firstRows.data;
  const partial = whole === undefined && first !== undefined && first.total > first.first.length;
  const snippets = whole ?? first?.first;
  const [view, setView] = useState<ManagerView>(ALL_SNIPPETS);
  const [query, setQuery] = useState('');
  const match = useQuery(libraryMatchQuery(query));
  const searching = query.trim() !== '';
  const matched = useMemo(() => (searching ? (match.data ?? []) : undefined), [searching, match.data]);
  // The search box stays usable while the library loads (disabling it would swallow keys typed
  // at that moment); its answer is shown once the whole library is there.
  const shown = useMemo(
    () => (partial && matched ? [] : visibleSnippets(snippets ?? [], view, matched)),
    [partial, snippets, view, matched],
  );
  const [active, setActive] = useState(-1);
  const [openId, setOpenId] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Undoable | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
  const open = snippets?.find((s) => s.id === openId);
  const all = snippets ?? [];

  const changeView = (next: ManagerView) => {
    setView(next);
    setActive(-1);
  };
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const remove = useMutation({
    ...deleteSnippetsMutation(client),
    onSuccess: (removed) => {
      if (removed.some((s) => s.id === openId)) setOpenId(undefined);
      const message =
        removed.length === 1
          ? t('deletedOne', { title: removed[0]!.title })
          : t('deletedMany', { count: removed.length });
      setUndo({ message, snippets: removed });
    },
  });
  const duplicate = useMutation({
    ...duplicateSnippetMutation(client, t('copySuffix')),
    onSuccess: (copy) => setOpenId(copy.id),
  });
  const [asked, setAsked] = useState<Snippet[]>([]);
  const deleteShown = (list: Snippet[]) => {
    setAsked(list);
    remove.mutate(list.map((s) => ({ id: s.id, base: s.updatedAt })));
  };
  const conflict = conflictOf<Snippet>(remove.error);
  const seen = conflict && asked.find((s) => s.id === conflict.id);
  const failure = (conflict ? null : remove.error) ?? duplicate.error;
  const openSnippet = (s?: Snippet) => {
    setOpenId(s?.id);
    // After React has rendered the editor for it.
    requestAnimationFrame(() => focusById('snippet-title'));
  };
  const onEditorKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    focusById('snippet-list');
  };
  const capped = matched !== undefined && matched.length >= MATCH_LIMIT;

  return (
    <div className="manager">
      <p className="skip-links">
        <a href="#snippet-list" onClick={(e) => (e.preventDefault(), focusById('snippet-list'))}>
          {t('skipToList')}
        </a>
        <a href="#snippet-editor" onClick={(e) => (e.preventDefault(), focusById('snippet-title'))}>
          {t('skipToEditor')}
        </a>
      </p>
      <FolderPane
        snippets={partial ? [] : all}
        folder={view.folder}
        tag={view.tag}
        onFolder={(folder) => changeView({ ...view, folder })}
        onTag={(tag) => changeView({ ...view, tag })}
      />
      <section className="pane list-pane" aria-labelledby="library-h">
        <h2 id="library-h">{t('library')}</h2>
        <ListControls
          query={query}
          view={view}
          onQuery={(q) => {
            setQuery(q);
            setActive(-1);
          }}
          onView={changeView}
        />
        <p
          className="muted"
          data-testid="snippet-count"
          data-state={partial ? 'partial' : snippets ? 'complete' : 'loading'}
          aria-live="polite"
        >
          {partial && t('libraryLoading', { shown: all.length, count: first.total })}
          {!partial && (snippets ? t('snippetCount', { count: all.length }) : t('loading'))}
          {!partial && snippets && shown.length !== all.length && ` · ${t('shownCount', { count: shown.length })}`}
        </p>
        {capped && <p className="muted small">{t('matchCapped', { count: MATCH_LIMIT })}</p>}
        <BulkActions
          selected={partial ? [] : all.filter((s) => selected.has(s.id))}
          onDelete={deleteShown}
          onClear={() => setSelected(new Set())}
        />
        <div className="row">
          <button type="button" onClick={() => openSnippet(undefined)}>
            {t('newSnippetButton')}
          </button>
          <button
            type="button"
            disabled={partial || shown.length === 0}
            onClick={() => setSelected(new Set(shown.map((s) => s.id)))}
          >
            {t('selectShown')}
          </button>
        </div>
        <p id="list-keys" className="muted small">
          {t('listKeys')}
        </p>
        {snippets?.length === 0 && <p>{t('noSnippets')}</p>}
        <SnippetList
          snippets={shown}
          active={active}
          openId={openId}
          selected={selected}
          onActive={setActive}
          onOpen={openSnippet}
          onToggle={toggle}
          onDelete={(s) => deleteShown([s])}
          onSearchKey={() => focusById('library-search')}
        />
      </section>
      <div className="pane editor-pane" id="snippet-editor" onKeyDown={onEditorKey}>
        <UndoStatus undo={undo} onDone={clearUndo} />
        {conflict && seen && (
          <ConflictNotice
            testId="delete-conflict"
            message={t('conflictDeleteSnippet')}
            mine={asText(seen)}
            theirs={asText(conflict)}
            labels={{ reload: t('conflictDeleteKeep'), keep: t('conflictDeleteAnyway'), mine: t('conflictShownHere') }}
            onReload={() => remove.reset()}
            onKeepMine={() => deleteShown(asked.map((s) => (s.id === conflict.id ? conflict : s)))}
          />
        )}
        {failure && (
          <p role="alert" className="error">
            {errorText(failure, t)}
          </p>
        )}
        <SnippetEditor
          key={open?.id ?? 'new'}
          editing={open}
          snippets={all}
          onClose={() => setOpenId(undefined)}
          onDuplicate={(s) => duplicate.mutate(s)}
          onDelete={(s) => deleteShown([s])}
        />
      </div>
    </div>
  );
}
