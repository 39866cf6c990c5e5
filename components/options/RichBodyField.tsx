import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState } from 'react';
import { fromEditorHtml, toEditorHtml } from '@/lib/editor/html';
import { PlaceholderNode } from '@/lib/editor/placeholder-node';
import { PLACEHOLDER_EXTRAS } from '@/lib/queries/options';
import { VARIABLES } from '@/lib/template';
import { useUi } from '../useUi';

const CHOICES = [...VARIABLES, ...PLACEHOLDER_EXTRAS];
const TOGGLES = ['bold', 'italic', 'bulletList', 'orderedList'] as const;

/**
 * An HTML body edited as formatted text (Tiptap/ProseMirror) with placeholders as chips, or
 * as its HTML source. Either way the body handed up is sanitised and keeps "{{…}}" as text.
 */
export function RichBodyField({ value, onChange }: { value: string; onChange: (body: string) => void }) {
  const { t } = useUi();
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor | null>(null);
  // What the editor last handed up: a value that differs came from elsewhere (source view, reload).
  const emitted = useRef(value);
  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  });
  const [view, setView] = useState<'rich' | 'source'>('rich');
  // Which marks apply at the caret, for the toolbar's pressed state.
  const [marks, setMarks] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (view !== 'rich' || !host.current) return;
    const instance = new Editor({
      element: host.current,
      // Its style sheet would be an inline <style>, which the page's CSP refuses: manager.css has it.
      injectCSS: false,
      extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: false } }), PlaceholderNode],
      content: toEditorHtml(emitted.current),
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': `${id}-label`,
          'aria-describedby': `${id}-hint`,
          'data-testid': 'rich-body',
          class: 'rich-body',
        },
      },
      onUpdate: ({ editor: e }) => {
        emitted.current = fromEditorHtml(e.getHTML());
        change.current(emitted.current);
      },
      onTransaction: ({ editor: e }) => setMarks(new Set(TOGGLES.filter((name) => e.isActive(name)))),
    });
    editor.current = instance;
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, [view, id]);

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.current?.commands.setContent(toEditorHtml(value), { emitUpdate: false });
  }, [value]);

  const run = (command: (e: Editor) => void) => {
    if (editor.current) command(editor.current);
  };
  const is = (mark: (typeof TOGGLES)[number]) => marks.has(mark);

  return (
    <div className="body-field rich">
      <span id={`${id}-label`} className="label">
        {t('body')}
      </span>
      <div className="row" role="radiogroup" aria-label={t('editorViewLabel')}>
        {(['rich', 'source'] as const).map((v) => (
          <label key={v} className="inline">
            <input type="radio" name={`${id}-view`} checked={view === v} onChange={() => setView(v)} />
            {v === 'rich' ? t('editorWysiwyg') : t('editorSource')}
          </label>
        ))}
      </div>
      {view === 'rich' ? (
        <>
          <div
            className="row toolbar"
            role="toolbar"
            aria-label={t('editorToolbar')}
            // A click on a button leaves the focus (and the caret) in the text, as in a word processor.
            onMouseDown={(event) => {
              if ((event.target as HTMLElement).closest('button')) event.preventDefault();
            }}
          >
            <button
              type="button"
              aria-pressed={is('bold')}
              onClick={() => run((e) => e.chain().focus().toggleBold().run())}
            >
              <strong>{t('bold')}</strong>
            </button>
            <button
              type="button"
              aria-pressed={is('italic')}
              onClick={() => run((e) => e.chain().focus().toggleItalic().run())}
            >
              <em>{t('italic')}</em>
            </button>
            <button
              type="button"
              aria-pressed={is('bulletList')}
              onClick={() => run((e) => e.chain().focus().toggleBulletList().run())}
            >
              {t('bulletList')}
            </button>
            <button
              type="button"
              aria-pressed={is('orderedList')}
              onClick={() => run((e) => e.chain().focus().toggleOrderedList().run())}
            >
              {t('orderedList')}
            </button>
            <label className="inline">
              {t('insertPlaceholder')}
              <select
                value=""
                onChange={(event) => {
                  const name = event.target.value;
                  if (name) run((e) => e.chain().focus().insertContent({ type: 'placeholder', attrs: { name } }).run());
                }}
              >
                <option value="">…</option>
                {CHOICES.map((name) => (
                  <option key={name} value={name}>{`{{${name}}}`}</option>
                ))}
              </select>
            </label>
          </div>
          <div ref={host} className="rich-host" />
        </>
      ) : (
        <textarea
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint`}
          name="body"
          rows={10}
          className="source"
          data-testid="source-body"
          value={value}
          onChange={(e) => {
            emitted.current = e.target.value;
            onChange(e.target.value);
          }}
          onBlur={() => {
            // What the source view holds is stored only in its sanitised form.
            const clean = fromEditorHtml(toEditorHtml(value));
            if (clean !== value) onChange(clean);
          }}
        />
      )}
      <span id={`${id}-hint`} className="muted small">
        {t('placeholderHint')}
      </span>
    </div>
  );
}
