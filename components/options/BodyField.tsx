import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { applyCompletion, type Completion, placeholderCompletion } from '@/lib/queries/options';
import { useUi } from '../useUi';

/** The template text, with placeholder suggestions after "{{" (↑↓ choose, Enter/Tab insert, Esc close). */
export function BodyField({ value, onChange }: { value: string; onChange: (body: string) => void }) {
  const { t } = useUi();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);
  // The caret after a picked suggestion, set as soon as React has rendered the new text, so
  // that keys typed right after Enter land after the placeholder.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const change = (body: string, caret: number) => {
    onChange(body);
    setCompletion(placeholderCompletion(body, caret));
    setActive(0);
  };
  const pick = (name: string) => {
    const el = ref.current;
    if (!el || !completion) return;
    const result = applyCompletion(value, el.selectionStart, completion, name);
    pendingCaret.current = result.caret;
    onChange(result.body);
    setCompletion(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!completion) return;
    const n = completion.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(completion.items[active] ?? completion.items[0]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setCompletion(null);
    }
  };

  return (
    <div className="body-field">
      <label htmlFor={id}>{t('body')}</label>
      <textarea
        id={id}
        ref={ref}
        name="body"
        rows={8}
        value={value}
        aria-autocomplete="list"
        aria-controls={completion ? `${id}-list` : undefined}
        aria-activedescendant={completion ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => change(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setCompletion(null)}
      />
      <span id={`${id}-hint`} className="muted small">
        {t('placeholderHint')}
      </span>
      {completion && (
        <ul role="listbox" id={`${id}-list`} aria-label={t('placeholderSuggestions')} className="completions">
          {completion.items.map((item, i) => (
            <li
              key={item}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
            >
              <code>{`{{${item}}}`}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
