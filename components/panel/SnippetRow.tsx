import { type FormEvent, useId, useMemo, useState } from 'react';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import { toTab } from '@/lib/messaging/tab';
import type { TicketContext } from '@/lib/sites/context';
import { validateTemplate } from '@/lib/template';
import { renderSnippet } from '@/lib/template/snippet';
import { FillInFields } from '../FillInFields';
import { TeamActionsNote } from '../TeamActionsNote';
import { useUi } from '../useUi';
import { TeamCopy } from './TeamCopy';

export interface SnippetRowProps {
  snippet: LibraryHit;
  context: TicketContext | null;
  tabId: number | null;
  /** Why it is suggested ("suits: grief"). */
  reason?: string;
  testId?: string;
}

/**
 * One snippet with a one-click insert into the tab's reply box; fill-in fields are asked for
 * inline with the palette's controls (a select per choice, a checkbox per optional section).
 */
export function SnippetRow({ snippet, context, tabId, reason, testId = 'suggestion' }: SnippetRowProps) {
  const { t } = useUi();
  const formId = useId();
  const fields = useMemo(() => {
    // As in the palette: a placeholder Tonlage cannot fill (an imported macro's) is asked for.
    const result = validateTemplate(snippet.body, { askUnknown: true });
    return result.ok ? result.fields : [];
  }, [snippet.body]);
  const [asking, setAsking] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const insert = async () => {
    if (tabId === null) return setStatus({ ok: false, text: t('noTab') });
    try {
      const rendered = await renderSnippet(snippet, context, values);
      const outcome = await toTab.send('insert.apply', rendered.request, tabId);
      setStatus(outcome.ok ? { ok: true, text: t('inserted') } : { ok: false, text: outcome.message });
      if (outcome.ok) setAsking(false);
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const onInsertClick = () => (fields.length > 0 && !asking ? setAsking(true) : void insert());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void insert();
  };

  return (
    <li data-testid={testId} data-snippet-id={snippet.id} className="snippet-row">
      <div className="snippet-row-head">
        {/* Placeholders in a title (phrases are titled by their text) read as "…". */}
        <span className="snippet-title">{snippet.title.replace(/\{\{[^{}]*\}\}/g, '…')}</span>
        <button type="button" onClick={onInsertClick} aria-label={t('insertNamed', { title: snippet.title })}>
          {t('insert')}
        </button>
      </div>
      {reason && <span className="muted snippet-reason">{reason}</span>}
      <TeamActionsNote hit={snippet} />
      <TeamCopy snippet={snippet} />
      {asking && (
        <form id={formId} onSubmit={onSubmit} aria-label={t('fillInFields', { title: snippet.title })}>
          <FillInFields
            fields={fields}
            values={values}
            onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
            t={t}
          />
          <div className="row">
            <button type="submit" className="primary">
              {t('insert')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className={status?.ok === false ? 'error' : 'muted'} data-testid="insert-status">
        {status?.text}
      </p>
    </li>
  );
}
