import { ownEdit } from './own-edits';
import { beforeInputPasteEvent, pageReadsSyntheticData, pasteEvent } from './page-events';
import { placeCaretBefore } from './caret';
import { squash, visibleText } from './plain';
import { selectionOf } from './selection';
import { undoTo } from './undo';
import { judge } from './verdict';
import { LAG_STEPS_MS, lagOf, learnLag, CARET_MOVE_FLOOR_MS, watchSelection } from './late-selection';

// Rich editors (CKEditor 5, ProseMirror/Tiptap, Quill, TinyMCE, Lexical, Slate, Gmail's
// plain contenteditable, …) keep their own model and revert DOM edits they did not make.
// They all accept what a person does: paste. So the chain, in order (order matters):
//   1. a synthetic paste carrying text/html and text/plain (formatting, when there is HTML);
//   2. a synthetic paste carrying text/plain only (some editors ignore a paste with HTML);
//   3. beforeinput insertFromPaste (editors built on beforeinput only);
//   4. execCommand insertHTML / insertText (plain contenteditable without a framework).
// Firefox starts with 4 (it makes real beforeinput/input events of it) and then tries 2 and 3
// built in the page's compartment (page-events.ts), for editors that model only paste.
// After each step the content is read back; a step that changed anything ends the chain,
// so an editor that handled the paste late is never given the text twice. Two changes do
// not end it (issue #16): a step that only deleted the selection (Quill 1 ignores a
// synthetic paste's data) hands on to the next; a step that kept the characters it should
// have replaced (an editor whose model takes the selection late) is undone and tried again
// after longer waits, until the read-back shows it landed (late-selection.ts learns the lag).

export interface RichInsert {
  text: string;
  html?: string;
  /** The text after the caret mark ('' when the caret goes after the insertion). */
  textAfterCaret: string;
  replaceChars?: number;
  /** Replace the whole content (the side panel's rewrite of the draft) instead of `replaceChars`. */
  replaceAll?: boolean;
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
  // At the caret, inside the editor: in an empty editor (Lexical) the caret sits on the root
  // itself, whose parent is outside, where the editor's paste listener never hears it.
  const anchor = selectionOf(root)?.anchorNode;
  const at = anchor instanceof Element ? anchor : anchor?.parentElement;
  const target = at && root.contains(at) ? at : root;
  target.dispatchEvent(pasteEvent(root.ownerDocument.defaultView!, data));
}

function beforeInputPaste(root: HTMLElement, text: string): void {
  root.dispatchEvent(beforeInputPasteEvent(root.ownerDocument.defaultView!, text));
}

type Step = {
  name: string;
  run: (root: HTMLElement, req: RichInsert) => void;
  when?: (req: RichInsert, root: HTMLElement) => boolean;
};

const FIREFOX = import.meta.env.FIREFOX;

const execCommandStep: Step = {
  name: 'execCommand',
  run: (root, r) =>
    ownEdit(() => {
      const doc = root.ownerDocument;
      if (r.html) doc.execCommand('insertHTML', false, r.html);
      else if (!FIREFOX) doc.execCommand('insertText', false, r.text);
      // Firefox turns "\n" in insertText into <br>s inside one paragraph, which Quill reads
      // as one line: give it paragraphs, the way typing Enter does.
      else
        r.text.split('\n').forEach((line, i) => {
          if (i > 0) doc.execCommand('insertParagraph');
          if (line) doc.execCommand('insertText', false, line);
        });
    }),
};

/** Firefox: only where the paste can be built in the page's compartment (lib/insert/page-events.ts). */
const pageReads = (root: HTMLElement) => pageReadsSyntheticData(root.ownerDocument.defaultView!);

const STEPS: Step[] = FIREFOX
  ? // Firefox turns execCommand into real beforeinput and input events, which every editor
    // we know models; an editor that models only paste (it cancels the insertText) gets a
    // paste built with the page's own constructors next (issue #16).
    [
      execCommandStep,
      {
        name: 'paste-text',
        when: (_, root) => pageReads(root),
        run: (root, r) => paste(root, { 'text/plain': r.text }),
      },
      { name: 'beforeinput', when: (_, root) => pageReads(root), run: (root, r) => beforeInputPaste(root, r.text) },
    ]
  : [
      {
        name: 'paste-html',
        when: (r) => !!r.html,
        run: (root, r) => paste(root, { 'text/html': r.html!, 'text/plain': r.text }),
      },
      { name: 'paste-text', run: (root, r) => paste(root, { 'text/plain': r.text }) },
      { name: 'beforeinput', run: (root, r) => beforeInputPaste(root, r.text) },
      execCommandStep,
    ];

/** Selects `count` characters before the caret, waits until the editor has the selection, and returns the selected text. */
async function selectBackwards(root: HTMLElement, count: number): Promise<string> {
  const selection = selectionOf(root);
  if (!selection || count <= 0) return '';
  const watch = watchSelection(root);
  selection.collapseToEnd();
  for (let i = 0; i < count; i++) selection.modify('extend', 'backward', 'character');
  await watch.settled();
  return selection.toString();
}

/** Selects the whole content, waits until the editor has the selection, and returns the selected text. */
async function selectAll(root: HTMLElement): Promise<string> {
  const selection = selectionOf(root);
  if (!selection) return '';
  const watch = watchSelection(root);
  // From the first to the last character, as the agent's Ctrl+A selects: editors map a
  // point in a text node into their model, while a point on the root itself (what
  // selectAllChildren makes) some of them read as the end.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let first: Text | undefined;
  let last: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent) continue;
    first ??= node as Text;
    last = node as Text;
  }
  if (first && last) selection.setBaseAndExtent(first, 0, last, last.length);
  else selection.selectAllChildren(root);
  await watch.settled();
  return selection.toString();
}

export type RichOutcome =
  { status: 'landed'; strategy: string } | { status: 'garbled'; strategy: string } | { status: 'refused' };

export async function insertIntoRich(root: HTMLElement, req: RichInsert, expectedText: string): Promise<RichOutcome> {
  const count = req.replaceChars ?? 0;
  const select = () => (req.replaceAll ? selectAll(root) : selectBackwards(root, count));
  let replaced = squash(await select());
  const want = squash(expectedText);
  // Longer waits to try, once the first try showed the editor had not taken the selection yet.
  const lagsToTry = LAG_STEPS_MS.filter((ms) => ms > (lagOf(root) ?? 0));
  for (let k = 0; k < STEPS.length; k++) {
    const step = STEPS[k]!;
    if (step.when && !step.when(req, root)) continue;
    const before = visibleText(root);
    step.run(root, req);
    if (!(await changed(root, before, SETTLE_MS))) continue;
    let verdict = judge(before, visibleText(root), want, replaced);
    // Replacing everything leaves only the new text: an editor that still had the caret
    // where the old selection was kept the old draft beside the rewrite, before or after it.
    if (verdict === 'landed' && req.replaceAll && replaced && squash(visibleText(root)) !== want) {
      verdict = 'kept-replaced';
    }
    if (verdict === 'landed') {
      await moveCaretBack(root, req.textAfterCaret);
      return { status: 'landed', strategy: step.name };
    }
    if (verdict === 'ate-selection') {
      replaced = ''; // the selection is gone: the next step inserts at the caret
      continue;
    }
    if (verdict === 'kept-replaced' && lagsToTry.length > 0 && (await undoTo(root, before))) {
      // Kept from here on if the retry lands: the read-back showed this editor needs that long.
      learnLag(root, lagsToTry.shift()!);
      const again = squash(await select());
      if (again !== replaced) return { status: 'garbled', strategy: step.name };
      k--; // the same step once more, now that the editor has had longer to take the selection
      continue;
    }
    return { status: 'garbled', strategy: step.name };
  }
  return { status: 'refused' };
}

/** Moves the caret to the cursor mark, and waits until the editor has it, before the agent's next key. */
async function moveCaretBack(root: HTMLElement, tail: string): Promise<void> {
  const watch = watchSelection(root);
  if (placeCaretBefore(root, tail)) await watch.settled(CARET_MOVE_FLOOR_MS);
}
