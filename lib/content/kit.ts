import { hideToast, showToast } from '../expand/toast';
import { setContentLanguage } from '../i18n/content';
import { draftTarget, readDraft, replaceDraft } from '../insert/draft';
import { insertSnippet } from '../insert/engine';
import { focusForInsert } from '../insert/focus';
import { settleCaretMove } from '../insert/late-selection';
import { moveToNextStop } from '../insert/stops';
import type { Target } from '../insert/targets';
import type { InsertRequest } from '../insert/types';
import type { HeldKey } from '../messaging/palette';
import { isCharacter } from '../palette/held-keys';
import { toBackground } from '../messaging/background';
import { parsedHandler } from '../messaging/define';
import { tabChannel } from '../messaging/tab';
import { createPaletteHost } from '../palette/host';
import { zendeskShelfKit } from '../shelves/zendesk/content';
import { skeletonOf } from '../sites/skeleton';
import type { Kit, KitStart } from './kit-api';

// The content script's on-demand part (see kit-api.ts): everything that runs once the agent
// acts. It parses every message before acting on it, as the one-part content script did.

export function startKit({ ctx, focus, adapter, language }: KitStart): Kit {
  setContentLanguage(language);
  const draftBox = () => draftTarget(focus.current(), adapter?.findReplyBoxes(document) ?? []);
  const record = (snippetId: string) =>
    toBackground.send('usage.record', { snippetId, site: location.hostname }).catch(console.warn);
  // Into the box the agent last worked in; else the page's visible reply box.
  const apply = async (request: InsertRequest) => {
    const outcome = await insertSnippet((await focusForInsert(focus)) ?? draftBox(), request);
    if (outcome.ok && request.snippetId) void record(request.snippetId);
    return outcome;
  };
  // What the page's own controls need kept free of the palette (SiteAdapter.keepClear).
  const keepClear = (box: HTMLElement) => adapter?.keepClear?.(box) ?? [];
  // A text field has no model of its own to catch up.
  const caretSettled = async (target: Target) =>
    target.kind === 'text-control' ? undefined : settleCaretMove(target.el);
  // Keys typed on right after the palette's Enter, while it inserted: into the reply box, after
  // the template (characters and Enter as text, Tab to the template's next stop). Backspace,
  // arrows and the like are the editor's own and are not replayed.
  const typeOn = async (keys: HeldKey[]) => {
    let text = '';
    const flush = async () => {
      const target = focus.current();
      if (text && target) await insertSnippet(target, { text });
      text = '';
    };
    for (const key of keys) {
      if (isCharacter(key)) text += key.key;
      else if (key.key === 'Enter' && !key.shift) text += '\n';
      else if (key.key === 'Tab' && !key.shift) {
        await flush();
        const target = focus.current();
        if (target && moveToNextStop(target)) await caretSettled(target);
      }
    }
    await flush();
  };
  const palette = createPaletteHost(ctx, focus, apply, keepClear, typeOn);
  const handler = <T extends keyof typeof tabChannel & string>(
    type: T,
    handle: Parameters<typeof parsedHandler<(typeof tabChannel)[T]>>[2],
  ) => parsedHandler(type, tabChannel[type], handle);

  return {
    tab: {
      'insert.apply': handler('insert.apply', apply),
      'draft.get': handler('draft.get', () => readDraft(draftBox())),
      'page.skeleton': handler('page.skeleton', () => ({ html: skeletonOf(adapter, draftBox()?.el) })),
      'draft.replace': handler('draft.replace', ({ text }) => replaceDraft(draftBox(), text)),
    },
    palette,
    async expand(shortcut) {
      const target = focus.current();
      const rendered = await toBackground.send('insert.expandShortcut', { shortcut });
      if (!rendered || !target) return;
      // A template with fill-in fields: the palette asks for them, then replaces the shortcut.
      if (rendered.fields.length > 0) return palette.open({ query: shortcut, replaceChars: shortcut.length });
      const outcome = await insertSnippet(target, { ...rendered.request, replaceChars: shortcut.length });
      if (outcome.ok) {
        void record(rendered.snippetId);
        showToast(rendered.hints);
      } else {
        showToast([outcome.message]);
      }
    },
    async insertTyped(target, text) {
      await insertSnippet(target, { text });
    },
    moveToNextStop,
    caretSettled,
    toast: (lines) => (lines.length ? showToast(lines) : hideToast()),
    setLanguage: setContentLanguage,
    zendeskShelf: zendeskShelfKit(ctx.signal),
  };
}
