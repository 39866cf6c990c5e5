import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleKeys } from '@/lib/expand/keyboard';
import { draftTarget, readDraft, replaceDraft } from '@/lib/insert/draft';
import { insertSnippet } from '@/lib/insert/engine';
import { focusForInsert, trackFocus } from '@/lib/insert/focus';
import { handle, send } from '@/lib/messaging';
import { createPaletteHost } from '@/lib/palette/host';
import { HELPDESK_MATCHES } from '@/lib/sites/matches';
import { adapterFor } from '@/lib/sites/registry';
import { watchConversation } from '@/lib/sites/watch';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (adapter) watchConversation(ctx, adapter);
    const focus = trackFocus(ctx);
    const draftBox = () => draftTarget(focus.current(), adapter?.findReplyBoxes(document) ?? []);
    const stop = handle('insert.apply', async (request) => {
      // The box the agent last worked in; else the page's visible reply box.
      const outcome = await insertSnippet((await focusForInsert(focus)) ?? draftBox(), request);
      if (outcome.ok && request.snippetId) {
        send('usage.record', { snippetId: request.snippetId, site: location.hostname }).catch(console.warn);
      }
      return outcome;
    });
    ctx.onInvalidated(stop);
    ctx.onInvalidated(handle('draft.get', () => readDraft(draftBox())));
    ctx.onInvalidated(handle('draft.replace', ({ text }) => replaceDraft(draftBox(), text)));
    handleKeys(ctx, focus, createPaletteHost(ctx, focus));
  },
});
