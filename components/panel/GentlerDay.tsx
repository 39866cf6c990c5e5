import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dismissGentlerDayMutation } from '@/lib/queries/mutations';
import { useGentlerDay } from '@/lib/queries/panel-layout';
import { useUi } from '../useUi';

/** After a run of hostile conversations: the offer of a short pause and a calmer view, once. */
export function GentlerDay() {
  const { t } = useUi();
  const client = useQueryClient();
  const offer = useGentlerDay();
  const dismiss = useMutation(dismissGentlerDayMutation(client));
  if (!offer?.due) return null;
  return (
    <section aria-labelledby="gentler-title" data-testid="gentler-day" className="gentler">
      <h2 id="gentler-title">{t('gentlerTitle')}</h2>
      <p>{t('gentlerBody', { count: offer.count })}</p>
      <p>{t('gentlerPause')}</p>
      <div className="row">
        <button type="button" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
          {t('gentlerDismiss')}
        </button>
      </div>
      <p className="muted">{t('gentlerOff')}</p>
    </section>
  );
}
