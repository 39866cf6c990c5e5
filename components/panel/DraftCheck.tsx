import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toTab } from '@/lib/messaging/tab';
import { draftQuery } from '@/lib/queries/panel';
import type { TicketContext } from '@/lib/sites/context';
import { applyRewrite, checkDraft, type DraftFinding, type MessageAnalysis } from '@/lib/tone';
import { useUi } from '../useUi';
import { FindingItem } from './FindingItem';

interface Props {
  context: TicketContext;
  analysis: MessageAnalysis | null;
  tabId: number | null;
}

const sameFinding = (a: DraftFinding, textA: string, b: DraftFinding, textB: string) =>
  a.rule === b.rule && textA.slice(a.span.start, a.span.end) === textB.slice(b.span.start, b.span.end);

/** The live check of the agent's draft, with one-click rewrites applied in the reply box. */
export function DraftCheck({ context, analysis, tabId }: Props) {
  const { t, lang } = useUi();
  const client = useQueryClient();
  // Asked even when the adapter saw no reply box: the content script knows the box the agent typed in.
  const draft = useQuery(draftQuery(tabId, true));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const text = draft.data?.text ?? '';
  const options = useMemo(
    () => ({
      uiLanguage: lang,
      language: context.language,
      customerMoods: analysis?.moods.map((m) => m.label) ?? [],
      customerName: context.customer.name,
    }),
    [lang, context.language, context.customer.name, analysis],
  );
  const check = useMemo(() => (text.trim() ? checkDraft(text, options) : null), [text, options]);

  const apply = async (finding: DraftFinding, index: number) => {
    if (tabId === null) return;
    try {
      // The agent may have typed since the last read: rewrite the draft as it is now.
      const fresh = (await toTab.send('draft.get', {}, tabId))?.text ?? '';
      const current =
        fresh === text
          ? finding
          : checkDraft(fresh, options).findings.find((f) => sameFinding(f, fresh, finding, text));
      if (!current) return setStatus({ ok: false, text: t('draftChanged') });
      const outcome = await toTab.send('draft.replace', { text: applyRewrite(fresh, current, index) }, tabId);
      setStatus(outcome.ok ? { ok: true, text: t('rewriteApplied') } : { ok: false, text: outcome.message });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
    await client.invalidateQueries({ queryKey: ['draft', tabId] });
  };

  let body;
  if (draft.data === null) body = <p className="muted">{t('draftUnavailable')}</p>;
  else if (!check) body = <p className="muted">{t('draftEmpty')}</p>;
  else if (check.findings.length === 0)
    body = (
      <p className="ok" data-testid="draft-clean">
        {t('draftClean')}
      </p>
    );
  else
    body = (
      <>
        <p className="muted">{t('findingCount', { count: check.findings.length })}</p>
        <ul className="plain" data-testid="finding-list">
          {check.findings.map((f) => (
            <FindingItem
              key={`${f.rule}:${f.span.start}:${f.span.end}`}
              finding={f}
              text={text}
              onApply={(i) => void apply(f, i)}
            />
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="draft-title" data-testid="draft-check">
      <h2 id="draft-title">{t('draftTitle')}</h2>
      {draft.isPending ? <p className="muted">{t('loading')}</p> : body}
      <p role="status" className={status?.ok === false ? 'error' : 'muted'} data-testid="draft-status">
        {status?.text}
      </p>
    </section>
  );
}
