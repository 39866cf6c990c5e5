import { describe, expect, it } from 'vitest';
import { createSnippet, findByShortcut, updateSnippet } from '@/lib/db/snippets';
import { parseEspanso } from '@/lib/formats/espanso';
import { planImport } from '@/lib/formats/plan';
import { commitImport } from '@/lib/formats/transfer';
import { contentConfig } from '@/lib/background/handlers';
import { en } from '../i18n/say';
import { withFreshDb } from './helpers';

// Issue #15: an Espanso match with several triggers keeps all of them. The first is the
// shortcut; the others are further shortcuts (`aliases`) of the same snippet: stored,
// expanded, unique across the library, and never taken from another snippet on import.

withFreshDb();

const YAML = `matches:
  - triggers: [":adr", ":adresse", ":address"]
    replace: "Bitte senden Sie uns Ihre neue Adresse."
  - trigger: ":gruss"
    replace: "Viele Grüße"
`;

describe('further shortcuts', () => {
  it('are imported from an Espanso match, expand the snippet, and reach the content script', async () => {
    await commitImport(parseEspanso(YAML), 'skip');
    for (const typed of [':adr', ':adresse', ':address']) {
      expect((await findByShortcut(typed))?.body).toBe('Bitte senden Sie uns Ihre neue Adresse.');
    }
    expect((await contentConfig()).shortcuts).toEqual(expect.arrayContaining([':adr', ':adresse', ':address']));
  });

  it('are left off an imported entry when another snippet holds them, and the dry run says so', async () => {
    await createSnippet({ title: 'Adresse ändern', shortcut: ':adresse', body: 'Schon da.' });
    const existing = await import('@/lib/db/snippets').then((m) => m.listSnippets());
    const plan = planImport(parseEspanso(YAML), existing, 'skip');
    const item = plan.items[0]!;
    expect(item.remarks.map(en)).toContain(
      'The further shortcut ":adresse" is left off: "Adresse ändern" already has it.',
    );
    expect(plan.writes.snippets.find((s) => s.shortcut === ':adr')?.aliases).toEqual([':address']);
  });

  it('are unique across the library when the agent saves', async () => {
    const first = await createSnippet({ title: 'Eins', shortcut: 'eins', aliases: ['one'], body: '1' });
    await expect(createSnippet({ title: 'Zwei', shortcut: 'one', body: '2' })).rejects.toMatchObject({
      code: 'shortcut-taken',
    });
    await expect(createSnippet({ title: 'Drei', aliases: ['eins'], body: '3' })).rejects.toMatchObject({
      code: 'shortcut-taken',
    });
    // Emptied, the field is gone; the snippet keeps its main shortcut.
    const saved = await updateSnippet(first.id, { aliases: [] }, { base: first.updatedAt });
    expect(saved.aliases).toBeUndefined();
    expect(await findByShortcut('one')).toBeUndefined();
  });
});
