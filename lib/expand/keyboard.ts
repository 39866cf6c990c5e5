import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertSnippet } from '../insert/engine';
import type { FocusTracker } from '../insert/focus';
import { setContentLanguage } from '../i18n/content';
import { hasFocusWithin } from '../insert/selection';
import { moveToNextStop } from '../insert/stops';
import { type ContentConfig, toBackground } from '../messaging/background';
import { toTab } from '../messaging/tab';
import type { PaletteHost } from '../palette/host';
import { isExpansionKey, matchesHotkey, parseHotkey } from './keys';
import { showToast } from './toast';
import { wordBeforeCaret } from './word';

// The keys Tonlage answers in a reply box: the palette hotkey, and the expansion key after
// a shortcut. Every other key, and the expansion key after a word that is no shortcut,
// passes through untouched. The shortcut list (not the texts) is kept here so the decision
// is synchronous; it is refreshed when a reply box gets focus.

const REFRESH_MS = 1000;

const TAB = Symbol('Tab');
/** Editors that copy the DOM selection in a throttled selectionchange handler have it by then (as in lib/insert/rich.ts). */
const SELECTION_SETTLES_MS = 250;
const settle = () => new Promise((resolve) => setTimeout(resolve, SELECTION_SETTLES_MS));
const isPlainTab = (e: KeyboardEvent) => e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;

export function handleKeys(ctx: ContentScriptContext, focus: FocusTracker, palette: PaletteHost): void {
  let shortcuts = new Set<string>();
  let hotkey = parseHotkey('Ctrl+Shift+Space');
  let expansionKey = 'Tab';
  let fetchedAt = 0;

  const apply = (config: ContentConfig) => {
    setContentLanguage(config.uiLanguage);
    shortcuts = new Set(config.shortcuts);
    hotkey = parseHotkey(config.paletteHotkey) ?? hotkey;
    expansionKey = config.expansionKey;
  };
  ctx.onInvalidated(
    toTab.handle('content.configChanged', (config) => {
      apply(config);
      return { ok: true };
    }),
  );

  const refresh = () => {
    if (Date.now() - fetchedAt < REFRESH_MS || ctx.isInvalid) return;
    fetchedAt = Date.now();
    toBackground
      .send('content.config', {})
      .then(apply)
      .catch(() => (fetchedAt = 0));
  };

  // Keys typed while an expansion is on its way are held and inserted after it at the
  // template's cursor mark: typed into the editor, they would land before the caret got there.
  // A plain Tab among them moves on to the template's next stop, in turn.
  let held: (string | typeof TAB)[] | null = null;
  const holdWhile = async (work: () => Promise<unknown>) => {
    held = [];
    try {
      await work();
    } finally {
      // Keys typed meanwhile are held too, until nothing is left to insert.
      for (let target = focus.current(); held.length && target; target = focus.current()) {
        const next = held.indexOf(TAB);
        const typed = held.splice(0, next < 0 ? held.length : next).join('');
        if (typed) await insertSnippet(target, { text: typed });
        if (held[0] === TAB) {
          held.shift();
          // Editors that copy the DOM selection late need a moment before the next keys.
          if (moveToNextStop(target)) await settle();
        }
      }
      held = null;
    }
  };
  const expand = (shortcut: string) => holdWhile(() => expandNow(shortcut));
  const expandNow = async (shortcut: string) => {
    const target = focus.current();
    const rendered = await toBackground.send('insert.expandShortcut', { shortcut });
    if (!rendered || !target) return;
    // A template with fill-in fields: the palette asks for them, then replaces the shortcut.
    if (rendered.fields.length > 0) return palette.open({ query: shortcut, replaceChars: shortcut.length });
    const outcome = await insertSnippet(target, { ...rendered.request, replaceChars: shortcut.length });
    if (outcome.ok) {
      toBackground.send('usage.record', { snippetId: rendered.snippetId, site: location.hostname }).catch(console.warn);
      showToast(rendered.hints);
    } else {
      showToast([outcome.message]);
    }
  };

  const onKeydown = (event: KeyboardEvent) => {
    // Only the agent's own keys act. A page's synthetic key is ignored before anything else,
    // and treated exactly like any other key (never claimed), so dispatchEvent's answer and
    // defaultPrevented tell the page nothing about which words are shortcuts.
    if (!event.isTrusted) return;
    const target = focus.current();
    if (!target || !hasFocusWithin(target.el)) return;
    if (
      held &&
      (event.key.length === 1 || event.key === 'Enter') &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event.key === 'Enter' ? '\n' : event.key);
      return;
    }
    if (held && isPlainTab(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(TAB);
      return;
    }
    if (matchesHotkey(event, hotkey)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      palette.open();
      return;
    }
    // A shortcut before the caret wins over the template's next Tab stop.
    const word = isExpansionKey(event, expansionKey) ? wordBeforeCaret(target) : undefined;
    if (!word || !shortcuts.has(word)) {
      if (isPlainTab(event) && moveToNextStop(target)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        // Keys typed at once would reach an editor that copies the DOM selection late before
        // it has the new place: hold them a moment, then insert them there.
        void holdWhile(settle);
      }
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void expand(word).catch((error: unknown) => showToast([String(error)]));
  };

  focus.onFrame((doc) => {
    ctx.addEventListener(doc, 'keydown', onKeydown, { capture: true });
    ctx.addEventListener(doc, 'focusin', (event: FocusEvent) => {
      if (!event.isTrusted) return;
      refresh();
      if (focus.current()) palette.warm();
    });
  });
  refresh();
}
