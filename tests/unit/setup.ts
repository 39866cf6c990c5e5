import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

// @webext-core/messaging calls the `chrome` global directly; in unit tests that is WXT's fake browser.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
});
