import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Shelf } from '@/lib/db/shelf-schema';
import type { MessageKey } from '@/lib/i18n/messages';
import { applyPackMutation, shelfRefusalText } from '@/lib/queries/shelves';
import type { ShelfPlan } from '@/lib/shelves/plan';
import type { PendingPack } from '@/lib/shelves/refresh';
import { useUi } from '../useUi';

const ACTION: Record<'new' | 'changed' | 'removed', MessageKey> = {
  new: 'shelfPlanNew',
  changed: 'shelfPlanChanged',
  removed: 'shelfPlanRemoved',
};

/** The dry run of a changed pack ("3 new, 2 changed, 1 removed"), applied only when confirmed. */
export function ShelfPlanView(props: { shelf: Shelf; plan: ShelfPlan; pending: PendingPack; onDone: () => void }) {
  const { shelf, plan, pending, onDone } = props;
  const { t } = useUi();
  const client = useQueryClient();
  const apply = useMutation({ ...applyPackMutation(client), onSuccess: onDone });
  const changes = plan.items.filter((i) => i.action !== 'unchanged');
  return (
    <div className="dry-run" data-testid="shelf-plan">
      <h4>{t('shelfPlanTitle', { label: shelf.label })}</h4>
      <p data-testid="shelf-plan-summary">{t('shelfPlanSummary', plan.counts)}</p>
      <ul>
        {changes.slice(0, 50).map((item) => (
          <li key={item.id} data-testid="shelf-plan-item" data-action={item.action}>
            {t(ACTION[item.action as keyof typeof ACTION])}: „{item.title}“
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => apply.mutate(pending)} disabled={apply.isPending} data-testid="shelf-apply">
        {t('shelfApply')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {t('shelfDiscard')}
      </button>
      {apply.isError && (
        <p role="alert" className="error">
          {shelfRefusalText(apply.error, t)}
        </p>
      )}
    </div>
  );
}
