import { useId, useState } from 'react';
import type { MessageKey } from '@/lib/i18n/messages';
import { type FieldSpec, SECTION_OFF } from '@/lib/template';

// The fill-in fields, for the palette and the side panel alike: a text field per
// {{input:…}}, a select per {{choice:…}}, a checkbox per optional section. A text field is
// judged only once the agent has left it: no "please fill in" before anything was typed.
// The caller wraps them in its own form (with or without buttons).

interface Props {
  fields: FieldSpec[];
  values: Record<string, string>;
  onChange(key: string, value: string): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The first field takes the keyboard when the fields appear. */
  autoFocus?: boolean;
}

export function FillInFields({ fields, values, onChange, t, autoFocus = true }: Props) {
  // Several forms can be open at once (the side panel's rows): ids unique per instance.
  const prefix = useId();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (key: string) => setLeft((s) => new Set(s).add(key));
  return fields.map((f, i) => {
    const id = `${prefix}fill-in-${i}`;
    const focus = autoFocus && i === 0;
    if (f.kind === 'optional')
      return (
        <label key={f.key} className="check">
          <input
            type="checkbox"
            autoFocus={focus}
            checked={values[f.key] !== SECTION_OFF}
            onChange={(e) => onChange(f.key, e.target.checked ? '' : SECTION_OFF)}
          />
          {t('paletteInclude', { label: f.label })}
        </label>
      );
    if (f.kind === 'choice')
      return (
        <label key={f.key}>
          {f.label}
          <select
            autoFocus={focus}
            value={values[f.key] || f.options![0]}
            onChange={(e) => onChange(f.key, e.target.value)}
          >
            {f.options!.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
      );
    const invalid = left.has(f.key) && !values[f.key]?.trim();
    return (
      <label key={f.key}>
        {f.label}
        <input
          autoFocus={focus}
          value={values[f.key] ?? ''}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => onChange(f.key, e.target.value)}
          onBlur={() => leave(f.key)}
        />
        {invalid && (
          <span id={`${id}-error`} className="error" data-testid="field-error">
            {t('paletteRequired', { label: f.label })}
          </span>
        )}
      </label>
    );
  });
}
