import type { DraftFinding, Rewrite } from '@/lib/tone';
import { useUi } from '../useUi';

const short = (s: string, max = 80) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** One finding of the draft check: the flagged words, the reason, and its rewrites as buttons. */
export function FindingItem({
  finding,
  text,
  onApply,
}: {
  finding: DraftFinding;
  text: string;
  onApply: (rewriteIndex: number) => void;
}) {
  const { t } = useUi();
  const flagged = text.slice(finding.span.start, finding.span.end);
  const label = (r: Rewrite) => {
    if (r.kind === 'insert') return t('rewriteInsert', { text: short(r.text) });
    return r.text.trim() ? t('rewriteReplace', { text: short(r.text) }) : t('rewriteRemove');
  };
  return (
    <li data-testid="finding" data-rule={finding.rule} className={`finding finding-${finding.severity}`}>
      <span className="finding-severity">{t(`severity_${finding.severity}`)}</span>{' '}
      {flagged.trim() && <q className="finding-text">{short(flagged)}</q>}
      <p className="finding-reason">{t(finding.reason.code, finding.reason.params)}</p>
      <div className="row">
        {finding.rewrites.map((r, i) => (
          <button key={i} type="button" data-testid="finding-rewrite" onClick={() => onApply(i)}>
            {label(r)}
          </button>
        ))}
      </div>
    </li>
  );
}
