import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME, resetDbForTests } from '@/lib/db/database';

/** Gives each test an empty library database and empty extension storage. */
export function withFreshDb(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    resetDbForTests();
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => resetDbForTests());
}
