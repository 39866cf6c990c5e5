import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KitLoader } from '../content/kit-api';
import type { FocusTracker } from '../insert/focus';
import { isOwnEdit } from '../insert/own-edits';
import { hasFocusWithin } from '../insert/selection';
import { ContentConfigSchema } from '../messaging/content-config';
import { onTabMessage, sendUnparsed } from '../messaging/unparsed';
import { isExpansionKey, matchesHotkey, parseHotkey } from './keys';
import { heldKeyOf, heldTextOf } from '../palette/held-keys';
import { wordBeforeCaret } from './word';

// The keys Tonlage answers in a reply box: the palette hotkey, and the expansion key after
// a shortcut. Every other key, and the expansion key after a word that is no shortcut,
// passes through untouched. The shortcut list (not the texts) is kept here so the decision
// is synchronous; it is refreshed when a reply box gets focus. What happens after a key was
// claimed is the kit's (lib/content/kit-api.ts), loaded ahead once a reply box gets focus.

const REFRESH_MS = 1000;

const TAB = Symbol('Tab');
const isPlainTab = (e: KeyboardEvent) => e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;

export function handleKeys(ctx: ContentScriptContext, focus: FocusTracker, kits: KitLoader): void {
  const kit = kits.load;
  let shortcuts = new Set<string>();
  let hotkey = parseHotkey('Ctrl+Shift+Space');
  let expansionKey = 'Tab';
  let fetchedAt = 0;

  const apply = (raw: unknown) => {
    const config = ContentConfigSchema.parse(raw);
    kits.setLanguage(config.uiLanguage);
    shortcuts = new Set(config.shortcuts);
    hotkey = parseHotkey(config.paletteHotkey) ?? hotkey;
    expansionKey = config.expansionKey;
  };
  ctx.onInvalidated(
    onTabMessage('content.configChanged', async (config) => {
      apply(config);
      return { ok: true };
    }),
  );

  const refresh = () => {
    if (Date.now() - fetchedAt < REFRESH_MS || ctx.isInvalid) return;
    fetchedAt = Date.now();
    sendUnparsed('content.config', {})
      .then(apply)
      .catch(() => (fetchedAt = 0));
  };

  // Keys typed while an expansion is on its way are held and inserted after it at the
  // template's cursor mark: typed into the editor, they would land before the caret got there.
  // A plain Tab among them moves on to the template's next stop, in turn.
  let held: (string | typeof TAB)[] | null = null;
  const holdWhile = async (work: () => Promise<unknown>) => {
    held = [];
    const loaded = kit();
    try {
      await work();
    } finally {
      // The expansion opened the palette for a template's fill-in fields: what was typed
      // meanwhile belongs to its form, which gets the keys once it has the keyboard.
      const palette = kits.current()?.palette;
      if (palette?.waiting()) {
        for (const key of held) palette.hold(key === TAB ? { key: 'Tab' } : key === '\n' ? { key: 'Enter' } : { key });
        held = [];
      }
      // Keys typed meanwhile are held too, until nothing is left to insert.
      for (let target = focus.current(); held.length && target; target = focus.current()) {
        const next = held.indexOf(TAB);
        const typed = held.splice(0, next < 0 ? held.length : next).join('');
        if (typed) await (await loaded).insertTyped(target, typed);
        if (held[0] === TAB) {
          held.shift();
          // Editors that copy the DOM selection late need a moment before the next keys.
          const k = await loaded;
          if (k.moveToNextStop(target)) await k.caretSettled(target);
        }
      }
      held = null;
    }
  };
  const fail = (error: unknown) =>
    void kit()
      .then((k) => k.toast([String(error)]))
      .catch(() => console.warn('[tonlage]', error));
  const expand = (shortcut: string) => holdWhile(async () => (await kit()).expand(shortcut));

  const onKeydown = (event: KeyboardEvent) => {
    // Only the agent's own keys act. A page's synthetic key is ignored before anything else,
    // and treated exactly like any other key (never claimed), so dispatchEvent's answer and
    // defaultPrevented tell the page nothing about which words are shortcuts.
    if (!event.isTrusted) return;
    const target = focus.current();
    // The palette's frame element has the page's focus, but the browser sends keys to the
    // page until it has taken in the change: such keys are the palette's, held like the rest.
    const toPalette = !!kits.current()?.palette.handingKeyboard();
    if (!toPalette && (!target || !hasFocusWithin(target.el))) return;
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
    // The palette is opening: until its frame has the keyboard, the agent's keys are its own.
    const palette = kits.current()?.palette;
    const forPalette = !held && palette?.waiting() && !matchesHotkey(event, hotkey) ? heldKeyOf(event) : undefined;
    if (forPalette) {
      event.preventDefault();
      event.stopImmediatePropagation();
      palette!.hold(forPalette);
      return;
    }
    if (toPalette || !target) return;
    if (matchesHotkey(event, hotkey)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void kit()
        .then((k) => k.palette.open())
        .catch(fail);
      return;
    }
    // A shortcut before the caret wins over the template's next Tab stop.
    const word = isExpansionKey(event, expansionKey) ? wordBeforeCaret(target) : undefined;
    if (!word || !shortcuts.has(word)) {
      // Stops are armed by an insertion, which the kit made: without the kit, there are none.
      const k = kits.current();
      if (isPlainTab(event) && k?.moveToNextStop(target)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        // Keys typed at once would reach an editor that copies the DOM selection late before
        // it has the new place: hold them until it has, then insert them there.
        void holdWhile(() => k.caretSettled(target));
      }
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    void expand(word).catch(fail);
  };

  // Text that comes without a keydown (an input method, dictation, an emoji picker) is held
  // the same way while an expansion runs or the palette opens.
  const onBeforeInput = (event: InputEvent) => {
    if (isOwnEdit()) return;
    const target = focus.current();
    if (!target || !hasFocusWithin(target.el)) return;
    const palette = kits.current()?.palette;
    if (!held && !palette?.waiting()) return;
    const text = heldTextOf(event);
    if (!text) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const { key } of text) {
      if (held) held.push(key);
      else palette!.hold({ key });
    }
  };

  focus.onFrame((doc) => {
    ctx.addEventListener(doc, 'keydown', onKeydown, { capture: true });
    ctx.addEventListener(doc, 'beforeinput', onBeforeInput as EventListener, { capture: true });
    ctx.addEventListener(doc, 'focusin', (event: FocusEvent) => {
      if (!event.isTrusted) return;
      refresh();
      // The agent may act soon: have the kit and the palette's frame ready.
      if (focus.current())
        void kit()
          .then((k) => k.palette.warm())
          .catch((error: unknown) => console.warn('[tonlage]', error));
    });
  });
  refresh();
}
