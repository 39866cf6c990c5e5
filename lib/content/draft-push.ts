import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Draft } from '../messaging/background';
import { sendUnparsed } from '../messaging/unparsed';

// Content-script side of the live draft check (issue #19): the draft is reported when the agent
// changes it, instead of the side panel asking every 200 ms. Typing is coalesced: a report goes
// DEBOUNCE_MS after the last change, and at least every MAX_WAIT_MS while the agent keeps
// typing, so findings follow the words without one message per key. Measured in
// tests/e2e/draft-push.spec.ts (docs/performance.md, "Draft updates").
const DEBOUNCE_MS = 200;
const MAX_WAIT_MS = 1_000;

export function pushDraftChanges(
  ctx: ContentScriptContext,
  read: () => { el: HTMLElement; draft: Draft | null } | null,
  doc: Document = document,
): void {
  let lastSent: string | undefined;
  let timer: number | undefined;
  let firstChangeAt = 0;
  let observed: HTMLElement | undefined;
  // The editors' own changes (a paste, a rewrite, undo) fire no input event: watch the box too.
  const observer = new MutationObserver(() => schedule());
  ctx.onInvalidated(() => observer.disconnect());

  const report = () => {
    timer = undefined;
    firstChangeAt = 0;
    const current = read();
    if (current?.el !== observed) {
      observer.disconnect();
      observed = current?.el;
      if (observed) observer.observe(observed, { childList: true, characterData: true, subtree: true });
    }
    const draft = current?.draft ?? null;
    const key = JSON.stringify(draft);
    if (key === lastSent) return;
    lastSent = key;
    // The background parses the draft on arrival.
    sendUnparsed('draft.report', { draft }).catch((error: unknown) => {
      lastSent = undefined; // try again on the next change
      if (!ctx.isInvalid) console.warn('[tonlage] could not report the draft', error);
    });
  };

  function schedule() {
    if (ctx.isInvalid) return;
    const now = Date.now();
    firstChangeAt ||= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstChangeAt + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(report, wait);
  }

  // input: typing in any box; focusin and click: the agent moved to another box or ticket.
  for (const type of ['input', 'focusin', 'click'] as const) {
    ctx.addEventListener(doc, type, schedule, { capture: true, passive: true });
  }
  schedule();
}
