import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { PACK_VERSION, type PackedIndex } from '../search';

// The packed search index, kept in its own IndexedDB database next to the library so a
// service worker that was stopped answers its first search without re-reading and
// re-tokenising every snippet. It is a cache: anything odd about it means "rebuild".

const STORE_NAME = 'tonlage-search-index';
const KEY = 'library';

const typed = <T>(kind: new (...args: never[]) => T) => z.custom<T>((v) => v instanceof kind);
const DictionarySchema = z.object({
  terms: z.string(),
  fields: z.array(z.object({ offsets: typed(Int32Array), slots: typed(Int32Array) })),
});
const StoredSchema = z.object({
  key: z.literal(KEY),
  /** Which library state the index reflects (see `libraryStamp`). */
  stamp: z.string(),
  packed: z.object({
    version: z.literal(PACK_VERSION),
    docs: z.object({
      ids: z.string(),
      shelves: z.array(z.string()),
      keyTime: z.number(),
      columns: z.object({
        alive: typed(Uint8Array),
        lang: typed(Uint8Array),
        moods: typed(Uint16Array),
        shelf: typed(Uint8Array),
        freq: typed(Float64Array),
        used: typed(Float64Array),
        keys: typed(Float64Array),
      }),
    }),
    meta: DictionarySchema,
    body: DictionarySchema,
    infix: DictionarySchema,
    shortcuts: z.string(),
  }),
});
type Stored = { key: string; stamp: string; packed: PackedIndex };

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
    return parsed.success ? { stamp: parsed.data.stamp, packed: parsed.data.packed as PackedIndex } : undefined;
  } catch (error) {
    console.warn('[tonlage] search index cache unreadable', error);
    return undefined;
  }
}

export async function savePackedIndex(stamp: string, packed: PackedIndex): Promise<void> {
  await db().packs.put({ key: KEY, stamp, packed });
}

/** For tests. */
export async function clearPackedIndex(): Promise<void> {
  store?.close();
  store = undefined;
  await Dexie.delete(STORE_NAME);
}
