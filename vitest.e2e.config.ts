import { defineConfig } from 'vitest/config';

// Browser journeys (`npm run test:e2e`): one real server for the run (e2e/support/global-setup.ts),
// Debian's Chromium, one file at a time so the 2-core CI machine is not oversubscribed.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
