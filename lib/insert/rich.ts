import { SYNTHETIC_CLIPBOARD_DATA_READABLE } from '../platform/browser';
import { occurrences, squash, visibleText } from './plain';

// Rich editors (CKEditor 5, ProseMirror/Tiptap, Quill, TinyMCE, Lexical, Slate, Gmail's
// plain contenteditable, …) keep their own model and revert DOM edits they did not make.
// They all accept what a person does: paste. So the chain, in order (order matters):
//   1. a synthetic paste carrying text/html and text/plain (formatting, when there is HTML);
//   2. a synthetic paste carrying text/plain only (some editors ignore a paste with HTML);
//   3. beforeinput insertFromPaste (editors built on beforeinput only);
//   4. execCommand insertHTML / insertText (plain contenteditable without a framework).
// After each step the content is read back; a step that changed anything ends the chain,
// so an editor that handled the paste late is never given the text twice.

export interface RichInsert {
  text: string;
  html?: string;
  /** Characters of `text` after the caret mark. */
  charsAfterCaret: number;
  replaceChars?: number;
}

const SETTLE_MS = 300;

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

/** Resolves true once `root` changes (or false after `ms`), then lets the editor finish rendering. */
function changed(root: HTMLElement, before: string, ms: number): Promise<boolean> {
  const win = root.ownerDocument.defaultView!;
  if (visibleText(root) !== before) return nextFrame(win).then(() => true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      win.clearTimeout(timer);
      void nextFrame(win).then(() => resolve(true));
    });
    const timer = win.setTimeout(() => {
      observer.disconnect();
      resolve(visibleText(root) !== before);
    }, ms);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

function paste(root: HTMLElement, data: Record<string, string>): void {
  const transfer = new DataTransfer();
  for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
  const target = root.ownerDocument.getSelection()?.anchorNode?.parentElement ?? root;
  target.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true }),
  );
}

function beforeInputPaste(root: HTMLElement, text: string): void {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  root.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertFromPaste',
      dataTransfer: transfer,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

type Step = { name: string; run: (root: HTMLElement, req: RichInsert) => void; when?: (req: RichInsert) => boolean };

const carriesData = () => SYNTHETIC_CLIPBOARD_DATA_READABLE;

const STEPS: Step[] = [
  {
    name: 'paste-html',
    when: (r) => carriesData() && !!r.html,
    run: (root, r) => paste(root, { 'text/html': r.html!, 'text/plain': r.text }),
  },
  { name: 'paste-text', when: carriesData, run: (root, r) => paste(root, { 'text/plain': r.text }) },
  { name: 'beforeinput', when: carriesData, run: (root, r) => beforeInputPaste(root, r.text) },
  {
    name: 'execCommand',
    run: (root, r) => {
      const doc = root.ownerDocument;
      if (r.html) doc.execCommand('insertHTML', false, r.html);
      else if (carriesData()) doc.execCommand('insertText', false, r.text);
      // Firefox turns "\n" in insertText into <br>s inside one paragraph, which Quill reads
      // as one line: give it paragraphs, the way typing Enter does.
      else
        r.text.split('\n').forEach((line, i) => {
          if (i > 0) doc.execCommand('insertParagraph');
          if (line) doc.execCommand('insertText', false, line);
        });
    },
  },
];

/** Selects `count` characters before the caret, and lets the editor see the selection. */
async function selectBackwards(root: HTMLElement, count: number): Promise<void> {
  const selection = root.ownerDocument.getSelection();
  if (!selection || count <= 0) return;
  selection.collapseToEnd();
  for (let i = 0; i < count; i++) selection.modify('extend', 'backward', 'character');
  await nextFrame(root.ownerDocument.defaultView!);
}

export type RichOutcome =
  { status: 'landed'; strategy: string } | { status: 'garbled'; strategy: string } | { status: 'refused' };

export async function insertIntoRich(root: HTMLElement, req: RichInsert, expectedText: string): Promise<RichOutcome> {
  await selectBackwards(root, req.replaceChars ?? 0);
  const want = squash(expectedText);
  for (const step of STEPS) {
    if (step.when && !step.when(req)) continue;
    const before = visibleText(root);
    step.run(root, req);
    if (!(await changed(root, before, SETTLE_MS))) continue;
    const after = visibleText(root);
    // Landed when the text is there once more than before (it may already have been there).
    if (occurrences(squash(after), want) > occurrences(squash(before), want)) {
      moveCaretBack(root, req.charsAfterCaret);
      return { status: 'landed', strategy: step.name };
    }
    return { status: 'garbled', strategy: step.name };
  }
  return { status: 'refused' };
}

function moveCaretBack(root: HTMLElement, count: number): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection || count <= 0) return;
  selection.collapseToEnd();
  for (let i = 0; i < count; i++) selection.modify('move', 'backward', 'character');
}
