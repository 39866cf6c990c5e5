import { describe, expect, it } from 'vitest';
import { createNoteSaver, type SaveState } from '@/lib/queries/note-saver';
import { deleteNote, notesFor } from '@/lib/db/notes';
import type { NoteScope } from '@/lib/db/schema';

const scope: NoteScope = { kind: 'customer', email: 'jonas.weber@example.de' };

describe('createNoteSaver', () => {
  it('creates one note for a burst of typing and updates it afterwards', async () => {
    for (const note of await notesFor(scope)) await deleteNote(note.id);
    const states: SaveState[] = [];
    const saver = createNoteSaver(scope, (s) => states.push(s), 10_000);
    saver.schedule('M');
    const first = saver.flush();
    saver.schedule('Mag keine Anrufe');
    await Promise.all([first, saver.flush()]);
    const notes = await notesFor(scope);
    expect(notes.map((n) => n.text)).toEqual(['Mag keine Anrufe']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves after the pause and deletes a note that was emptied', async () => {
    for (const note of await notesFor(scope)) await deleteNote(note.id);
    const saver = createNoteSaver(scope, () => undefined, 5);
    saver.schedule('Rückruf erwünscht');
    await expect.poll(async () => (await notesFor(scope)).map((n) => n.text)).toEqual(['Rückruf erwünscht']);
    saver.schedule('  ');
    await saver.flush();
    expect(await notesFor(scope)).toEqual([]);
  });

  it('does not create an empty note', async () => {
    const ticket: NoteScope = { kind: 'ticket', site: 'zendesk', ticketId: '1' };
    const saver = createNoteSaver(ticket, () => undefined);
    saver.schedule('');
    await saver.flush();
    expect(await notesFor(ticket)).toEqual([]);
  });
});
