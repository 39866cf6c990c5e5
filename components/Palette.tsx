import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import type { FromFrame, HeldKey, ToFrame } from '@/lib/messaging/palette';
import { heldKeyOf, heldTextOf, isCharacter, MAX_HELD, mergeHeld } from '@/lib/palette/held-keys';
import { paletteQuery, tabContextQuery } from '@/lib/queries/library';
import { explainSuggestion, readCustomer } from '@/lib/suggest';
import { previewSnippet, renderSnippet } from '@/lib/template/snippet';
import { validateTemplate } from '@/lib/template';
import { connectFrame, type FrameChannel } from './palette/channel';
import { FillIn } from './palette/FillIn';
import { HitList, LIST_ID, optionId } from './palette/HitList';
import { hasKeyboard } from './palette/keyboard';
import { Preview } from './palette/Preview';
import { PaletteTeamCopy } from './palette/TeamCopy';
import { afterPaint, type Visibility, watchVisibility } from './palette/visibility';
import { TeamActionsNote } from './TeamActionsNote';
import { useUi } from './useUi';

// The hotkey palette, shown in the page as an extension iframe. Keyboard only: type to
// search, arrows to move, Enter to insert (after the fill-in fields, if any), Esc to close.
// The search box is a WAI-ARIA combobox over the hit list (palette/HitList.tsx); a polite
// live region says how many templates were found.

/** How long a "not visible" judgement may last before it counts (a busy renderer reports late). */
const STILL_HIDDEN_MS = 400;
/** After opening: how long the frame may take to paint itself shown, then how long the observer may take to judge it. */
const PAINT_WAIT_MS = 5000;
const JUDGED_WITHIN_MS = 2000;
/** After "focus": how long to wait for the keyboard before asking for the held keys anyway. */
const KEYBOARD_WITHIN_MS = 1000;

export function Palette() {
  const { t, lang } = useUi();
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
  // Keys typed while the palette opened (held by the content script and here, in order), or
  // while an Enter was still choosing: applied one by one once they can be (pump, below).
  const queue = useRef<HeldKey[]>([]);
  /** Between "open" and "focus": keys that reach the frame are the agent's, held until then. */
  const opening = useRef(false);
  /** Counts the openings, so that a wait for the keyboard from an earlier one is ignored. */
  const openings = useRef(0);
  const busy = useRef(false);
  /** Set while a held character is being typed into a field (its own input events pass). */
  const applying = useRef(false);
  /** The text field the agent last had the focus in (a held character's fallback target). */
  const lastField = useRef<HTMLInputElement | null>(null);
  /** After Enter asked for an insertion: keys typed on are for the reply box (sent on "closed"). */
  const handing = useRef<HeldKey[] | undefined>(undefined);
  const act = useRef<(key: HeldKey, target: Element | null) => unknown>(() => undefined);
  const ready = useRef(false);
  const askingNow = useRef(false);
  const pump = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      while (active.current && ready.current && queue.current.length > 0) {
        await act.current(queue.current.shift()!, document.activeElement);
        // That key asked for an insertion (an Enter that first waited for the hits of what was
        // typed): the keys queued behind it are the reply's, like those typed after it.
        if (handing.current) handing.current.push(...queue.current.splice(0));
        // Let what the key changed (a field's value, the form) render before the next one.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    const takeKeys = () => {
      window.focus();
      // Back where the agent was (a field of the form, say), not to its first field.
      const last = lastField.current?.isConnected ? lastField.current : null;
      (last ?? box.current?.querySelector<HTMLElement>('form input, form select') ?? search.current)?.focus();
    };
    const onMessage = (message: ToFrame) => {
      if (message.type === 'open') {
        // Opened by a typed shortcut whose template has fill-in fields: ask for them at once.
        active.current = false;
        opening.current = true;
        openings.current += 1;
        queue.current = [];
        handing.current = undefined;
        lastField.current = null;
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
        visibility.current?.rearm();
        void afterPaint(PAINT_WAIT_MS)
          .then(() => visibility.current?.whenVisible(JUDGED_WITHIN_MS))
          .then((visible) => {
            // What the frame judged on its last opening (for diagnostics in the e2e logs).
            document.body.dataset.judged = visible ? 'visible' : 'hidden';
            channel.current?.post({ type: visible ? 'visible' : 'hidden' });
          });
      } else if (message.type === 'focus') {
        if (!opening.current) return;
        // The page focused this frame's element; an out-of-process frame does not always get
        // the keyboard from that alone (seen in Chromium), so take it explicitly.
        takeKeys();
        // Keys go on reaching the page until the browser has taken in the focus change, and
        // the content script holds them: it hands them over once this document has the focus
        // (a key in between was lost: "Bllo" for "Bello", seen on a loaded machine).
        const opened = openings.current;
        void hasKeyboard(KEYBOARD_WITHIN_MS).then(() => {
          if (opening.current && openings.current === opened) channel.current?.post({ type: 'keyboard' });
        });
      } else if (message.type === 'held') {
        if (!opening.current) return;
        opening.current = false;
        active.current = true;
        takeKeys();
        // What the agent typed in the page while the palette opened, and what reached this
        // frame before this message, in the order it was pressed.
        queue.current = mergeHeld(message.typed, queue.current).slice(0, MAX_HELD);
        void pump();
      } else if (message.type === 'closed') {
        // Closed after the insertion: what the agent typed on goes to the reply box.
        if (handing.current) channel.current?.post({ type: 'typed', keys: handing.current });
        handing.current = undefined;
        active.current = false;
        opening.current = false;
        queue.current = [];
        (document.activeElement as HTMLElement | null)?.blur();
        channel.current?.stayConnected(false);
      } else if (message.type === 'failed') {
        setMessage(message.message);
        // Nothing was inserted and the palette stays: keys typed on belong to it after all.
        queue.current.push(...(handing.current ?? []));
        handing.current = undefined;
        void pump();
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
    // Text without a keydown of its own (an input method, dictation) waits in the same queue.
    const onBeforeInput = (event: InputEvent) => {
      const text = applying.current ? undefined : heldTextOf(event);
      if (text && handing.current) {
        event.preventDefault();
        return void handing.current.push(...text.slice(0, MAX_HELD - handing.current.length));
      }
      if (!text || (active.current && !busy.current && queue.current.length === 0)) return;
      event.preventDefault();
      if (!active.current && !opening.current) return;
      queue.current.push(...text.slice(0, MAX_HELD - queue.current.length));
      if (active.current) void pump();
    };
    document.addEventListener('beforeinput', onBeforeInput, true);
    // Keys, on the whole document: one typed while the focus is between elements (on the
    // body, as the form renders or the frame takes the keyboard) must not slip past.
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const key = heldKeyOf(event);
      if (!active.current) {
        // Not opened by the content script: nothing may be typed into the palette's fields.
        if (!opening.current) {
          if (event.target instanceof Node && box.current?.contains(event.target)) event.preventDefault();
          return;
        }
        event.preventDefault();
        if (key && queue.current.length < MAX_HELD) queue.current.push(key);
        return;
      }
      if (key && handing.current) {
        event.preventDefault();
        if (handing.current.length < MAX_HELD) handing.current.push(key);
        return;
      }
      const target = event.target instanceof Element ? event.target : null;
      // In a form control (a field, a choice, a checkbox, a button) typing is the control's own.
      const inField =
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLButtonElement;
      // Keys typed while earlier ones are still being applied (or an Enter still chooses)
      // wait their turn; so does typing with the focus in no field.
      const typing = !!key && (isCharacter(key) || key.key === 'Backspace');
      if (key && (busy.current || queue.current.length > 0 || (typing && !inField))) {
        event.preventDefault();
        if (queue.current.length < MAX_HELD) queue.current.push(key);
        return void pump();
      }
      // Typing, Backspace and Tab are the browser's own here.
      if (!key || typing || key.key === 'Tab') return;
      if ((key.key === 'ArrowDown' || key.key === 'ArrowUp') && askingNow.current) return;
      if (key.key === 'Enter' && (key.shift || target?.tagName === 'BUTTON')) return;
      event.preventDefault();
      busy.current = true;
      void Promise.resolve(act.current(key, target))
        .finally(() => {
          busy.current = false;
          if (handing.current) handing.current.push(...queue.current.splice(0));
        })
        .then(pump);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('beforeinput', onBeforeInput, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [client, pump]);

  const context = useQuery({ ...tabContextQuery(tabId), enabled: tabId !== undefined }).data ?? null;
  const customer = useMemo(() => readCustomer(context), [context]);
  const searchOptions = paletteQuery({ query, ...customer, now: openedAt, limit: 30 }, tabId);
  const results = useQuery({ ...searchOptions, placeholderData: keepPreviousData });
  const hits = results.data?.hits ?? [];
  const why = results.data?.why;
  const reasons = useMemo(
    () => new Map([...(why ?? [])].map(([id, r]) => [id, explainSuggestion(r, lang)])),
    [why, lang],
  );
  const current: LibraryHit | undefined = hits[Math.min(selected, hits.length - 1)];
  const fields = useMemo(() => {
    const result = current ? validateTemplate(current.body, { askUnknown: true }) : undefined;
    return result?.ok ? result.fields : [];
  }, [current]);
  const preview = useQuery({
    queryKey: ['snippets', 'preview', current?.id, context, fieldValues],
    queryFn: () => previewSnippet(current!, context, fieldValues),
    enabled: !!current,
    placeholderData: keepPreviousData,
  }).data;

  const insert = async (snippet = current) => {
    if (!snippet || tabId === undefined) return;
    // Act only while the agent can see the palette: the observer confirms it within a
    // moment, else it was covered and nothing is inserted.
    handing.current = [];
    if (!(await visibility.current?.whenVisible(STILL_HIDDEN_MS))) {
      handing.current = undefined;
      return post({ type: 'hidden' });
    }
    const rendered = await renderSnippet(snippet, context, fieldValues).catch((error: unknown) => {
      handing.current = undefined;
      throw error;
    });
    // The content script checks visibility again, then inserts (and closes) or says why not.
    channel.current?.post({ type: 'insert', request: rendered.request });
  };
  const post = (message: FromFrame) => channel.current?.post(message);

  const choose = (fresh: LibraryHit[]) => {
    const snippet = fresh[Math.min(selected, fresh.length - 1)];
    const wanted = snippet ? validateTemplate(snippet.body, { askUnknown: true }) : undefined;
    // At once, so that keys typed on reach the form, not the search box.
    if (wanted?.ok && wanted.fields.length > 0) flushSync(() => setAsking(true));
    else return insert(snippet);
  };

  /** What a key does in the palette; characters and Backspace only when applied from the queue. */
  const actNow = async (key: HeldKey, target: Element | null) => {
    const textField = (el: Element | null | undefined) =>
      el instanceof HTMLInputElement && el.type !== 'checkbox' && el.isConnected ? el : null;
    // Where the agent was typing: the focused field, else the last one (focus can be in
    // between while the form renders), else the form's first field or the search box.
    const control = target instanceof HTMLElement && target.matches('input, select, textarea, button');
    const field = control
      ? textField(target)
      : (textField(lastField.current) ??
        textField(box.current?.querySelector(asking ? 'form input' : '.palette-search')));
    if (field && field !== target) field.focus();
    const inputs = () => [...(box.current?.querySelectorAll<HTMLElement>('form input, form select') ?? [])];
    // Through the editing command, so that the field changes as if typed (React sees the input).
    const edit = (command: string, text?: string) => {
      applying.current = true;
      try {
        document.execCommand(command, false, text);
      } finally {
        applying.current = false;
      }
    };
    if (isCharacter(key)) return void (field && edit('insertText', key.key));
    switch (key.key) {
      case 'Backspace':
        return void (field && edit('delete'));
      case 'Escape':
        return asking ? setAsking(false) : post({ type: 'close' });
      case 'ArrowDown':
        return setSelected((i) => Math.min(i + 1, hits.length - 1));
      case 'ArrowUp':
        return setSelected((i) => Math.max(i - 1, 0));
      case 'Tab': {
        const all = inputs();
        const next = all[all.indexOf(target as HTMLElement) + (key.shift ? -1 : 1)];
        return void next?.focus();
      }
      case 'Enter': {
        if (key.shift || (target as HTMLElement | null)?.tagName === 'BUTTON') return;
        // Enter right after typing: choose among the hits of what was typed, not the previous ones.
        if (results.isPlaceholderData && !asking) return choose((await client.fetchQuery(searchOptions)).hits);
        if (fields.length > 0 && !asking) return flushSync(() => setAsking(true));
        // In the fill-in form, Enter moves to the next field and inserts from the last one.
        const all = inputs();
        const at = all.indexOf(target as HTMLElement);
        if (asking && at >= 0 && at < all.length - 1) return void all[at + 1]!.focus();
        return insert();
      }
    }
  };
  // The queue waits for a fill-in form until the template's fields are known.
  const settled = !asking || (results.data !== undefined && !results.isPlaceholderData);
  useLayoutEffect(() => {
    act.current = actNow;
    askingNow.current = asking;
    ready.current = settled;
    if (settled) void pump();
  });

  // Not paired with Tonlage's content script in this tab (a frame some page embedded): nothing to show.
  if (tabId === undefined) return null;
  const shown = Math.min(selected, hits.length - 1);
  const count =
    hits.length === 0
      ? t('paletteCountNone')
      : t(hits.length === 1 ? 'paletteCountOne' : 'paletteCountMany', { count: hits.length });
  return (
    <div
      ref={box}
      className="palette-box"
      onFocus={(event) => {
        if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox')
          lastField.current = event.target;
      }}
      role="dialog"
      aria-label={t('paletteTitle')}
    >
      <input
        ref={search}
        className="palette-search"
        role="combobox"
        aria-label={t('searchLibrary')}
        aria-controls={LIST_ID}
        aria-expanded={hits.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 && !asking ? optionId(shown) : undefined}
        placeholder={t('paletteSearchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(0);
        }}
      />
      <p className="sr-only" role="status" data-testid="palette-count">
        {results.data ? count : ''}
      </p>
      <div className="palette-body">
        <HitList
          hits={hits}
          reasons={reasons}
          selected={shown}
          onSelect={setSelected}
          t={t}
          label={t('library')}
          now={openedAt}
          locale={context?.language ?? lang}
        />
        {/* Focusable so that a long preview can be scrolled from the keyboard too. */}
        <div
          className="palette-preview"
          data-testid="palette-preview"
          role="region"
          aria-label={t('palettePreview')}
          tabIndex={0}
        >
          {hits.length === 0 && <p className="muted">{t('noMatches')}</p>}
          {asking && (
            <FillIn
              fields={fields}
              values={fieldValues}
              onChange={(key, value) => setFieldValues((v) => ({ ...v, [key]: value }))}
              t={t}
            />
          )}
          {current && preview && <Preview parts={preview.parts} label={t('palettePreview')} />}
          {current && preview && preview.hints.length > 0 && <p className="muted">{preview.hints.join(' ')}</p>}
          {!asking && <TeamActionsNote hit={current} />}
          {!asking && <PaletteTeamCopy key={current?.id} hit={current} />}
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
