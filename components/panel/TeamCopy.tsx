import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import { copyToLibraryMutation, teamMarkText } from '@/lib/queries/shelves';
import { useUi } from '../useUi';

/** Under a team entry: where it comes from, and "copy to my library" for an editable copy. */
export function TeamCopy({ snippet }: { snippet: LibraryHit }) {
  const { t } = useUi();
  const client = useQueryClient();
  const copy = useMutation(copyToLibraryMutation(client, t('copySuffix')));
  if (!snippet.team) return null;
  return (
    <div className="team-row">
      <span className="team-mark" data-testid="team-mark" title={t('teamReadOnly')}>
        {teamMarkText(snippet.team, t)}
      </span>{' '}
      <button
        type="button"
        onClick={() => copy.mutate(snippet)}
        disabled={copy.isPending}
        data-testid="copy-to-library"
      >
        {t('copyToLibrary')}
      </button>
      {copy.isSuccess && (
        <span role="status" className="muted" data-testid="copied">
          {' '}
          {t('copiedToLibrary')}
        </span>
      )}
    </div>
  );
}
