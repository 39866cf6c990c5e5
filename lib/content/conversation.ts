import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendUnparsed } from '../messaging/unparsed';
import type { TicketContext } from '../sites/context';
import type { RegisteredAdapter } from '../sites/registry';

// Content-script side: keeps the background informed about this tab's conversation (the
// adapters in lib/sites only read the page; this module watches it and sends messages). DOM changes in the parts
// the adapter watches set a timer; the page is read at most once per READ_DELAY_MS, so a
// busy helpdesk page (thousands of mutations a second elsewhere) costs almost nothing.
const READ_DELAY_MS = 150;

export function readTicketContext(adapter: RegisteredAdapter, doc: Document): TicketContext | null {
  const boxes = adapter.findReplyBoxes(doc);
  const focused = boxes.find((box) => box.contains(doc.activeElement)) ?? boxes[0];
  const info = adapter.readContext(doc, focused);
  if (!info) return null;
  return { ...info, site: adapter.id, host: doc.location.hostname, hasReplyBox: boxes.length > 0 };
}

export function watchConversation(
  ctx: ContentScriptContext,
  adapter: RegisteredAdapter,
  doc: Document = document,
): void {
  let lastSent = '';
  let timer: number | undefined;

  const report = () => {
    timer = undefined;
    const context = readTicketContext(adapter, doc);
    const key = JSON.stringify(context);
    if (key === lastSent) return;
    lastSent = key;
    // The background parses the context on arrival (and says so in its answer's error).
    sendUnparsed('tab.reportContext', { context }).catch((error: unknown) => {
      lastSent = ''; // try again on the next change
      if (!ctx.isInvalid) console.warn('[tonlage] could not report the conversation', error);
    });
  };
  const schedule = () => {
    if (timer === undefined && !ctx.isInvalid) timer = ctx.setTimeout(report, READ_DELAY_MS);
  };

  // Only changes in or around the conversation matter: a change inside a watched part,
  // or a watched part added or removed.
  const touches = (node: Node | null): boolean =>
    node instanceof Element && (node.matches(adapter.watch) || !!node.querySelector(adapter.watch));
  // Busy pages change the same elements over and over: remember each target's answer.
  const inWatched = new WeakMap<Element, boolean>();
  const relevant = (record: MutationRecord): boolean => {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (target) {
      let inside = inWatched.get(target);
      if (inside === undefined) inWatched.set(target, (inside = !!target.closest(adapter.watch)));
      if (inside) return true;
    }
    for (const node of record.addedNodes) if (touches(node)) return true;
    for (const node of record.removedNodes) if (touches(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (timer === undefined && records.some(relevant)) schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'aria-selected'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(doc, 'focusin', schedule);
  report();
}
