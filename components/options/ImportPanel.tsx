import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import type { ConflictPolicy } from '@/lib/formats';
import { type ImportSession, parseFileInWorker } from '@/lib/formats/parse-in-worker';
import { importMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';
import { DryRun } from './DryRun';

/** Pick a file → dry run → choose the conflict policy → import (all or nothing) with progress. */
export function ImportPanel() {
  const { t } = useUi();
  const id = useId();
  const client = useQueryClient();
  const [file, setFile] = useState<{ id: number; name: string; session: ImportSession }>();
  const [error, setError] = useState<string>();
  const [policy, setPolicy] = useState<ConflictPolicy>('skip');
  const [replace, setReplace] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [reading, setReading] = useState<{ done: number; total: number } | 'started'>();
  // The dry run is planned in the worker against the library; a change of the library (the
  // key starts with "snippets") plans it again.
  const planning = useQuery({
    // The file's id, not the session: query keys are hashed as JSON.
    queryKey: ['snippets', 'import-plan', file?.id, policy, replace],
    queryFn: () => file!.session.plan(policy, replace),
    enabled: file !== undefined,
  });
  const plan = planning.data;
  useEffect(() => () => file?.session.close(), [file]);
  const commit = useMutation({ ...importMutation(client), onSuccess: () => setFile(undefined) });
  const onProgress = (p: { done: number; total: number }) => setProgress({ done: p.done, total: p.total });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    setFile(undefined);
    setError(undefined);
    setProgress(undefined);
    setReplace(false);
    commit.reset();
    if (!picked) return;
    setReading('started');
    try {
      const session = await parseFileInWorker(picked.name, await picked.arrayBuffer(), { onProgress: setReading });
      setFile({ id: Date.now(), name: picked.name, session });
    } catch (e) {
      setError(`${picked.name}: ${errorText(e, t)}`);
    } finally {
      setReading(undefined);
    }
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('importTitle')}</h2>
      <p className="muted">{t('importHint')}</p>
      <label>
        {t('importPick')}
        <input type="file" accept=".json,.yml,.yaml,.csv" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </label>
      {reading && (
        <label data-testid="import-reading">
          {t('importReading')}
          {reading === 'started' ? <progress /> : <progress max={reading.total || 1} value={reading.done} />}
        </label>
      )}
      {file && planning.isPending && (
        <label data-testid="import-planning">
          {t('importPlanning')}
          <progress />
        </label>
      )}
      {(error || planning.error) && (
        <p role="alert" className="error" data-testid="import-error">
          {error ?? `${file?.name}: ${t('importPlanFailed')} (${errorText(planning.error, t)})`}
        </p>
      )}
      {file && plan && (
        <>
          <p>{t('importFile', { name: file.name })}</p>
          <DryRun
            file={file.session.info}
            plan={plan}
            policy={policy}
            replace={replace}
            onPolicy={setPolicy}
            onReplace={setReplace}
          />
          <button
            type="button"
            className="primary"
            disabled={commit.isPending}
            onClick={() =>
              commit.mutate({ session: file.session, policy, replace, restoreSettings: replace, onProgress })
            }
          >
            {replace ? t('importReplaceCommit') : t('importCommit')}
          </button>
        </>
      )}
      {progress && (commit.isPending || commit.isSuccess) && (
        <label>
          {t('importProgress')}
          <progress max={progress.total || 1} value={progress.done} />
        </label>
      )}
      {commit.isError && (
        <p role="alert" className="error" data-testid="import-error">
          {errorText(commit.error, t)}
        </p>
      )}
      {commit.isSuccess && (
        <p role="status" data-testid="import-done">
          {t('importDone', { snippets: commit.data.written.snippets, notes: commit.data.written.notes })}
          {commit.data.settingsRestored && ` ${t('importSettingsRestored')}`}
        </p>
      )}
    </section>
  );
}
