import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { squash } from '@/lib/insert/plain';
import { toTab } from '@/lib/messaging/tab';
import { draftQuery } from '@/lib/queries/panel';
import type { TicketContext } from '@/lib/sites/context';
import { checkReply } from '@/lib/suggest/reply-check';
import { applyRewrite, type DraftFinding } from '@/lib/tone';
import { useUi } from '../useUi';
import { FindingItem } from './FindingItem';
import { Section } from './Section';

interface Props {
  context: TicketContext;
  tabId: number | null;
}

const sameFinding = (a: DraftFinding, textA: string, b: DraftFinding, textB: string) =>
  a.rule === b.rule && textA.slice(a.span.start, a.span.end) === textB.slice(b.span.start, b.span.end);

/** A status line and the draft it speaks about (whitespace-free: editors re-space paragraphs). */
type Status = { ok: boolean; text: string; about: string };

/** The live check of the agent's draft, with one-click rewrites applied in the reply box. */
export function DraftCheck({ context, tabId }: Props) {
  const { t, lang } = useUi();
  const client = useQueryClient();
  // Asked even when the adapter saw no reply box: the content script knows the box the agent typed in.
  const draft = useQuery(draftQuery(tabId, true));
  const [status, setStatus] = useState<Status>();
  const text = draft.data?.text ?? '';
  // The same check the background counts on the toolbar badge.
  const check = useMemo(() => checkReply(context, draft.data ?? null, lang), [context, draft.data, lang]);

  const apply = async (finding: DraftFinding, index: number) => {
    if (tabId === null) return;
    try {
      // The agent may have typed since the last read: rewrite the draft as it is now.
      const fresh = (await toTab.send('draft.get', {}, tabId)) ?? { text: '' };
      const current =
        fresh.text === text
          ? finding
          : checkReply(context, fresh, lang)?.findings.find((f) => sameFinding(f, fresh.text, finding, text));
      if (!current) return setStatus({ ok: false, text: t('draftChanged'), about: squash(fresh.text) });
      const rewritten = applyRewrite(fresh.text, current, index);
      const outcome = await toTab.send('draft.replace', { text: rewritten }, tabId);
      setStatus(
        outcome.ok
          ? { ok: true, text: t('rewriteApplied'), about: squash(rewritten) }
          : { ok: false, text: outcome.message, about: squash(fresh.text) },
      );
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error), about: squash(text) });
    }
    await client.invalidateQueries({ queryKey: ['draft', tabId] });
  };
  // A status speaks about one version of the draft: once the agent changes it, it is stale.
  const shown = status && status.about === squash(text) ? status : undefined;

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
        <p className="muted" data-testid="finding-count">
          {t('findingCount', { count: check.findings.length })}
        </p>
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
    <Section
      id="draft"
      title={t('draftTitle')}
      testId="draft-check"
      className={text.trim() ? 'pinned' : undefined}
      data={{ 'data-draft-length': text.length }}
    >
      {draft.isPending ? <p className="muted">{t('loading')}</p> : body}
      <p role="status" className={shown?.ok === false ? 'error' : 'muted'} data-testid="draft-status">
        {shown?.text}
      </p>
    </Section>
  );
}
