import { useMutation, useQueryClient } from '@tanstack/react-query';
import { restoreStarterMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';

/** Brings back starter templates the agent deleted (edited ones are kept as they are). */
export function StarterRestore() {
  const { t } = useUi();
  const client = useQueryClient();
  const restore = useMutation(restoreStarterMutation(client));
  return (
    <section aria-labelledby="starter-h">
      <h2 id="starter-h">{t('starterTitle')}</h2>
      <p className="muted">{t('starterHint')}</p>
      <button type="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
        {t('starterRestore')}
      </button>
      {restore.isSuccess && (
        <p role="status" data-testid="starter-result">
          {t('starterResult', {
            added: restore.data.added,
            updated: restore.data.updated,
            kept: restore.data.keptEdited,
          })}
        </p>
      )}
      {restore.isError && (
        <p role="alert" className="error">
          {errorText(restore.error, t)}
        </p>
      )}
    </section>
  );
}
