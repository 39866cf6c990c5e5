import { describe, expect, it } from 'vitest';
import type { TeamMacro } from '@/lib/shelves/zendesk/api';
import { teamEntries } from '@/lib/shelves/zendesk/entries';

const macro = (id: string, comments: TeamMacro['comments'], otherActions: string[] = []): TeamMacro => ({
  id,
  title: 'Returns::Damaged item',
  active: true,
  updatedAt: 1_700_000_000_000,
  comments,
  otherActions,
});

describe('teamEntries', () => {
  it('reads a macro as the Zendesk import does, and names the actions it does not apply', () => {
    const { entries, skipped } = teamEntries(
      [
        macro(
          '7',
          [
            {
              field: 'comment_value_html',
              value:
                '<p>Hallo {{ticket.requester.first_name}}, es tut uns sehr leid, dass Ihre Bestellung beschädigt angekommen ist.</p>',
            },
          ],
          ['status', 'current_tags'],
        ),
      ],
      'de',
    );
    expect(skipped).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      // The full "::" title, as the import now keeps it: the library manager shows the category as a folder.
      draft: {
        title: 'Returns::Damaged item',
        tags: [],
        format: 'html',
        language: 'de',
        inferred: { language: true },
      },
      origin: { kind: 'zendesk', remoteId: '7', updatedAt: 1_700_000_000_000 },
      actions: ['status', 'current_tags'],
    });
  });

  it('skips a macro with nothing to insert or an unknown placeholder', () => {
    const { entries, skipped } = teamEntries(
      [macro('1', [], ['status']), macro('2', [{ field: 'comment_value', value: 'Hi {{ticket.unknown_thing}}' }])],
      'en',
    );
    expect(entries).toEqual([]);
    expect(skipped.map((s) => s.id)).toEqual(['1', '2']);
  });

  it('leaves the language open when the text does not say', () => {
    const { entries } = teamEntries([macro('3', [{ field: 'comment_value', value: 'Order 44721' }])], 'en');
    expect(entries[0]!.draft.language).toBe('any');
  });

  it('an empty Zendesk is an empty shelf', () => {
    expect(teamEntries([], 'en')).toEqual({ entries: [], skipped: [] });
  });
});
