import type { ConflictPolicy } from '@/lib/formats';
import type { ImportFileInfo } from '@/lib/formats/worker-protocol';
import type { PlanSummary } from '@/lib/formats/plan-summary';
import { formatNumber } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { noticeText } from '@/lib/queries/options';
import { useUi } from '../useUi';

const COUNTS = [
  ['new', 'planNew'],
  ['changed', 'planChanged'],
  ['conflicting', 'planConflicting'],
  ['unchanged', 'planUnchanged'],
  ['invalid', 'planInvalid'],
] as const satisfies readonly (readonly [keyof PlanSummary['counts'], MessageKey])[];

const POLICIES = [
  ['skip', 'policySkip'],
  ['overwrite', 'policyOverwrite'],
  ['keep-both', 'policyKeepBoth'],
] as const satisfies readonly (readonly [ConflictPolicy, MessageKey])[];

interface Props {
  file: ImportFileInfo;
  plan: PlanSummary;
  policy: ConflictPolicy;
  replace: boolean;
  onPolicy: (policy: ConflictPolicy) => void;
  onReplace: (replace: boolean) => void;
}

/** What an import would do, before anything is written: counts, invalid entries, conflicts, policy. */
export function DryRun({ file, plan, policy, replace, onPolicy, onReplace }: Props) {
  const { t, lang } = useUi();
  return (
    <div className="dry-run" data-testid="dry-run">
      <h3>{t('dryRunTitle', { format: file.format })}</h3>
      <dl>
        {COUNTS.map(([key, label]) => (
          <div key={key} className="count">
            <dt>{t(label)}</dt>
            <dd data-testid={`plan-${key}`}>{formatNumber(lang, plan.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {file.noteCount !== undefined && <p className="muted">{t('planNotes', { count: file.noteCount })}</p>}
      {plan.settings && <p className="muted">{replace ? t('planSettingsReplace') : t('planSettingsKept')}</p>}
      {plan.warnings.length > 0 && (
        <ul className="muted">
          {plan.warnings.map((w) => (
            <li key={JSON.stringify(w)}>{noticeText(w, t)}</li>
          ))}
        </ul>
      )}
      {plan.invalid.length > 0 && (
        <>
          <h4>{t('invalidEntries')}</h4>
          <ul data-testid="plan-invalid-list">
            {plan.invalid.map((i) => (
              <li key={i.index}>
                {t('entryNumber', { n: i.index + 1 })} {i.title && `„${i.title}“`}:{' '}
                {i.reasons.map((r) => noticeText(r, t)).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.remarked.length > 0 && (
        <>
          <h4>{t('importRemarksTitle')}</h4>
          <ul data-testid="plan-remarks">
            {plan.remarked.map((i) => (
              <li key={i.index}>
                {t('entryNumber', { n: i.index + 1 })} {i.title && `„${i.title}“`}:{' '}
                {i.remarks.map((r) => noticeText(r, t)).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.conflicts.length > 0 && (
        <>
          <h4>{t('conflictsTitle')}</h4>
          <ul data-testid="plan-conflicts">
            {plan.conflicts.map((c) => (
              <li key={c.index}>
                {t('conflictLine', {
                  title: c.title ?? '',
                  shortcut: c.conflict.shortcut,
                  holder: c.conflict.heldBy.title,
                })}
                {c.conflict.newShortcut && ` → ${c.conflict.newShortcut}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <fieldset>
        <legend>{t('policyLegend')}</legend>
        {POLICIES.map(([value, label]) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name="policy"
              value={value}
              checked={policy === value}
              onChange={() => onPolicy(value)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {file.format === 'tonlage' && (
        <label className="inline">
          <input type="checkbox" checked={replace} onChange={(e) => onReplace(e.target.checked)} />
          {file.kind === 'backup' ? t('replaceBackup') : t('replaceLibrary')}
        </label>
      )}
    </div>
  );
}
