import { copyToClipboard } from './clipboard';
import { failureMessage, type FailureReason } from './messages';
import { htmlToPlainText, htmlVisibleText } from './plain';
import { insertIntoRich } from './rich';
import { sanitizeHtml } from './sanitize';
import { armStops, visibleAfterCaret } from './stops';
import { isReadOnly, type Target } from './targets';
import { insertIntoTextControl } from './text-control';
import type { InsertOutcome, InsertRequest } from './types';

/**
 * Inserts a rendered snippet into a reply box so that the editor's own model holds it,
 * reads it back, and never inserts twice. When it cannot, the text goes to the clipboard
 * and the outcome carries a message for the agent.
 */
export async function insertSnippet(
  target: Target | null,
  // replaceAll: the draft's rewrite (lib/insert/draft.ts), never a page's or a message's request.
  req: InsertRequest & { replaceAll?: boolean },
): Promise<InsertOutcome> {
  const html = req.html ? sanitizeHtml(req.html) : undefined;
  const doc = target?.el.ownerDocument ?? document;
  const text = html ? htmlToPlainText(html, doc) : req.text;
  const fail = async (reason: FailureReason): Promise<InsertOutcome> => {
    const copied = await copyToClipboard(text, document);
    return { ok: false, reason, message: failureMessage(reason, copied), copiedToClipboard: copied };
  };
  if (!target) return fail('no-target');
  if (isReadOnly(target)) return fail('read-only');

  // A snippet's insertion starts over the Tab stops; keys typed meanwhile (no snippet) keep them.
  const after = req.stops && req.stops.length > 1 ? visibleAfterCaret(target) : undefined;
  const landed = (strategy: string): InsertOutcome => {
    if (req.snippetId !== undefined) armStops(target, after, req.text, req.stops);
    return { ok: true, strategy };
  };
  const cursor = req.cursor === undefined ? undefined : Math.min(req.cursor, req.text.length);
  const charsAfterCaret = cursor === undefined ? 0 : req.text.length - cursor;
  if (target.kind === 'text-control') {
    const outcome = insertIntoTextControl(target.el, {
      text,
      cursor: cursor === undefined ? undefined : text.length - charsAfterCaret,
      replaceChars: req.replaceChars,
    });
    if (outcome.status === 'landed') return landed(`text-control:${outcome.strategy}`);
    return fail(outcome.status === 'garbled' ? 'unverified' : 'rejected');
  }

  target.el.focus({ preventScroll: true });
  const shown = html ? htmlVisibleText(html, doc) : text;
  const textAfterCaret = cursor === undefined ? '' : req.text.slice(cursor);
  const outcome = await insertIntoRich(
    target.el,
    { text, html, textAfterCaret, replaceChars: req.replaceChars, replaceAll: req.replaceAll },
    shown,
  );
  if (outcome.status === 'landed') return landed(`rich:${outcome.strategy}`);
  return fail(outcome.status === 'garbled' ? 'unverified' : 'rejected');
}
