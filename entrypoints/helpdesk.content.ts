import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleKeys } from '@/lib/expand/keyboard';
import { draftTarget, readDraft, replaceDraft } from '@/lib/insert/draft';
import { insertSnippet } from '@/lib/insert/engine';
import { focusForInsert, trackFocus } from '@/lib/insert/focus';
import type { InsertRequest } from '@/lib/insert/types';
import { toBackground } from '@/lib/messaging/background';
import { toTab } from '@/lib/messaging/tab';
import { createPaletteHost } from '@/lib/palette/host';
import { adapterFor, HELPDESK_MATCHES } from '@/lib/sites/registry';
import { skeletonOf } from '@/lib/sites/skeleton';
import { watchConversation } from '@/lib/content/conversation';
import { startZendeskShelf } from '@/lib/shelves/zendesk/content';
import { pushDraftChanges } from '@/lib/content/draft-push';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  // WXT would announce each start to the page with a window message to any origin, naming the
  // extension's id; newer instances still find older ones through a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (adapter) watchConversation(ctx, adapter);
    // Only the agent workspace: the macros API needs the agent's session, a help center has none.
    if (adapter?.id === 'zendesk') startZendeskShelf(ctx);
    const focus = trackFocus(ctx);
    const draftBox = () => draftTarget(focus.current(), adapter?.findReplyBoxes(document) ?? []);
    // Into the box the agent last worked in; else the page's visible reply box.
    const apply = async (request: InsertRequest) => {
      const outcome = await insertSnippet((await focusForInsert(focus)) ?? draftBox(), request);
      if (outcome.ok && request.snippetId) {
        toBackground
          .send('usage.record', { snippetId: request.snippetId, site: location.hostname })
          .catch(console.warn);
      }
      return outcome;
    };
    ctx.onInvalidated(toTab.handle('insert.apply', apply));
    ctx.onInvalidated(toTab.handle('draft.get', () => readDraft(draftBox())));
    ctx.onInvalidated(toTab.handle('page.skeleton', () => ({ html: skeletonOf(adapter, draftBox()?.el) })));
    ctx.onInvalidated(toTab.handle('draft.replace', ({ text }) => replaceDraft(draftBox(), text)));
    pushDraftChanges(ctx, () => {
      const box = draftBox();
      return box && { el: box.el, draft: readDraft(box) };
    });
    const keepClear = (box: HTMLElement) => adapter?.keepClear?.(box) ?? [];
    handleKeys(ctx, focus, createPaletteHost(ctx, focus, apply, keepClear));
  },
});
