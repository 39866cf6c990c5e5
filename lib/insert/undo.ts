import { visibleText } from './plain';

// Taking back a step of the insertion chain that went wrong, the way the agent would:
// Ctrl+Z reaches editors with their own history (ProseMirror, Quill, CKEditor, Squire);
// the browser's undo serves plain contenteditable. Done when the text is `before` again.

const settle = (win: Window, ms: number) => new Promise((resolve) => win.setTimeout(resolve, ms));

export async function undoTo(root: HTMLElement, before: string): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const mac = /Mac/.test(navigator.platform);
  const attempts: (() => void)[] = [
    () =>
      root.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'z',
          code: 'KeyZ',
          keyCode: 90,
          ctrlKey: !mac,
          metaKey: mac,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      ),
    () => doc.execCommand('undo'),
  ];
  for (const attempt of attempts) {
    attempt();
    await settle(win, 50);
    if (visibleText(root) === before) return true;
  }
  return false;
}
