import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import { errorText } from '@/lib/queries/error-text';
import { copyTeamEntryMutation } from '@/lib/queries/shelves';
import { useUi } from '../useUi';

// "Copy to my library" for a team entry in the palette (issue #18): the entry stays
// read-only; the copy lands in the agent's own library, editable in the options page and
// found by the palette's search. Keyed by the entry by its caller, so the status resets.

export function PaletteTeamCopy({ hit }: { hit: LibraryHit | undefined }) {
  const { t } = useUi();
  const client = useQueryClient();
  const copy = useMutation(copyTeamEntryMutation(client, t('copySuffix')));
  if (!hit?.team) return null;
  return (
    <p className="team-row">
      <button
        type="button"
        // aria-disabled, not disabled: the button keeps the focus, so Esc still closes the palette.
        onClick={() => copy.isIdle && copy.mutate(hit)}
        aria-disabled={!copy.isIdle}
        data-testid="palette-copy"
      >
        {t('copyToLibrary')}
      </button>
      <span role="status" className="muted" data-testid="palette-copied">
        {copy.isSuccess ? ` ${t('copiedToLibrary')}` : ''}
      </span>
      {copy.isError && (
        <span role="alert" className="error">
          {' '}
          {errorText(copy.error, t)}
        </span>
      )}
    </p>
  );
}
