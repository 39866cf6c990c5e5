import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KitLoader } from '../../content/kit-api';
import { onTabMessage, sendUnparsed } from '../../messaging/unparsed';

// The first-load part of the Zendesk team shelf: when the agent opens Zendesk, ask the
// background whether the copy is due; only then load the kit, which walks the macros
// (content.ts). Most page loads find the copy fresh and load nothing more.

export function startZendeskShelf(ctx: ContentScriptContext, kit: KitLoader): void {
  ctx.onInvalidated(onTabMessage('zendeskShelf.refresh', async (raw) => (await kit.load()).zendeskShelf.refresh(raw)));
  sendUnparsed('zendeskShelf.begin', { force: false })
    .then(async (permit) => {
      // Only the grant itself is read here; the background parsed its own answer.
      if ((permit as { go?: unknown } | null)?.go !== true) return;
      await (await kit.load()).zendeskShelf.runGranted();
    })
    .catch((error: unknown) => console.warn('[tonlage] Zendesk team shelf', error));
}
