import type { LibraryHit } from '@/lib/db/shelf-schema';
import { zendeskActionNames } from '@/lib/i18n/zendesk-shelf';
import { useUi } from './useUi';

/** Under a Zendesk team macro: what the macro also does in Zendesk, and that Tonlage does not. */
export function TeamActionsNote({ hit }: { hit: LibraryHit | undefined }) {
  const { t, lang } = useUi();
  const actions = hit?.team?.actions;
  if (!actions?.length) return null;
  return (
    <p className="muted" data-testid="team-actions-note">
      {t('zendeskActionsNotApplied', { actions: zendeskActionNames(actions, lang) })}
    </p>
  );
}
