// The embedded database's nightly VACUUM ANALYZE: at night only, once a night.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { runJobNow } from '../jobs/jobs.ts';
import { VACUUM_JOB } from './maintenance.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const vacuums = async () =>
  (
    await t.database.query<{ n: number }>(
      "select vacuum_count::int as n from pg_stat_user_tables where relname = 'settings'",
    )
  )[0].n;

describe('nightly database upkeep', () => {
  // Only in the embedded run of the suite (npm test), where the database is PGlite.
  it.runIf(process.env.TEST_DATABASE_URL === undefined)(
    'vacuums PGlite between 03:00 and 05:00 China time, once a night',
    async () => {
      const before = await vacuums();
      await runJobNow(t.database, t.deps, VACUUM_JOB, { now: new Date('2026-03-02T14:00:00+08:00') });
      expect(await vacuums()).toBe(before);
      await runJobNow(t.database, t.deps, VACUUM_JOB, { now: new Date('2026-03-03T03:15:00+08:00') });
      expect(await vacuums()).toBe(before + 1);
      await runJobNow(t.database, t.deps, VACUUM_JOB, { now: new Date('2026-03-03T04:45:00+08:00') });
      expect(await vacuums()).toBe(before + 1);
      await runJobNow(t.database, t.deps, VACUUM_JOB, { now: new Date('2026-03-04T03:15:00+08:00') });
      expect(await vacuums()).toBe(before + 2);
    },
  );

  // Only in the PostgreSQL run of the suite (npm run test:pg), where the database is a server.
  it.runIf(process.env.TEST_DATABASE_URL !== undefined)(
    'leaves a PostgreSQL server to its own autovacuum',
    async () => {
      const before = await vacuums();
      await runJobNow(t.database, t.deps, VACUUM_JOB, { now: new Date('2026-03-05T03:15:00+08:00') });
      expect(await vacuums()).toBe(before);
    },
  );
});
