import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../messaging';
import type { SiteAdapter } from './adapter';
import type { TicketContext } from './context';

// Keeps the background informed about this tab's conversation. DOM changes only set a
// timer; the page is read at most once per READ_DELAY_MS, so a busy helpdesk page
// (thousands of mutations a second) costs almost nothing.
const READ_DELAY_MS = 150;

export function readTicketContext(adapter: SiteAdapter, doc: Document): TicketContext | null {
  const boxes = adapter.findReplyBoxes(doc);
  const focused = boxes.find((box) => box.contains(doc.activeElement)) ?? boxes[0];
  const info = adapter.readContext(doc, focused);
  if (!info) return null;
  return { ...info, site: adapter.id, host: doc.location.hostname, hasReplyBox: boxes.length > 0 };
}

export function watchConversation(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): void {
  let lastSent = '';
  let timer: number | undefined;

  const report = () => {
    timer = undefined;
    const context = readTicketContext(adapter, doc);
    const key = JSON.stringify(context);
    if (key === lastSent) return;
    lastSent = key;
    send('tab.reportContext', { context }).catch((error: unknown) => {
      lastSent = ''; // try again on the next change
      if (!ctx.isInvalid) console.warn('[tonlage] could not report the conversation', error);
    });
  };
  const schedule = () => {
    if (timer === undefined && !ctx.isInvalid) timer = ctx.setTimeout(report, READ_DELAY_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(doc, 'focusin', schedule);
  report();
}
