// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromEditorHtml, toEditorHtml } from '@/lib/editor/html';
import { PlaceholderNode } from '@/lib/editor/placeholder-node';

// The rich-text editor must hand back what it was given: a body loaded, left alone and
// read back is the same body, and placeholders stay "{{…}}" text. DOMPurify misreads
// happy-dom's DOM, so sanitising is checked in a real browser (tests/e2e/manager.spec.ts).
vi.mock('@/lib/insert/sanitize', () => ({ sanitizeHtml: (html: string) => html }));

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function roundTrip(body: string): { back: string; chips: string[] } {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [StarterKit, PlaceholderNode], content: toEditorHtml(body) });
  const chips: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'placeholder') chips.push(String(node.attrs.name));
  });
  return { back: fromEditorHtml(editor.getHTML()), chips };
}

describe('rich-text editor HTML', () => {
  it.each([
    '<p>Hallo {{ticket.requester.first_name}},</p><p>wir haben Ihnen den Betrag erstattet.</p>',
    '<p>Bis <strong>{{date +5bd}}</strong> ist es da.</p><ul><li><p>eins</p></li><li><p>{{input:Betrag}}</p></li></ul>',
    '<p>Viele Grüße<br>{{agent.name}}</p>',
  ])('round-trips %s with every placeholder as one chip', (body) => {
    const { back, chips } = roundTrip(body);
    expect(back).toBe(body);
    expect(chips).toEqual([...body.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]));
  });

  it('writes inserted chips and braces typed as text back as placeholder text', () => {
    roundTrip('<p>Hallo</p>');
    editor!.chain().focus('end').insertContent(' {{customer.first_name}}').run();
    editor!
      .chain()
      .insertContent({ type: 'placeholder', attrs: { name: 'ticket.id' } })
      .run();
    expect(fromEditorHtml(editor!.getHTML())).toBe('<p>Hallo {{customer.first_name}}{{ticket.id}}</p>');
  });

  it('an emptied editor is an empty body', () => {
    expect(fromEditorHtml('<p></p>')).toBe('');
  });
});
