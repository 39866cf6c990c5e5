import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time (2-core
// machines); every wait is on a condition, with generous ceilings for loaded CI machines.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 45_000,
    // expect.poll's default ceiling is 1 s: a panel update or a palette opening takes longer
    // than that on a loaded 2-core machine. Speed goals are the benchmarks', not these waits.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
