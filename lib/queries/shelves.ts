import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import type { LibraryHit, Shelf, ShelfError, TeamMark } from '../db/shelf-schema';
import type { Snippet } from '../db/schema';
import type { MessageKey } from '../i18n/messages';
import { toLibrary } from '../messaging/library';
import { copyToOwnLibrary } from '../shelves/copy';
import { applyPresets } from '../shelves/managed';
import { packLabel, packOrigin, packShelfId, packUrl } from '../shelves/pack';
import { applyPack, type PackRefresh, type PendingPack, refreshPack } from '../shelves/refresh';
import {
  listEnabledShelfEntries,
  listShelves,
  removeShelf,
  saveShelf,
  setShelfEnabled,
  ShelfRefusal,
} from '../shelves/store';
import type { Translate } from './options';

// Queries and writes of the Shelves tab (issue #18). The options page fetches packs itself
// (it holds the host permission the agent just granted); the background refreshes them on a
// schedule (lib/background/shelves.ts). Query keys start with "shelves" for the broadcasts.

export const shelvesQuery = () => queryOptions({ queryKey: ['shelves', 'all'], queryFn: listShelves });

/**
 * The switched-on shelves' active entries, marked as team hits: the side panel suggests them
 * beside the own library (issue #18: "suggested like any other snippet").
 */
export const teamHitsQuery = () =>
  queryOptions({
    queryKey: ['shelves', 'team-hits'],
    queryFn: async (): Promise<LibraryHit[]> => {
      const { shelves, entries } = await listEnabledShelfEntries();
      const byId = new Map(shelves.map((s) => [s.id, s]));
      return entries.flatMap(({ shelfId, origin, ...snippet }) => {
        const shelf = byId.get(shelfId);
        if (!shelf || snippet.inactive) return [];
        const team: TeamMark = { shelfId, kind: shelf.kind, label: shelf.label };
        if (origin.actions?.length) team.actions = origin.actions;
        return [{ ...snippet, team }];
      });
    },
  });

/** Reads the admin's presets when the tab opens (not under "shelves": its own writes would re-run it). */
export const presetsQuery = () => queryOptions({ queryKey: ['presets'], queryFn: () => applyPresets() });

const refetch = (client: QueryClient) => ({
  onSettled: () => void client.invalidateQueries({ queryKey: ['shelves'] }),
});

export interface SubscribeInput {
  url: string;
  label?: string;
  sha256?: string;
}

/** A refusal the agent should read, already in their language. */
export class ShelfMessage extends Error {}

/** Asks for the pack's origin in the click, saves the shelf, fetches it once and applies it. */
export const subscribePackMutation = (client: QueryClient, t: Translate) =>
  mutationOptions({
    mutationFn: async (input: SubscribeInput): Promise<PackRefresh> => {
      const url = packUrl(input.url);
      if (!url) throw new ShelfMessage(t('packInvalidUrl'));
      const pin = input.sha256?.trim().toLowerCase() || undefined;
      if (pin && !/^[0-9a-f]{64}$/.test(pin)) throw new ShelfMessage(t('packInvalidPin'));
      const granted = await browser.permissions.request({ origins: [packOrigin(url)] });
      if (!granted) throw new ShelfMessage(t('packPermissionDenied'));
      const id = packShelfId(url);
      await saveShelf({ id, kind: 'pack', source: url, label: input.label?.trim() || packLabel(url), sha256: pin });
      return refreshPack(id, { apply: true, unconditional: true });
    },
    ...refetch(client),
  });

/** "Refresh now": a changed pack comes back as a preview to confirm. */
export const refreshShelfMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (shelf: Shelf) => refreshPack(shelf.id, { apply: false, unconditional: !!shelf.lastError }),
    ...refetch(client),
  });

export const applyPackMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: (pending: PendingPack) => applyPack(pending), ...refetch(client) });

export const toggleShelfMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => setShelfEnabled(id, enabled),
    ...refetch(client),
  });

export const unsubscribeMutation = (client: QueryClient) =>
  mutationOptions({ mutationFn: (id: string) => removeShelf(id), ...refetch(client) });

/** For a preset the admin set up without granting the origin: the agent allows it in a click. */
export const allowPackAccessMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: async (shelf: Shelf) => {
      if (!(await browser.permissions.request({ origins: [packOrigin(shelf.source)] }))) return undefined;
      return refreshPack(shelf.id, { apply: true, unconditional: true });
    },
    ...refetch(client),
  });

/** "Copy to my library": an editable own copy (lib/shelves/copy.ts). */
export const copyToLibraryMutation = (client: QueryClient, suffix: string) =>
  mutationOptions({
    mutationFn: (s: Snippet) => copyToOwnLibrary(s, suffix),
    onSettled: () => void client.invalidateQueries({ queryKey: ['snippets'] }),
  });

/** The same copy from the palette, which asks the background (it may not open IndexedDB itself). */
export const copyTeamEntryMutation = (client: QueryClient, suffix: string) =>
  mutationOptions({
    mutationFn: (s: { id: string }) => toLibrary.send('library.copyTeam', { id: s.id, suffix }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['snippets'] }),
  });

/** A shelf's error in the agent's language. */
export function shelfErrorText(error: Omit<ShelfError, 'at'>, t: Translate, lang: 'de' | 'en'): string {
  const retry = error.retryAt ? new Date(error.retryAt).toLocaleTimeString(lang === 'de' ? 'de-DE' : 'en-GB') : '';
  return t(`shelfError_${error.code}` as MessageKey, { status: error.status ?? '–', retry });
}

export function shelfRefusalText(error: unknown, t: Translate): string {
  if (error instanceof ShelfRefusal) return t(`shelfRefused_${error.code}` as MessageKey);
  return error instanceof Error ? error.message : String(error);
}

export function teamMarkText(team: TeamMark, t: Translate): string {
  return team.kind === 'zendesk' ? t('teamMarkZendesk') : t('teamMark', { label: team.label });
}
