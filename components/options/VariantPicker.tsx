import { useState } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { useUi } from '../useUi';

interface Props {
  ownId?: string;
  language: Snippet['language'];
  variantGroup?: string;
  linkTo: string;
  snippets: readonly Snippet[];
  onLink: (id: string) => void;
  onUnlink: () => void;
}

/** The German/English counterpart of a snippet: shows the linked one, or offers "link to…". */
export function VariantPicker({ ownId, language, variantGroup, linkTo, snippets, onLink, onUnlink }: Props) {
  const { t } = useUi();
  const [open, setOpen] = useState(false);
  const linked = variantGroup ? snippets.filter((s) => s.variantGroup === variantGroup && s.id !== ownId) : [];
  const candidates = snippets
    .filter((s) => s.id !== ownId && (language === 'any' || s.language !== language))
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return (
    <div className="variant">
      {linked.length > 0 && (
        <p data-testid="variant-linked">
          {t('variantLinked')} {linked.map((s) => `„${s.title}“ (${s.language})`).join(', ')}{' '}
          <button type="button" onClick={onUnlink}>
            {t('variantUnlink')}
          </button>
        </p>
      )}
      {!open && !linkTo ? (
        <button type="button" onClick={() => setOpen(true)}>
          {t('variantLinkTo')}
        </button>
      ) : (
        <label>
          {t('variantLinkTo')}
          <select value={linkTo} onChange={(e) => onLink(e.target.value)}>
            <option value="">{t('variantNone')}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.language})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
