import { getDb } from '../db/database';
import { subscribe } from '../messaging/broadcast';
import type { Mood, Snippet } from '../db/schema';
import { createSearchIndex, restoreSearchIndex, type SearchIndex } from '../search';
import { loadPackedIndex, savePackedIndex } from './index-store';

// The palette's search index, kept in the background: the palette frame asks per keystroke
// and gets the top hits. A Manifest V3 service worker is stopped after ~30 s idle, so the
// index is also kept packed in IndexedDB: a woken worker restores it (typed arrays, no
// tokenising) when it still matches the library, and rebuilds only when it doesn't. While
// awake, a library change updates only the snippets written since the last look (by their
// updatedAt and lastUsedAt indexes), and drops deleted ones.

const SAVE_DELAY_MS = 2_000;
const NEVER = -1;

interface Live {
  index: SearchIndex;
  /** Latest updatedAt / lastUsedAt seen: what is newer has to be looked at. */
  updated: number;
  used: number;
}

let live: Promise<Live> | undefined;
let syncing: Promise<void> = Promise.resolve();
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** How the current index came to be, for tests and the cold-start benchmark. */
export let lastOpen: 'restored' | 'built' | undefined;

/** Which library state an index reflects: the latest write and use it has seen. */
const stampOf = (l: Live) => `${l.updated}:${l.used}`;

async function open(): Promise<Live> {
  const saved = await loadPackedIndex();
  if (saved) {
    try {
      const [updated, used] = saved.stamp.split(':').map(Number);
      const state = { index: restoreSearchIndex(saved.packed), updated: updated ?? NEVER, used: used ?? NEVER };
      // Catch up with what was written while the worker was stopped (usually nothing).
      if (await catchUp(state)) scheduleSave();
      lastOpen = 'restored';
      return state;
    } catch (error) {
      console.warn('[tonlage] rebuilding the search index', error);
    }
  }
  const { snippets } = getDb();
  const [all, lastUpdated, lastUsed] = await getDb().transaction('r', snippets, () =>
    Promise.all([snippets.toArray(), snippets.orderBy('updatedAt').last(), snippets.orderBy('lastUsedAt').last()]),
  );
  const state = {
    index: createSearchIndex(all),
    updated: lastUpdated?.updatedAt ?? NEVER,
    used: lastUsed?.lastUsedAt ?? NEVER,
  };
  scheduleSave();
  lastOpen = 'built';
  return state;
}

function ready(): Promise<Live> {
  live ??= open();
  return live;
}

/** Applies what changed in the library since the index last looked. */
async function catchUp(state: Live): Promise<boolean> {
  const { snippets } = getDb();
  // Strictly newer: a bulk import writes thousands of snippets with one timestamp, and
  // re-reading those on every look would cost what a rebuild costs. (A second write within
  // the same millisecond as the last one seen would wait for the next change.)
  const [edited, used, count] = await Promise.all([
    snippets.where('updatedAt').above(state.updated).toArray(),
    snippets.where('lastUsedAt').above(state.used).toArray(),
    snippets.count(),
  ]);
  const before = stampOf(state);
  for (const s of [...edited, ...used]) {
    state.index.update(s);
    state.updated = Math.max(state.updated, s.updatedAt);
    state.used = Math.max(state.used, s.lastUsedAt ?? NEVER);
  }
  let changed = before !== stampOf(state);
  if (state.index.size !== count) {
    changed = true;
    // Something was deleted, or added with an old timestamp (a restore): compare the ids.
    const ids = new Set(await snippets.toCollection().primaryKeys());
    for (const id of state.index.ids()) if (!ids.has(id)) state.index.remove(id);
    const missing = [...ids].filter((id) => !state.index.has(id));
    for (const s of await snippets.bulkGet(missing)) if (s) state.index.add(s);
  }
  state.index.maintain();
  return changed;
}

async function sync(): Promise<void> {
  if (await catchUp(await ready())) scheduleSave();
}

/** Saves a pending change of the index now (tests, benchmarks). */
export async function saveLibraryIndexNow(): Promise<void> {
  await syncing;
  clearTimeout(saveTimer);
  await save();
}

function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
}

async function save(): Promise<void> {
  const state = await ready();
  await savePackedIndex(stampOf(state), state.index.pack()).catch((error) =>
    console.warn('[tonlage] search index not saved', error),
  );
}

/** Follows library changes; returns the unsubscribe. */
export function keepLibraryIndexFresh(): () => void {
  return subscribe((event) => {
    if (event.kind !== 'library-changed' || !event.tables.includes('snippets')) return;
    syncing = syncing.then(sync).catch((error) => {
      console.warn('[tonlage] search index out of date; rebuilding', error);
      live = undefined;
    });
  });
}

export async function searchLibrary(
  query: string,
  options: { language?: 'de' | 'en'; moods: Mood[]; now: number; limit: number },
): Promise<Snippet[]> {
  const { index } = await ready();
  // Inactive snippets (e.g. inactive Zendesk macros) stay in the options page only.
  const hits = index.search(query, { ...options, limit: options.limit + 10 });
  const found = await getDb().snippets.bulkGet(hits.map((hit) => hit.id));
  return found.filter((s): s is Snippet => s !== undefined && !s.inactive).slice(0, options.limit);
}

/** The ids of every snippet matching `query`, best first (the options page's filter). */
export async function matchLibrary(query: string, limit: number): Promise<string[]> {
  // The page asks again right after its own write: let the index take that write in first.
  await syncing;
  const { index } = await ready();
  return index.search(query, { limit }).map((hit) => hit.id);
}

/** For tests and benchmarks: forget the in-memory index, as a stopped worker does. */
export function forgetLibraryIndexForTests(): void {
  live = undefined;
}
