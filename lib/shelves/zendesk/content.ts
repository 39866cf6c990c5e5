import { toBackground, ZENDESK_BATCH } from '../../messaging/background';
import { parsedHandler } from '../../messaging/define';
import { tabChannel } from '../../messaging/tab';
import { fetchActiveMacros } from './fetch';

// The Zendesk page's part of the team shelf: when the agent opens Zendesk (and the copy is
// due) or asks for it, walk the macros with the agent's session and hand them to the
// background. The background decides whether and stores; the page only reads. This is the
// content kit's part (lib/content/kit-api.ts); start.ts asks first, in the first-load part.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Refreshed = { ok: boolean; why?: string; skipped?: number };

/** Asks the background for a refresh, then runs it if granted. */
async function refresh(signal: AbortSignal, force: boolean): Promise<Refreshed> {
  const permit = await toBackground.send('zendeskShelf.begin', { force });
  if (!permit.go) return { ok: false, why: permit.why };
  return run(signal);
}

/** A refresh the background granted: walk the macros and hand them over. */
async function run(signal: AbortSignal): Promise<Refreshed> {
  const outcome = await fetchActiveMacros({
    origin: location.origin,
    // The content script's own fetch: same-origin with the page, so the session cookie goes along.
    fetch: (input, init) => fetch(input, init),
    sleep,
    now: Date.now,
    online: () => navigator.onLine,
    signal,
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

export function zendeskShelfKit(signal: AbortSignal) {
  return {
    /** The agent asked (side panel): the message's handler, parsing what arrives. */
    refresh: parsedHandler('zendeskShelf.refresh', tabChannel['zendeskShelf.refresh'], () => refresh(signal, true)),
    /** The background granted the refresh on opening Zendesk. */
    runGranted: () => run(signal).then(() => undefined),
  };
}
