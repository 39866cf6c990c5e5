import type { MessageKey } from '@/lib/i18n/messages';
import type { FieldSpec } from '@/lib/template';
import { FillInFields } from '../FillInFields';

// The palette's fill-in form: the shared fields, no buttons (Enter moves on and inserts).

interface Props {
  fields: FieldSpec[];
  values: Record<string, string>;
  onChange(key: string, value: string): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
}

export function FillIn({ fields, values, onChange, t }: Props) {
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label={t('paletteFillIn')} className="palette-form">
      <FillInFields fields={fields} values={values} onChange={onChange} t={t} />
    </form>
  );
}
