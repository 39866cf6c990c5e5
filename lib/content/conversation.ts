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
  // or a watched part added or removed. This runs for every mutation of a busy page, so it
  // is written for that (issue #20): node types instead of instanceof, indexed loops
  // instead of NodeList iterators, and a text node added or removed costs one comparison.
  const touches = (node: Node): boolean =>
    node.nodeType === Node.ELEMENT_NODE &&
    ((node as Element).matches(adapter.watch) || (node as Element).querySelector(adapter.watch) !== null);
  const anyTouches = (nodes: NodeList): boolean => {
    for (let i = 0; i < nodes.length; i++) if (touches(nodes[i]!)) return true;
    return false;
  };
  // Busy pages change the same elements over and over: remember each target's answer.
  const inWatched = new WeakMap<Node, boolean>();
  const relevant = (record: MutationRecord): boolean => {
    const target = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
    if (target) {
      let inside = inWatched.get(target);
      if (inside === undefined) inWatched.set(target, (inside = (target as Element).closest(adapter.watch) !== null));
      if (inside) return true;
    }
    return record.type === 'childList' && (anyTouches(record.addedNodes) || anyTouches(record.removedNodes));
  };
  const observer = new MutationObserver((records) => {
    if (timer !== undefined) return;
    for (let i = 0; i < records.length; i++) {
      if (relevant(records[i]!)) return schedule();
    }
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
