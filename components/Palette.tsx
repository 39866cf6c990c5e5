import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Snippet } from '@/lib/db/schema';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import type { FromFrame, ToFrame } from '@/lib/messaging/palette';
import { librarySearchQuery, tabContextQuery } from '@/lib/queries/library';
import { readCustomer } from '@/lib/suggest';
import { renderSnippet } from '@/lib/template/snippet';
import { validateTemplate } from '@/lib/template';
import { connectFrame, type FrameChannel } from './palette/channel';
import { type Visibility, watchVisibility } from './palette/visibility';
import { TeamActionsNote } from './TeamActionsNote';
import { useUi } from './useUi';

// The hotkey palette, shown in the page as an extension iframe. Keyboard only: type to
// search, arrows to move, Enter to insert (after the fill-in fields, if any), Esc to close.

/** How long a "not visible" judgement may last before it counts (a busy renderer reports late). */
const STILL_HIDDEN_MS = 400;

export function Palette() {
  const { t } = useUi();
  const client = useQueryClient();
  const [tabId, setTabId] = useState<number>();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [fieldValues, setFieldValues] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string>();
  // "Now" for recency ranking, taken when the palette opens.
  const [openedAt, setOpenedAt] = useState(() => Date.now());
  const search = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const channel = useRef<FrameChannel>(undefined);
  const visibility = useRef<Visibility>(undefined);
  // Keys count only once the content script has seen the palette visible and gave it the
  // focus; a page that focuses this frame by itself gets nothing typed here.
  const active = useRef(false);

  useEffect(() => {
    const takeKeys = () => {
      window.focus();
      (box.current?.querySelector<HTMLInputElement>('form input') ?? search.current)?.focus();
    };
    const onMessage = (message: ToFrame) => {
      if (message.type === 'open') {
        // Opened by a typed shortcut whose template has fill-in fields: ask for them at once.
        active.current = false;
        setQuery(message.query);
        setSelected(0);
        setAsking(message.ask);
        setMessage(undefined);
        setFieldValues({});
        setOpenedAt(Date.now());
        channel.current?.stayConnected(true);
        // Broadcasts don't reach a frame inside a helpdesk page (partitioned storage): refresh on open.
        void client.invalidateQueries({ queryKey: ['tab-context'] });
        void client.invalidateQueries({ queryKey: ['snippets'] });
        void visibility.current
          ?.whenVisible(2000)
          .then((visible) => channel.current?.post({ type: visible ? 'visible' : 'hidden' }));
      } else if (message.type === 'focus') {
        active.current = true;
        // The page focused this frame's element; an out-of-process frame does not always get
        // the keyboard from that alone (seen in Chromium), so take it explicitly.
        takeKeys();
      } else if (message.type === 'closed') {
        active.current = false;
        (document.activeElement as HTMLElement | null)?.blur();
        channel.current?.stayConnected(false);
      } else if (message.type === 'failed') {
        setMessage(message.message);
      }
    };
    channel.current = connectFrame(setTabId, onMessage);
    // Covered or hidden while it takes keys: the content script closes it and tells the agent.
    // A judgement that recovers within a moment (a busy renderer) is no cover.
    visibility.current = watchVisibility(document.body, (visible) => {
      if (visible || !active.current) return;
      void visibility.current?.whenVisible(STILL_HIDDEN_MS).then((back) => {
        if (!back && active.current) channel.current?.post({ type: 'hidden' });
      });
    });
    // No autoFocus: the frame loads hidden while the agent types, and must not take the focus.
    const onFocus = () => {
      if (active.current) takeKeys();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [client]);

  const context = useQuery({ ...tabContextQuery(tabId), enabled: tabId !== undefined }).data ?? null;
  const customer = useMemo(() => readCustomer(context), [context]);
  const searchOptions = librarySearchQuery({ query, ...customer, now: openedAt, limit: 30 });
  const results = useQuery({ ...searchOptions, placeholderData: keepPreviousData });
  const hits = results.data ?? [];
  const current: LibraryHit | undefined = hits[Math.min(selected, hits.length - 1)];
  const fields = useMemo(() => {
    const result = current ? validateTemplate(current.body) : undefined;
    return result?.ok ? result.fields : [];
  }, [current]);
  const preview = useQuery({
    queryKey: ['snippets', 'preview', current?.id, context, fieldValues],
    queryFn: () => renderSnippet(current!, context, fieldValues),
    enabled: !!current,
  }).data;

  const insert = async (snippet = current) => {
    if (!snippet || tabId === undefined) return;
    // Act only while the agent can see the palette: the observer confirms it within a
    // moment, else it was covered and nothing is inserted.
    if (!(await visibility.current?.whenVisible(STILL_HIDDEN_MS))) return post({ type: 'hidden' });
    const rendered = await renderSnippet(snippet, context, fieldValues);
    // The content script checks visibility again, then inserts (and closes) or says why not.
    channel.current?.post({ type: 'insert', request: rendered.request });
  };
  const post = (message: FromFrame) => channel.current?.post(message);

  const choose = (fresh: Snippet[]) => {
    const snippet = fresh[Math.min(selected, fresh.length - 1)];
    const wanted = snippet ? validateTemplate(snippet.body) : undefined;
    if (wanted?.ok && wanted.fields.length > 0) setAsking(true);
    else void insert(snippet);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!active.current) return event.preventDefault();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (asking) setAsking(false);
      else post({ type: 'close' });
    } else if (event.key === 'ArrowDown' && !asking) {
      event.preventDefault();
      setSelected((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp' && !asking) {
      event.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      // Enter right after typing: choose among the hits of what was typed, not the previous ones.
      if (results.isPlaceholderData && !asking) return void client.fetchQuery(searchOptions).then(choose);
      if (fields.length > 0 && !asking) return setAsking(true);
      // In the fill-in form, Enter moves to the next field and inserts from the last one.
      const inputs = [...(event.currentTarget.querySelectorAll<HTMLInputElement>('form input') ?? [])];
      const at = inputs.indexOf(event.target as HTMLInputElement);
      if (asking && at >= 0 && at < inputs.length - 1) inputs[at + 1]!.focus();
      else void insert();
    }
  };

  // Not paired with Tonlage's content script in this tab (a frame some page embedded): nothing to show.
  if (tabId === undefined) return null;
  return (
    <div ref={box} className="palette-box" onKeyDown={onKeyDown} role="dialog" aria-label={t('paletteTitle')}>
      <input
        ref={search}
        className="palette-search"
        aria-label={t('searchLibrary')}
        placeholder={t('paletteSearchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(0);
        }}
      />
      <div className="palette-body">
        <ul className="plain palette-list" role="listbox" aria-label={t('library')}>
          {hits.map((s, i) => (
            <li
              key={s.id}
              role="option"
              aria-selected={i === selected}
              data-testid="palette-item"
              onMouseDown={(e) => {
                e.preventDefault();
                setSelected(i);
              }}
            >
              <span>{s.title}</span> {s.shortcut && <code>{s.shortcut}</code>}
            </li>
          ))}
          {hits.length === 0 && <li className="muted">{t('noMatches')}</li>}
        </ul>
        <div className="palette-preview" data-testid="palette-preview" aria-live="polite">
          {asking ? (
            <form onSubmit={(e) => e.preventDefault()}>
              {fields.map((f, i) => (
                <label key={f.key}>
                  {f.label}
                  <input
                    autoFocus={i === 0}
                    value={fieldValues[f.key] ?? ''}
                    onChange={(e) => setFieldValues((v) => ({ ...v, [f.key]: e.target.value }))}
                  />
                </label>
              ))}
            </form>
          ) : (
            <pre>{preview?.request.text}</pre>
          )}
          {preview && preview.hints.length > 0 && <p className="muted">{preview.hints.join(' ')}</p>}
          {!asking && <TeamActionsNote hit={current} />}
          {message && (
            <p role="alert" className="error">
              {message}
            </p>
          )}
        </div>
      </div>
      <p className="muted palette-help">{t('paletteHelp')}</p>
    </div>
  );
}
