import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (`npm run build`) in a real Chromium. One browser at
 * a time, and room for a cold start; no test asserts how long anything takes.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A cap on waiting for a result, not a limit on how fast it must come.
    expect: { poll: { timeout: 10_000 } },
  },
});
