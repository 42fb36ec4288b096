import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The slow quality suites (`npm run test:quality`, and on PostgreSQL `npm run test:quality:pg`):
// crash safety, several instances, the backup commands against a running server. They start real
// server processes, so one file at a time on the 2-core machine.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/quality/**/*.quality.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
