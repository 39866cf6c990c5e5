import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { createNote, deleteNote, updateNoteText } from '../db/notes';
import { type DeleteTarget, deleteSnippets, tagSnippets } from '../db/restore';
import type { Snippet } from '../db/schema';
import { clearOutcomes } from '../db/outcomes';
import { createSnippet } from '../db/snippets';
import { exportInWorker } from '../formats/export-in-worker';
import { exportFileName, restoreImportedSettings, wipeLibrary } from '../formats/transfer';
import type { ConflictPolicy } from '../formats';
import type { CommitProgress, ImportSession } from '../formats/parse-in-worker';
import { changeSettings, type Settings, updateSettings } from '../settings';
import { installStarter } from '../starter/install';
import { browser } from 'wxt/browser';
import { downloadBlob, refreshAll, restoreSnippet } from './options';
import { dismissGentlerDay } from '../wellbeing/gentler-day';
import { setSectionCollapsed } from './panel-layout';
import { type Draft, saveDraft, type SaveDraftContext } from './snippet-draft';

// Every write an extension page starts, as TanStack mutation options beside the query
// factories. Each refetches what the page shows when it settles (broadcasts reach the other
// pages); components add only their own onSuccess (clearing a form, an undo offer).

const settled = (client: QueryClient) => ({ onSettled: () => refreshAll(client) });

/** A copy for editing: same text and labels, no shortcut (it would clash), a suffix on the title. */
export const duplicateSnippetMutation = (client: QueryClient, suffix: string) =>
  mutationOptions({
    mutationFn: (s: Snippet) =>
      createSnippet({
        title: `${s.title} ${suffix}`,
        body: s.body,
        format: s.format,
        tags: s.tags,
        language: s.language,
        moods: s.moods,
      }),
    ...settled(client),
  });

export const deleteSnippetsMutation = (client: QueryClient) =>
  mutationOptions({
    /** Each with the revision the list showed; one changed elsewhere refuses all (ConflictError). */
    mutationFn: (targets: DeleteTarget[]) => deleteSnippets(targets),
    ...settled(client),
  });

export const restoreSnippetsMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: (snippets: Snippet[]) => restoreSnippet(snippets), ...settled(client) });

export const tagSnippetsMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: ({ ids, tag }: { ids: string[]; tag: string }) => tagSnippets(ids, tag),
    ...settled(client),
  });

export const createNoteMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: (text: string) => createNote({ kind: 'general' }, text), ...settled(client) });

export const updateNoteMutation = (client: QueryClient) =>
  mutationOptions({
    /** `base`: the note's updatedAt when the agent started editing; a stale one is refused (ConflictError). */
    mutationFn: ({ id, text, base }: { id: string; text: string; base: number }) => updateNoteText(id, text, { base }),
    ...settled(client),
  });

export const deleteNoteMutation = (client: QueryClient) =>
  mutationOptions({
    /** `base`: the note's updatedAt as the page showed it; changed elsewhere, nothing is deleted (ConflictError). */
    mutationFn: ({ id, base }: { id: string; base: number }) => deleteNote(id, base),
    ...settled(client),
  });

export const resetCalmingMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: clearOutcomes, ...settled(client) });

export const saveSettingsMutation = (client: QueryClient) =>
  mutationOptions({
    /** `base`: the settings the form was loaded from; keys changed elsewhere meanwhile are refused. */
    mutationFn: ({ patch, base }: { patch: Partial<Settings>; base: Settings }) => updateSettings(patch, base),
    ...settled(client),
  });

export const restoreStarterMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: () => installStarter({ restoreDeleted: true }), ...settled(client) });

interface ImportRequest {
  session: ImportSession;
  policy: ConflictPolicy;
  replace: boolean;
  restoreSettings: boolean;
  onProgress?: (progress: CommitProgress) => void;
}

export const importMutation = (client: QueryClient) =>
  mutationOptions({
    /** Written by the session's worker; a backup's settings are then restored here, where extension storage is. */
    mutationFn: async ({ session, policy, replace, restoreSettings, onProgress }: ImportRequest) => {
      const result = await session.commit(policy, replace, onProgress);
      const settingsRestored = restoreSettings && (await restoreImportedSettings(session.info));
      return { ...result, settingsRestored };
    },
    ...settled(client),
  });

export interface ExportRequest {
  kind: 'backup' | 'library';
  onProgress?: (progress: { done: number; total: number }) => void;
}

export const exportMutation = () =>
  mutationOptions({
    // In a worker: serialising a large library on the page would freeze it for seconds.
    mutationFn: async ({ kind, onProgress }: ExportRequest) =>
      downloadBlob(exportFileName(kind), await exportInWorker(kind, { onProgress })),
  });

export const wipeMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: () => wipeLibrary(), ...settled(client) });

export const saveDraftMutation = (client: QueryClient, context: SaveDraftContext) =>
  mutationOptions({ mutationFn: (draft: Draft) => saveDraft(draft, context), ...settled(client) });

/** Asks the browser for the site's permission first; `denied` is the message when the agent refuses. */
// Sites are added to and removed from the list as stored at write time, so a page showing
// an older list cannot drop a site another page enabled.
export const enableSiteMutation = (denied: string) =>
  mutationOptions({
    mutationFn: async (pattern: string) => {
      const granted = await browser.permissions.request({ origins: [pattern] });
      if (!granted) throw new Error(denied);
      await changeSettings((s) => ({ enabledSites: [...new Set([...s.enabledSites, pattern])] }));
    },
  });

export const disableSiteMutation = () =>
  mutationOptions({
    mutationFn: async (pattern: string) => {
      await changeSettings((s) => ({ enabledSites: s.enabledSites.filter((p) => p !== pattern) }));
      await browser.permissions.remove({ origins: [pattern] });
    },
  });

/** The side panel: a section collapsed or expanded (remembered across panels). */
export const collapseSectionMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: ({ id, collapsed }: { id: string; collapsed: boolean }) => setSectionCollapsed(id, collapsed),
    onSuccess: (sections) => client.setQueryData(['panel-sections'], sections),
  });

/** The side panel: the agent closed the offer of a pause (not offered again today). */
export const dismissGentlerDayMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: () => dismissGentlerDay(),
    onSettled: () => client.invalidateQueries({ queryKey: ['gentler-day'] }),
  });
