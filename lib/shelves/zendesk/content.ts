import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toBackground, ZENDESK_BATCH } from '../../messaging/background';
import { toTab } from '../../messaging/tab';
import { fetchActiveMacros } from './fetch';

// The Zendesk page's part of the team shelf: when the agent opens Zendesk (and the copy is
// due) or asks for it, walk the macros with the agent's session and hand them to the
// background. The background decides whether and stores; the page only reads.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function refresh(
  ctx: ContentScriptContext,
  force: boolean,
): Promise<{ ok: boolean; why?: string; skipped?: number }> {
  const permit = await toBackground.send('zendeskShelf.begin', { force });
  if (!permit.go) return { ok: false, why: permit.why };
  const outcome = await fetchActiveMacros({
    origin: location.origin,
    // The content script's own fetch: same-origin with the page, so the session cookie goes along.
    fetch: (input, init) => fetch(input, init),
    sleep,
    now: Date.now,
    online: () => navigator.onLine,
    signal: ctx.signal,
  });
  if (!outcome.ok) {
    await toBackground.send('zendeskShelf.finish', { ok: false, error: outcome.error });
    return { ok: false, why: outcome.error.code };
  }
  // Small batches, each its own task: the page stays responsive while they cross over.
  for (let i = 0; i < outcome.macros.length; i += ZENDESK_BATCH)
    await toBackground.send('zendeskShelf.macros', { macros: outcome.macros.slice(i, i + ZENDESK_BATCH) });
  const count = outcome.macros.length;
  const stored = await toBackground.send('zendeskShelf.finish', { ok: true, count, skipped: outcome.skipped });
  return { ok: true, skipped: stored.skipped };
}

export function startZendeskShelf(ctx: ContentScriptContext): void {
  ctx.onInvalidated(toTab.handle('zendeskShelf.refresh', () => refresh(ctx, true)));
  refresh(ctx, false).catch((error: unknown) => console.warn('[tonlage] Zendesk team shelf', error));
}
