import { describe, expect, it } from 'vitest';
import { createNote, listNotes, notesFor, updateNoteText } from '@/lib/db/notes';
import { withFreshDb } from './helpers';

withFreshDb();

describe('notes repository', () => {
  it('finds a customer note by e-mail, whatever its case', async () => {
    await createNote({ kind: 'customer', email: 'Jonas.Weber@Example.de' }, 'Mag es kurz.');
    await createNote({ kind: 'ticket', site: 'zendesk', ticketId: '4711' }, 'Rückruf Montag');
    const notes = await notesFor({ kind: 'customer', email: 'jonas.weber@example.de' });
    expect(notes.map((n) => n.text)).toEqual(['Mag es kurz.']);
    expect(await listNotes()).toHaveLength(2);
  });

  it('edits a note and keeps its creation time', async () => {
    const n = await createNote({ kind: 'general' }, 'alt', 1);
    const edited = await updateNoteText(n.id, 'neu', { base: 1, now: 2 });
    expect(edited).toMatchObject({ text: 'neu', createdAt: 1, updatedAt: 2 });
  });

  it('rejects a malformed customer scope', async () => {
    await expect(createNote({ kind: 'customer', email: 'not an address' }, 'x')).rejects.toThrow(
      'email: Invalid email address',
    );
    expect(await listNotes()).toHaveLength(0);
  });
});
