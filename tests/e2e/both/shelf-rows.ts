import type { Driver } from '../drivers';

export interface ShelfRow {
  title: string;
  body: string;
  tags: string[];
  format: string;
  language: string;
  origin: { remoteId: string; updatedAt?: number; actions?: string[] };
}

/** The entries of one shelf as IndexedDB holds them (what the palette and panel search). */
export function shelfRows(driver: Driver, shelfId: string): Promise<ShelfRow[]> {
  return driver.privileged(
    (id) =>
      new Promise<ShelfRow[]>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('shelfEntries')) return (db.close(), resolve([]));
          const read = db.transaction('shelfEntries').objectStore('shelfEntries').getAll();
          read.onsuccess = () => {
            db.close();
            const rows = (read.result as (ShelfRow & { shelfId: string })[]).filter((r) => r.shelfId === id);
            resolve(rows.sort((a, b) => a.title.localeCompare(b.title)));
          };
          read.onerror = () => reject(read.error);
        };
      }),
    shelfId,
  );
}

/** The shelf's own record (last refresh, error, entry count): cheap to poll, unlike its entries. */
export function shelfMeta(
  driver: Driver,
  shelfId: string,
): Promise<{ entryCount: number; lastRefreshAt?: number; lastError?: { code: string } } | undefined> {
  return driver.privileged(
    (id) =>
      new Promise<{ entryCount: number; lastRefreshAt?: number } | undefined>((resolve, reject) => {
        const open = indexedDB.open('tonlage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('shelves')) return (db.close(), resolve(undefined));
          const read = db.transaction('shelves').objectStore('shelves').get(id);
          read.onsuccess = () => {
            db.close();
            resolve(read.result as { entryCount: number; lastRefreshAt?: number } | undefined);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    shelfId,
  );
}
