import { EDITOR_URL, GMAIL_URL, STRICT_URL } from '../browser';
import type { Surface, Tab } from '../drivers';
import type { BrowserName } from '../drivers/types';

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
  // The palette is an iframe: a page with Cross-Origin-Embedder-Policy: require-corp would block it (issue #16).
  { name: 'prosemirror (coep)', url: STRICT_URL('coep', 'prosemirror'), box: inPage('.ProseMirror'), model: probe },
  {
    name: 'tinymce',
    url: EDITOR_URL('tinymce'),
    box: async (tab) => ({ in: await tab.frameOf('iframe'), selector: 'body' }),
    model: probe,
  },
];

// Issue #16's further editors, the late-selection one included. Chromium runs them in the
// Chromium-only specs (../editors.ts, ../insert.spec.ts, ../palette.spec.ts); here they join
// the Firefox runs. The selectors use puppeteer's `>>>`, which pierces open shadow roots.
const FIREFOX_MORE: BothEditor[] = [
  { name: 'late selection', url: EDITOR_URL('late-selection'), box: inPage('#editor'), model: probe },
  {
    name: 'ckeditor4',
    url: EDITOR_URL('ckeditor4'),
    box: async (tab) => ({ in: await tab.frameOf('iframe.cke_wysiwyg_frame'), selector: 'body' }),
    model: probe,
  },
  { name: 'squire', url: EDITOR_URL('squire'), box: inPage('#editor'), model: probe },
  { name: 'quill1', url: EDITOR_URL('quill1'), box: inPage('.ql-editor'), model: probe },
  {
    name: 'prosemirror in a shadow root',
    url: EDITOR_URL('prosemirror-shadow'),
    box: inPage('>>> .ProseMirror'),
    model: probe,
  },
  {
    name: 'web component',
    url: EDITOR_URL('webcomponent'),
    box: inPage('reply-box >>> [role="textbox"]'),
    model: probe,
  },
];

/** The editors a cross-browser spec runs in `browser`. */
export const editorsFor = (browser: BrowserName): BothEditor[] =>
  browser === 'firefox' ? [...BOTH_EDITORS, ...FIREFOX_MORE] : BOTH_EDITORS;

export async function clickInto(editor: BothEditor, tab: Tab): Promise<void> {
  const { in: where, selector } = await editor.box(tab);
  await where.click(selector);
}
