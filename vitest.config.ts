import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Property tests take a few seconds alone; on a 2-core machine shared by several test
    // runs they exceeded the 5 s default without being wrong.
    testTimeout: 30_000,
  },
});
