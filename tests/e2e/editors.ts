import type { Locator, Page } from 'playwright-core';
import { EDITOR_URL, GMAIL_URL, STRICT_URL } from './browser';

// The editors the insertion engine supports, each on a fixture page running the real
// editor from npm. `model` reads the editor's own model (its API), not the DOM.

export interface EditorCase {
  name: string;
  url: string;
  box(page: Page): Locator;
  model(page: Page): Promise<{ text: string; html: string }>;
  /** Whether the editor keeps formatting (bold, lists) from an HTML snippet. */
  rich: boolean;
  /** A page condition (CSP, Trusted Types, COEP) the same editor runs under elsewhere without. */
  strict?: 'csp' | 'trusted-types' | 'coep';
}

const probe = (page: Page) =>
  page.evaluate(() => ({ text: window.editorProbe.text(), html: window.editorProbe.html() }));

export const EDITORS: EditorCase[] = [
  { name: 'textarea', url: EDITOR_URL('textarea'), box: (p) => p.locator('#editor'), model: probe, rich: false },
  {
    name: 'input',
    url: EDITOR_URL('textarea'),
    box: (p) => p.locator('#single'),
    model: (p) => p.locator('#single').evaluate((el) => ({ text: (el as HTMLInputElement).value, html: '' })),
    rich: false,
  },
  {
    name: 'react textarea',
    url: EDITOR_URL('textarea'),
    box: (p) => p.locator('#react'),
    model: (p) => p.evaluate(() => ({ text: (window as unknown as { reactValue(): string }).reactValue(), html: '' })),
    rich: false,
  },
  {
    name: 'gmail contenteditable',
    url: GMAIL_URL,
    box: (p) => p.locator('div[g_editable="true"]').first(),
    // Gmail's body has no model besides its DOM: what it sends is the element's content.
    model: (p) =>
      p
        .locator('div[g_editable="true"]')
        .first()
        .evaluate((el) => ({ text: (el as HTMLElement).innerText.replace(/\n$/, ''), html: el.innerHTML })),
    rich: true,
  },
  {
    name: 'ckeditor5',
    url: EDITOR_URL('ckeditor5'),
    box: (p) => p.locator('.ck-editor__editable'),
    model: probe,
    rich: true,
  },
  {
    name: 'prosemirror',
    url: EDITOR_URL('prosemirror'),
    box: (p) => p.locator('.ProseMirror'),
    model: probe,
    rich: true,
  },
  { name: 'tiptap', url: EDITOR_URL('tiptap'), box: (p) => p.locator('.tiptap'), model: probe, rich: true },
  { name: 'quill', url: EDITOR_URL('quill'), box: (p) => p.locator('.ql-editor'), model: probe, rich: true },
  {
    name: 'tinymce',
    url: EDITOR_URL('tinymce'),
    box: (p) => p.frameLocator('iframe').locator('body'),
    model: probe,
    rich: true,
  },
  // Issue #16: editors and page conditions beyond the ones the team develops against.
  {
    name: 'ckeditor4',
    url: EDITOR_URL('ckeditor4'),
    box: (p) => p.frameLocator('iframe.cke_wysiwyg_frame').locator('body'),
    model: probe,
    rich: true,
  },
  { name: 'squire', url: EDITOR_URL('squire'), box: (p) => p.locator('#editor'), model: probe, rich: true },
  { name: 'quill1', url: EDITOR_URL('quill1'), box: (p) => p.locator('.ql-editor'), model: probe, rich: true },
  {
    name: 'prosemirror in a shadow root',
    url: EDITOR_URL('prosemirror-shadow'),
    // Playwright's CSS locators pierce open shadow roots.
    box: (p) => p.locator('.ProseMirror'),
    model: probe,
    rich: true,
  },
  {
    name: 'web component',
    url: EDITOR_URL('webcomponent'),
    box: (p) => p.locator('reply-box [role="textbox"]'),
    model: probe,
    rich: true,
  },
  // Strict pages: a real editor under each page condition.
  ...(['csp', 'trusted-types', 'coep'] as const).flatMap((policy) => [
    {
      name: `prosemirror (${policy})`,
      url: STRICT_URL(policy, 'prosemirror'),
      box: (p: Page) => p.locator('.ProseMirror'),
      model: probe,
      rich: true,
      strict: policy,
    },
    {
      name: `web component (${policy})`,
      url: STRICT_URL(policy, 'webcomponent'),
      box: (p: Page) => p.locator('reply-box [role="textbox"]'),
      model: probe,
      rich: true,
      strict: policy,
    },
  ]),
  {
    name: 'lexical',
    url: EDITOR_URL('lexical'),
    box: (p) => p.locator('#editor'),
    model: probe,
    rich: true,
  },
  {
    name: 'late selection',
    url: EDITOR_URL('late-selection'),
    box: (p) => p.locator('#editor'),
    model: probe,
    rich: false,
  },
];

/** Non-empty lines: editors differ in how they keep blank lines, not in keeping lines apart. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
