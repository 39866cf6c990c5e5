import { ownEdit } from './own-edits';
import type { TextControl } from './targets';

// <textarea> and <input>: execCommand('insertText') goes through the browser's editing
// pipeline, so frameworks (React, Vue) see a real input event and Ctrl+Z undoes it. Where
// it does nothing (Firefox on some inputs), setRangeText plus an input event.

export interface TextControlInsert {
  text: string;
  cursor?: number;
  replaceChars?: number;
}

export type TextControlOutcome = { status: 'landed'; strategy: string } | { status: 'garbled' | 'refused' };

export function insertIntoTextControl(el: TextControl, req: TextControlInsert): TextControlOutcome {
  // An <input> holds one line; the caret offset follows the joined text.
  const oneLine = (s: string) => (el.tagName === 'INPUT' ? s.replace(/\s*\n\s*/g, ' ') : s);
  const text = oneLine(req.text);
  el.focus({ preventScroll: true });
  const original = el.value;
  const end = el.selectionEnd ?? original.length;
  const start = Math.max(0, (el.selectionStart ?? end) - (req.replaceChars ?? 0));
  const expected = original.slice(0, start) + text + original.slice(end);
  el.setSelectionRange(start, end);

  let strategy = 'execCommand';
  ownEdit(() => el.ownerDocument.execCommand('insertText', false, text));
  if (el.value === original) {
    strategy = 'setRangeText';
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }
  if (el.value === original) return { status: 'refused' };
  if (el.value !== expected) return { status: 'garbled' };
  const caret = start + (req.cursor === undefined ? text.length : oneLine(req.text.slice(0, req.cursor)).length);
  el.setSelectionRange(caret, caret);
  return { status: 'landed', strategy };
}
