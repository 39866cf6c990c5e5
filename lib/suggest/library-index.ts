import { getDb } from '../db/database';
import { subscribe } from '../messaging/broadcast';
import type { Mood } from '../db/schema';
import type { LibraryHit } from '../db/shelf-schema';
import { createSearchIndex, fold, restoreSearchIndex, type SearchIndex } from '../search';
import { loadPackedIndex, savePackedIndex } from './index-store';
import { parseShelfStamp, type ShelfMarks, shelfOf, shelfStamp, syncShelves, teamEntryCount } from './shelf-index';

// The palette's search index, kept in the background: the palette frame asks per keystroke
// and gets the top hits. A Manifest V3 service worker is stopped after ~30 s idle, so the
// index is also kept packed in IndexedDB: a woken worker restores it (typed arrays, no
// tokenising) when it still matches the library, and rebuilds only when it doesn't. While
// awake, a library change updates only the snippets written since the last look (by their
// updatedAt and lastUsedAt indexes), and drops deleted ones. Switched-on team shelves are
// in the same index, each on its own shelf (shelf-index.ts).

const SAVE_DELAY_MS = 2_000;
const NEVER = -1;

interface Live {
  index: SearchIndex;
  /** Latest updatedAt / lastUsedAt seen: what is newer has to be looked at. */
  updated: number;
  used: number;
  shelves: ShelfMarks;
}

let live: Promise<Live> | undefined;
let syncing: Promise<void> = Promise.resolve();
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** How the current index came to be, for tests and the cold-start benchmark. */
export let lastOpen: 'restored' | 'built' | undefined;

/** Which library state an index reflects: the latest write and use it has seen. */
const stampOf = (l: Live) => `${l.updated}:${l.used}|${shelfStamp(l.shelves)}`;

/** What a woken worker compares first: the library's newest write and use. */
interface Probe {
  updated: number;
  used: number;
}

/**
 * A woken worker whose library looks unchanged by its newest write and use still compares
 * the library's size, for deletions and for entries added with old timestamps (a restored
 * backup). IndexedDB counts by reading every key (130 ms at 50,000 snippets, competing with
 * the read of the packed index), so that check waits until the palette has been idle this
 * long, or at most VERIFY_LATEST_MS; until then a deleted snippet is already left out of
 * hits (they are read from the library), and an entry restored with an old date is missing.
 */
const VERIFY_IDLE_MS = 1_000;
const VERIFY_LATEST_MS = 10_000;
let verifyTimer: ReturnType<typeof setTimeout> | undefined;
let verifyBy = 0;

function probeLibrary(): Promise<Probe> {
  const { snippets } = getDb();
  return Promise.all([snippets.orderBy('updatedAt').lastKey(), snippets.orderBy('lastUsedAt').lastKey()]).then(
    ([updated, used]) => ({
      updated: typeof updated === 'number' ? updated : NEVER,
      used: typeof used === 'number' ? used : NEVER,
    }),
  );
}

/** (Re)arms the deferred size check: after an idle second, at the latest by `verifyBy`. */
function deferVerify(): void {
  if (verifyBy === 0) return;
  clearTimeout(verifyTimer);
  const wait = Math.max(0, Math.min(VERIFY_IDLE_MS, verifyBy - Date.now()));
  verifyTimer = setTimeout(() => {
    verifyBy = 0;
    enqueueSync(['snippets']);
  }, wait);
}

async function open(): Promise<Live> {
  // The library is asked what changed while the packed index is still being read: on a
  // woken worker these round trips (and opening the library database) cost as much as
  // restoring the index itself (issue #20's cold start).
  const probe = probeLibrary();
  probe.catch(() => undefined);
  const saved = await loadPackedIndex();
  if (saved) {
    try {
      const [own = '', team = ''] = saved.stamp.split('|');
      const [updated, used] = own.split(':').map(Number);
      const index = restoreSearchIndex(saved.packed);
      const state: Live = { index, updated: updated ?? NEVER, used: used ?? NEVER, shelves: new Map() };
      // Catch up with what was written while the worker was stopped (usually nothing).
      const shelvesChanged = await syncShelves(index, state.shelves, parseShelfStamp(team));
      const seen = await probe;
      const newer = seen.updated > state.updated || seen.used > state.used;
      if ((newer && (await catchUp(state))) || shelvesChanged) scheduleSave();
      if (!newer) {
        index.maintain();
        verifyBy = Date.now() + VERIFY_LATEST_MS;
        deferVerify();
      }
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
  const state: Live = {
    index: createSearchIndex(all),
    updated: lastUpdated?.updatedAt ?? NEVER,
    used: lastUsed?.lastUsedAt ?? NEVER,
    shelves: new Map(),
  };
  await syncShelves(state.index, state.shelves);
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
  if (state.index.size - teamEntryCount(state.shelves) !== count) {
    changed = true;
    // Something was deleted, or added with an old timestamp (a restore): compare the ids.
    const ids = new Set(await snippets.toCollection().primaryKeys());
    for (const id of state.index.ids()) if (!ids.has(id) && !shelfOf(state.shelves, id)) state.index.remove(id);
    const missing = [...ids].filter((id) => !state.index.has(id));
    for (const s of await snippets.bulkGet(missing)) if (s) state.index.add(s);
  }
  state.index.maintain();
  return changed;
}

async function sync(tables: readonly string[]): Promise<void> {
  const state = await ready();
  if (tables.includes('snippets')) {
    // This catch-up compares the size too.
    clearTimeout(verifyTimer);
    verifyBy = 0;
  }
  const own = tables.includes('snippets') && (await catchUp(state));
  const team = tables.includes('shelves') && (await syncShelves(state.index, state.shelves));
  if (own || team) scheduleSave();
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
    if (event.kind !== 'library-changed') return;
    if (!event.tables.includes('snippets') && !event.tables.includes('shelves')) return;
    enqueueSync(event.tables);
  });
}

function enqueueSync(tables: readonly string[]): void {
  syncing = syncing
    .then(() => sync(tables))
    .catch((error) => {
      console.warn('[tonlage] search index out of date; rebuilding', error);
      live = undefined;
    });
}

export async function searchLibrary(
  query: string,
  options: { language?: 'de' | 'en'; moods: Mood[]; now: number; limit: number },
): Promise<LibraryHit[]> {
  const { index, shelves } = await ready();
  deferVerify();
  // Inactive snippets (e.g. inactive Zendesk macros) stay in the options page only.
  const hits = index.search(query, { ...options, limit: options.limit + 10 });
  const { snippets, shelfEntries } = getDb();
  const marks = hits.map((hit) => shelfOf(shelves, hit.id));
  const ownIds = hits.filter((_, i) => !marks[i]).map((hit) => hit.id);
  const teamIds = hits.filter((_, i) => marks[i]).map((hit) => hit.id);
  const [own, team] = await Promise.all([snippets.bulkGet(ownIds), shelfEntries.bulkGet(teamIds)]);
  const byId = new Map<string, LibraryHit>();
  for (const s of own) if (s) byId.set(s.id, s);
  for (const entry of team) {
    const mark = entry && shelfOf(shelves, entry.id);
    if (!entry || !mark) continue;
    const { shelfId, origin, ...snippet } = entry;
    const team = { shelfId, kind: mark[1].kind, label: mark[1].label };
    byId.set(entry.id, { ...snippet, team: origin.actions?.length ? { ...team, actions: origin.actions } : team });
  }
  const found = hits.flatMap((hit) => {
    const s = byId.get(hit.id);
    return s && !s.inactive ? [s] : [];
  });
  return exactTitleFirst(query, found).slice(0, options.limit);
}

/**
 * A title typed in full ranks first, from whichever shelf (an exact shortcut already does in
 * the index): a team macro named exactly what the agent typed beats an own partial match.
 */
function exactTitleFirst(query: string, hits: LibraryHit[]): LibraryHit[] {
  const wanted = fold(query.trim());
  if (!wanted) return hits;
  const exactShortcut = (s: LibraryHit) => s.shortcut !== undefined && fold(s.shortcut) === wanted;
  const exactTitle = (s: LibraryHit) => fold(s.title.trim()) === wanted;
  const tier = (s: LibraryHit) => (exactShortcut(s) ? 0 : exactTitle(s) ? 1 : 2);
  return hits
    .map((s, i) => ({ s, i, t: tier(s) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ s }) => s);
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
  clearTimeout(verifyTimer);
  verifyBy = 0;
}
