// Synthetic paste and beforeinput events whose data the page's editor can read.
//
// In Chromium a content script's DataTransfer is an ordinary DOM object the page reads. In
// Firefox a content script sees the page through Xray wrappers, and a DataTransfer it builds
// belongs to the content script's principal: the editor's paste listener gets an empty
// clipboard (Quill then deletes the selected abbreviation and inserts nothing). Built with the
// page's own constructors (`wrappedJSObject`) and an init dictionary cloned into the page
// (`cloneInto`), the same events carry readable data there too (issue #16: an editor that
// models only paste, not the insertText that execCommand makes, got nothing in Firefox).
//
// The page's constructors are the page's code: a page may have replaced them. That gives it
// nothing it would not have anyway (the text is being inserted into its own editor), and the
// chain's read-back judges what actually landed, whatever the event did.

type PageWindow = Window & typeof globalThis;

interface XrayWindow {
  wrappedJSObject?: PageWindow;
}

type CloneInto = <T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T;

function firefoxPage(win: Window): { page: PageWindow; clone: CloneInto } | undefined {
  const clone = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const page = (win as XrayWindow).wrappedJSObject;
  return typeof clone === 'function' && page ? { page, clone } : undefined;
}

/** Whether a synthetic paste built here carries data the page can read. */
export function pageReadsSyntheticData(win: Window): boolean {
  return !import.meta.env.FIREFOX || firefoxPage(win) !== undefined;
}

function transfer(win: Window, data: Record<string, string>): DataTransfer {
  const ff = firefoxPage(win);
  const dt = ff ? new ff.page.DataTransfer() : new DataTransfer();
  for (const [type, value] of Object.entries(data)) dt.setData(type, value);
  return dt;
}

const BUBBLING = { bubbles: true, cancelable: true, composed: true } as const;

/** A `paste` ClipboardEvent carrying `data` (type → value), readable by the page. */
export function pasteEvent(win: Window, data: Record<string, string>): ClipboardEvent {
  const clipboardData = transfer(win, data);
  const ff = firefoxPage(win);
  if (!ff) return new ClipboardEvent('paste', { ...BUBBLING, clipboardData });
  return new ff.page.ClipboardEvent(
    'paste',
    ff.clone({ ...BUBBLING, clipboardData }, ff.page, { wrapReflectors: true }),
  );
}

/** A `beforeinput` insertFromPaste InputEvent carrying `text`, readable by the page. */
export function beforeInputPasteEvent(win: Window, text: string): InputEvent {
  const dataTransfer = transfer(win, { 'text/plain': text });
  const init = { ...BUBBLING, inputType: 'insertFromPaste', dataTransfer };
  const ff = firefoxPage(win);
  if (!ff) return new InputEvent('beforeinput', init);
  return new ff.page.InputEvent('beforeinput', ff.clone(init, ff.page, { wrapReflectors: true }));
}
