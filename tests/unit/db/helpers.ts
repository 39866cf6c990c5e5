import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { DB_NAME, resetDbForTests } from '@/lib/db/database';

/** Gives each test an empty library database. */
export function withFreshDb(): void {
  beforeEach(async () => {
    resetDbForTests();
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => resetDbForTests());
}
