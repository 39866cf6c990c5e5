import { EDITOR_URL, GMAIL_URL, STRICT_URL } from '../browser';
import type { Surface, Tab } from '../drivers';

// The supported editors for the cross-browser specs (the Chromium-only specs use
// ../editors.ts with Playwright locators). `model` reads the editor's own model.

export interface BothEditor {
  name: string;
  url: string;
  /** Where the agent clicks to type: in the page, or inside the editor's own iframe. */
  box(tab: Tab): Promise<{ in: Surface; selector: string }>;
  model(tab: Tab): Promise<string>;
}

const probe = (tab: Tab) => tab.evaluate(() => window.editorProbe.text());
const inPage = (selector: string) => async (tab: Tab) => ({ in: tab as Surface, selector });

export const BOTH_EDITORS: BothEditor[] = [
  { name: 'textarea', url: EDITOR_URL('textarea'), box: inPage('#editor'), model: probe },
  {
    name: 'input',
    url: EDITOR_URL('textarea'),
    box: inPage('#single'),
    model: (tab) => tab.evaluate(() => (document.querySelector('#single') as HTMLInputElement).value),
  },
  {
    name: 'gmail contenteditable',
    url: GMAIL_URL,
    box: inPage('div[g_editable="true"]'),
    model: (tab) =>
      tab.evaluate(() =>
        (document.querySelector('div[g_editable="true"]') as HTMLElement).innerText.replace(/\n$/, ''),
      ),
  },
  { name: 'ckeditor5', url: EDITOR_URL('ckeditor5'), box: inPage('.ck-editor__editable'), model: probe },
  { name: 'prosemirror', url: EDITOR_URL('prosemirror'), box: inPage('.ProseMirror'), model: probe },
  { name: 'tiptap', url: EDITOR_URL('tiptap'), box: inPage('.tiptap'), model: probe },
  { name: 'quill', url: EDITOR_URL('quill'), box: inPage('.ql-editor'), model: probe },
  { name: 'lexical', url: EDITOR_URL('lexical'), box: inPage('#editor'), model: probe },
  { name: 'late selection', url: EDITOR_URL('late-selection'), box: inPage('#editor'), model: probe },
  // The palette is an iframe: a page with Cross-Origin-Embedder-Policy: require-corp would block it (issue #16).
  { name: 'prosemirror (coep)', url: STRICT_URL('coep', 'prosemirror'), box: inPage('.ProseMirror'), model: probe },
  {
    name: 'tinymce',
    url: EDITOR_URL('tinymce'),
    box: async (tab) => ({ in: await tab.frameOf('iframe'), selector: 'body' }),
    model: probe,
  },
];

export async function clickInto(editor: BothEditor, tab: Tab): Promise<void> {
  const { in: where, selector } = await editor.box(tab);
  await where.click(selector);
}
