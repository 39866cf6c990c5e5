import { describe, expect, it } from 'vitest';
import { createNoteSaver, type SaveState } from '@/lib/queries/note-saver';
import { ConflictError } from '@/lib/db/errors';
import { createNote, deleteNote, notesFor } from '@/lib/db/notes';
import type { Note, NoteScope } from '@/lib/db/schema';
import { createSnippet, getSnippet, updateSnippet } from '@/lib/db/snippets';
import { getSettings, type SettingsConflict, updateSettings } from '@/lib/settings';
import { withFreshDb } from './helpers';

// Two editors of one entry (issue #13): the second write that started from an old revision
// is refused with a typed conflict, and nothing the first one wrote is lost.

withFreshDb();

describe('two editors of one snippet', () => {
  it('refuses the stale form and keeps the other tab’s title', async () => {
    const s = await createSnippet({ title: 'Alt', body: 'Text' }, 1);
    const tabA = { ...s };
    const tabB = { ...s };
    await updateSnippet(s.id, { title: 'Neu aus A', body: tabA.body }, { base: tabA.updatedAt, now: 2 });
    const stale = updateSnippet(
      s.id,
      { title: tabB.title, body: 'Neuer Text aus B' },
      { base: tabB.updatedAt, now: 3 },
    );
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError<typeof s>;
    expect(error.code).toBe('conflict');
    expect(error.current).toMatchObject({ title: 'Neu aus A', body: 'Text' });
    expect(await getSnippet(s.id)).toMatchObject({ title: 'Neu aus A', body: 'Text', updatedAt: 2 });
  });

  it('"keep mine" writes over the current revision', async () => {
    const s = await createSnippet({ title: 'Alt', body: 'Text' }, 1);
    await updateSnippet(s.id, { title: 'A' }, { base: 1, now: 2 });
    const conflict = (await updateSnippet(s.id, { body: 'B' }, { base: 1 }).catch((e: unknown) => e)) as ConflictError<
      typeof s
    >;
    await updateSnippet(s.id, { body: 'B' }, { base: conflict.current.updatedAt });
    expect(await getSnippet(s.id)).toMatchObject({ title: 'A', body: 'B' });
  });

  it('moves the revision forward even for two writes in one millisecond', async () => {
    const s = await createSnippet({ title: 'Alt', body: 'Text' }, 5);
    const first = await updateSnippet(s.id, { title: 'A' }, { base: 5, now: 5 });
    expect(first.updatedAt).toBe(6);
    await expect(updateSnippet(s.id, { title: 'B' }, { base: 5, now: 5 })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('two editors of one note (side panel and options page)', () => {
  const scope: NoteScope = { kind: 'customer', email: 'jonas.weber@example.de' };
  const conflictOf = (states: SaveState[]) =>
    states.map((s) => (typeof s === 'object' && 'conflict' in s ? s.conflict : undefined)).find(Boolean);

  it('refuses the panel’s autosave after the options page saved, and keeps both texts', async () => {
    const note = await createNote(scope, 'Mag es kurz.');
    const panelStates: SaveState[] = [];
    const panel = createNoteSaver(scope, (s) => panelStates.push(s), 10_000);
    const options = createNoteSaver(scope, () => undefined, 10_000);
    panel.setNote(note);
    options.setNote(note);
    options.schedule('Mag es kurz. Ruft nur vormittags an.');
    await options.flush();
    panel.schedule('Mag es kurz. VIP-Kunde.');
    await panel.flush();
    const conflict = conflictOf(panelStates);
    expect(conflict?.mine).toBe('Mag es kurz. VIP-Kunde.');
    expect(conflict?.theirs.text).toBe('Mag es kurz. Ruft nur vormittags an.');
    expect((await notesFor(scope)).map((n) => n.text)).toEqual(['Mag es kurz. Ruft nur vormittags an.']);

    await panel.keepMine();
    expect((await notesFor(scope)).map((n) => n.text)).toEqual(['Mag es kurz. VIP-Kunde.']);
    expect(panelStates.at(-1)).toBe('saved');
  });

  it('"reload" drops the refused text and follows the stored note again', async () => {
    const note = await createNote(scope, 'eins');
    const states: SaveState[] = [];
    const panel = createNoteSaver(scope, (s) => states.push(s), 10_000);
    panel.setNote(note);
    const other = createNoteSaver(scope, () => undefined, 10_000);
    other.setNote(note);
    other.schedule('zwei');
    await other.flush();
    panel.schedule('drei');
    await panel.flush();
    expect(panel.unsaved()).toBe(true);
    panel.reload();
    expect(panel.unsaved()).toBe(false);
    const [stored] = await notesFor(scope);
    expect(panel.revision()).toBe((stored as Note).updatedAt);
    panel.schedule('vier');
    await panel.flush();
    expect((await notesFor(scope)).map((n) => n.text)).toEqual(['vier']);
  });

  it('does not delete a note emptied here that was changed elsewhere', async () => {
    const note = await createNote(scope, 'eins');
    const states: SaveState[] = [];
    const panel = createNoteSaver(scope, (s) => states.push(s), 10_000);
    panel.setNote(note);
    const other = createNoteSaver(scope, () => undefined, 10_000);
    other.setNote(note);
    other.schedule('wichtig');
    await other.flush();
    panel.schedule('');
    await panel.flush();
    expect(conflictOf(states)).toBeDefined();
    expect((await notesFor(scope)).map((n) => n.text)).toEqual(['wichtig']);
    await deleteNote((await notesFor(scope))[0]!.id);
  });
});

describe('settings written from two pages', () => {
  it('keeps keys the stale form did not change, and refuses one it changed that changed elsewhere', async () => {
    const loaded = await getSettings();
    await updateSettings({ ...loaded, agentName: 'Sam' }, loaded);
    // The stale form changes only the theme: the other page's name survives.
    await updateSettings({ ...loaded, theme: 'dark' }, loaded);
    expect(await getSettings()).toMatchObject({ agentName: 'Sam', theme: 'dark' });
    // Now it changes the name too, which changed elsewhere since it loaded.
    const stale = updateSettings({ ...loaded, agentName: 'Kim' }, loaded);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError<SettingsConflict>;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.current.keys).toEqual(['agentName']);
    expect((await getSettings()).agentName).toBe('Sam');
  });

  it('lets two pages that race both pass the check only once', async () => {
    const loaded = await getSettings();
    const results = await Promise.allSettled([
      updateSettings({ ...loaded, agentName: 'Erste' }, loaded),
      updateSettings({ ...loaded, agentName: 'Zweite' }, loaded),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
