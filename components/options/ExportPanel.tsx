import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { exportMutation, wipeMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';

/** Download a full backup or the library alone; delete everything after a confirmation. */
export function ExportPanel() {
  const { t } = useUi();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const download = useMutation(exportMutation());
  // Percent of the records read and written; null before the worker's first report.
  const [percent, setPercent] = useState<number | null>(null);
  const start = (kind: 'backup' | 'library') => {
    setPercent(null);
    // 100 % only once the file is handed to the browser: capped at 99 while it is still written.
    const onProgress = ({ done, total }: { done: number; total: number }) =>
      setPercent(total === 0 ? 99 : Math.min(99, Math.floor((100 * done) / total)));
    download.mutate({ kind, onProgress });
  };
  const wipe = useMutation({ ...wipeMutation(client), onSuccess: () => setConfirming(false) });
  const failure = download.error ?? wipe.error;
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">{t('exportTitle')}</h2>
      <p className="muted">{t('exportHint')}</p>
      <div className="row">
        <button type="button" onClick={() => start('backup')} disabled={download.isPending}>
          {t('exportBackup')}
        </button>
        <button type="button" onClick={() => start('library')} disabled={download.isPending}>
          {t('exportLibrary')}
        </button>
      </div>
      {download.isPending && (
        <label data-testid="export-busy">
          <span role="status">{percent === null ? t('exportPreparing') : t('exportProgress', { percent })}</span>
          {percent === null ? <progress /> : <progress max={100} value={percent} />}
        </label>
      )}
      <h3>{t('wipeTitle')}</h3>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('wipeAsk')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="wipe-q" className="confirm">
          <p id="wipe-q">{t('wipeQuestion')}</p>
          <button type="button" className="danger" onClick={() => wipe.mutate()} disabled={wipe.isPending}>
            {t('wipeConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('cancel')}
          </button>
        </div>
      )}
      {wipe.isSuccess && (
        <p role="status" data-testid="wipe-done">
          {t('wipeDone')}
        </p>
      )}
      {failure && (
        <p role="alert" className="error">
          {errorText(failure, t)}
        </p>
      )}
    </section>
  );
}
