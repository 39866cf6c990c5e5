import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time (2-core
// machines); every wait is on a condition, with generous ceilings for loaded CI machines.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 45_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
