import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { PACK_VERSION, type PackedIndex } from '../search';

// The packed search index, kept in its own IndexedDB database next to the library so a
// service worker that was stopped answers its first search without re-reading and
// re-tokenising every snippet. It is a cache: anything odd about it means "rebuild".

const STORE_NAME = 'tonlage-search-index';
const KEY = 'library';

// A hand-written guard inside z.custom: zod's compiled object parsers would need
// `new Function`, which the extension's CSP refuses, and the arrays are large.
const isTyped = (v: unknown, kind: new (...args: never[]) => unknown) => v instanceof kind;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isDictionary = (v: unknown) =>
  isRecord(v) &&
  typeof v.terms === 'string' &&
  Array.isArray(v.fields) &&
  v.fields.every(
    (f) =>
      isRecord(f) && isTyped(f.offsets, Int32Array) && (isTyped(f.slots, Int32Array) || isTyped(f.slots, Uint16Array)),
  );
const COLUMNS = {
  alive: Uint8Array,
  lang: Uint8Array,
  moods: Uint16Array,
  shelf: Uint8Array,
  freq: Float64Array,
  used: Float64Array,
  keys: Float64Array,
} as const;

function isStored(v: unknown): boolean {
  if (!isRecord(v) || v.key !== KEY || typeof v.stamp !== 'string' || !isRecord(v.packed)) return false;
  const { packed } = v;
  const docs = packed.docs;
  if (packed.version !== PACK_VERSION || !isRecord(docs) || !isRecord(docs.columns)) return false;
  const columns = docs.columns;
  return (
    typeof docs.ids === 'string' &&
    Array.isArray(docs.shelves) &&
    docs.shelves.every((x) => typeof x === 'string') &&
    typeof docs.keyTime === 'number' &&
    Object.entries(COLUMNS).every(([name, kind]) => isTyped(columns[name], kind)) &&
    isDictionary(packed.meta) &&
    isDictionary(packed.body) &&
    isDictionary(packed.infix) &&
    typeof packed.shortcuts === 'string'
  );
}

type Stored = { key: string; stamp: string; packed: PackedIndex };
const StoredSchema = z.custom<Stored>(isStored);

class IndexStore extends Dexie {
  packs!: Table<Stored, string>;
  constructor() {
    super(STORE_NAME);
    this.version(1).stores({ packs: 'key' });
  }
}

let store: IndexStore | undefined;
const db = () => (store ??= new IndexStore());

export async function loadPackedIndex(): Promise<{ stamp: string; packed: PackedIndex } | undefined> {
  try {
    const parsed = StoredSchema.safeParse(await db().packs.get(KEY));
    return parsed.success ? { stamp: parsed.data.stamp, packed: parsed.data.packed } : undefined;
  } catch (error) {
    console.warn('[tonlage] search index cache unreadable', error);
    return undefined;
  }
}

export async function savePackedIndex(stamp: string, packed: PackedIndex): Promise<void> {
  await db().packs.put({ key: KEY, stamp, packed });
}

/** For tests and benchmarks: forget the saved index (a clear, not a delete, so no open connection blocks it). */
export async function clearPackedIndex(): Promise<void> {
  await db().packs.clear();
}

export async function closePackedIndex(): Promise<void> {
  store?.close();
  store = undefined;
}
