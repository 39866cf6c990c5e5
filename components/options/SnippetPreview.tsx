import { renderTemplate } from '@/lib/template';
import { sampleValues } from '@/lib/queries/options';
import type { Snippet } from '@/lib/db/schema';
import { useUi } from '../useUi';

/** The body rendered for a sample ticket (Jonas Weber, #4711), as the agent would insert it. */
export function SnippetPreview({ body, format, language }: Pick<Snippet, 'body' | 'format' | 'language'>) {
  const { t, lang, settings } = useUi();
  const locale = language === 'any' ? lang : language;
  const result = renderTemplate(body, sampleValues(settings.agentName, locale), { format });
  return (
    <figure className="preview" aria-labelledby="preview-caption">
      <figcaption id="preview-caption" className="muted">
        {t('previewCaption')}
      </figcaption>
      <pre data-testid="snippet-preview">{result.text}</pre>
      {result.hints.length > 0 && (
        <p className="muted small">{result.hints.map((h) => t(h.code, h.params)).join(' ')}</p>
      )}
    </figure>
  );
}
