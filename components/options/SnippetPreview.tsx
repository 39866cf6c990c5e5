import type { Snippet } from '@/lib/db/schema';
import { sanitizeHtml } from '@/lib/insert/sanitize';
import { previewOf } from '@/lib/queries/preview';
import { useUi } from '../useUi';

/** The body rendered for a sample ticket (Jonas Weber, #4711) in the snippet's own language. */
export function SnippetPreview({ body, format, language }: Pick<Snippet, 'body' | 'format' | 'language'>) {
  const { t, lang, settings } = useUi();
  const preview = previewOf({
    body,
    format,
    language,
    uiLanguage: lang,
    agentName: settings.agentName,
    agentSample: t('sampleAgent'),
    fieldSlot: (label) => t('sampleField', { label }),
  });
  return (
    <figure className="preview" aria-labelledby="preview-caption">
      <figcaption id="preview-caption" className="muted">
        {t('previewCaption')}{' '}
        <span data-testid="preview-language">
          {t('previewLanguage', { language: t(`languageName_${preview.locale}`) })}
        </span>
      </figcaption>
      {preview.html !== undefined ? (
        <div
          className="preview-body"
          data-testid="snippet-preview"
          // Rendered from the agent's template and sanitised like every insertion into a page.
          dangerouslySetInnerHTML={{ __html: sanitizeHtml(preview.html) }}
        />
      ) : (
        <pre data-testid="snippet-preview">{preview.text}</pre>
      )}
      {preview.errors.length > 0 && (
        <p className="muted small">{preview.errors.map((e) => t(e.code, e.params)).join(' ')}</p>
      )}
    </figure>
  );
}
