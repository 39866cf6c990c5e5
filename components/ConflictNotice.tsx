import { useState } from 'react';
import { useUi } from './useUi';

/**
 * A refused write: says so, and offers "reload" (take the stored version), "keep mine"
 * (write mine over it) and "see both" (the two versions side by side, to copy from).
 */
export function ConflictNotice({
  message,
  mine,
  theirs,
  onReload,
  onKeepMine,
  testId = 'conflict',
  labels = {},
}: {
  message: string;
  mine: string;
  theirs: string;
  onReload: () => void;
  onKeepMine: () => void;
  testId?: string;
  /** Other words for a refused delete: "keep it" rather than "reload", "delete anyway" rather than "keep mine". */
  labels?: { reload?: string; keep?: string; mine?: string };
}) {
  const { t } = useUi();
  const [both, setBoth] = useState(false);
  return (
    <div role="alert" className="conflict error" data-testid={testId}>
      <p>{message}</p>
      <div className="row">
        <button type="button" onClick={onReload} data-testid={`${testId}-reload`}>
          {labels.reload ?? t('conflictReload')}
        </button>
        <button type="button" onClick={onKeepMine} data-testid={`${testId}-keep`}>
          {labels.keep ?? t('conflictKeepMine')}
        </button>
        <button type="button" aria-expanded={both} onClick={() => setBoth((b) => !b)} data-testid={`${testId}-both`}>
          {both ? t('conflictHideBoth') : t('conflictSeeBoth')}
        </button>
      </div>
      {both && (
        <div className="conflict-both row">
          <figure>
            <figcaption>{labels.mine ?? t('conflictMine')}</figcaption>
            <pre data-testid={`${testId}-mine`}>{mine}</pre>
          </figure>
          <figure>
            <figcaption>{t('conflictTheirs')}</figcaption>
            <pre data-testid={`${testId}-theirs`}>{theirs}</pre>
          </figure>
        </div>
      )}
    </div>
  );
}
