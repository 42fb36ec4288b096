// The scheduler on PostgreSQL: more jobs than the pool has connections, all ticking at once, each
// holding a connection for its advisory lock and needing another for its work, all run.
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { openDatabase } from '../db/client.ts';
import { registerJob, startJobs } from './jobs.ts';

// On PostgreSQL only (npm run test:pg): PGlite has no pool and no advisory locks to hold one.
describe.skipIf(!process.env.TEST_DATABASE_URL)('job scheduler', () => {
  it('runs eight jobs on a pool of three without holding every connection', async () => {
    const database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, poolSize: 3 });
    const ran: string[] = [];
    for (let i = 1; i <= 8; i++)
      registerJob({
        name: `pool-test-${i}`,
        lockId: 9_900_000 + i,
        everyMs: 3_600_000,
        run: async (ctx) => {
          await ctx.db.transaction(async (tx) => {
            await tx.execute('select pg_sleep(0.05)');
          });
          ran.push(`pool-test-${i}`);
        },
      });
    const silent = { debug() {}, info() {}, warn() {}, error() {} };
    const jobs = startJobs({ log: silent }, database, testConfig());
    try {
      // The first tick comes 5 s after start.
      const deadline = Date.now() + 20_000;
      while (ran.length < 8 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(ran.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `pool-test-${i}`).sort());
    } finally {
      await jobs.stop();
      await database.close();
    }
  }, 30_000);
});
