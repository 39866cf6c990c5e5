import { defineContentScript } from 'wxt/utils/define-content-script';
import { kitLoader, type KitTabType } from '@/lib/content/kit-api';
import { pushDraftChanges } from '@/lib/content/draft-push';
import { handleKeys } from '@/lib/expand/keyboard';
import { draftTarget, readDraft } from '@/lib/insert/draft-read';
import { trackFocus } from '@/lib/insert/focus';
import { onTabMessage } from '@/lib/messaging/unparsed';
import { startZendeskShelf } from '@/lib/shelves/zendesk/start';
import { adapterFor, HELPDESK_MATCHES } from '@/lib/sites/registry';
import { watchConversation } from '@/lib/content/conversation';

// The part of the content script every helpdesk page loads; what runs once the agent acts is
// the kit (lib/content/kit-api.ts), loaded on demand.
const KIT_MESSAGES: KitTabType[] = ['insert.apply', 'draft.get', 'page.skeleton', 'draft.replace'];

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  // The keys are watched from the start: an agent who clicks into the reply box and types a
  // shortcut or the hotkey as soon as the page shows it must not lose those keys to a script
  // that arrives at document_idle (issue #20). What reads the page waits for its DOM.
  runAt: 'document_start',
  // WXT would announce each start to the page with a window message to any origin, naming the
  // extension's id; newer instances still find older ones through a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    const focus = trackFocus(ctx);
    const kit = kitLoader({ ctx, focus, adapter });
    for (const type of KIT_MESSAGES)
      ctx.onInvalidated(onTabMessage(type, async (raw) => (await kit.load()).tab[type](raw)));
    handleKeys(ctx, focus, kit);
    whenParsed(() => {
      if (ctx.isInvalid) return;
      if (adapter) watchConversation(ctx, adapter);
      // Only the agent workspace: the macros API needs the agent's session, a help center has none.
      if (adapter?.id === 'zendesk') startZendeskShelf(ctx, kit);
      pushDraftChanges(ctx, () => {
        const box = draftTarget(focus.current(), adapter?.findReplyBoxes(document) ?? []);
        return box && { el: box.el, draft: readDraft(box) };
      });
    });
  },
});

/** Runs `work` once the page's HTML is parsed (at once if it is). */
function whenParsed(work: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', work, { once: true });
  else work();
}
