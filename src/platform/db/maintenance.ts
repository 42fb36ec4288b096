// Nightly upkeep of the embedded database (数据库维护). PGlite has no autovacuum: without this, dead
// rows are never reclaimed, the planner's statistics never refreshed and index-only scans (the case
// queue's counts) fall back to the table as the visibility map goes stale. Once a night, between
// 03:00 and 05:00 China time, VACUUM ANALYZE the whole database. PGlite has one connection, so requests
// wait while it runs (seconds; about a minute with a million cases): hence the night. A PostgreSQL
// server vacuums itself, so there the job does nothing.
import { chinaDay } from '../calendar/china-date.ts';
import type { Job } from '../jobs/jobs.ts';
import type { Module } from '../module.ts';
import type { Database } from './client.ts';

export const VACUUM_JOB = 'pglite-vacuum';
const FROM_HOUR = 3;
const TO_HOUR = 5;

// The China day of the last run, per database (a restart may run it once more that night: harmless).
const lastRun = new WeakMap<Database, string>();

const vacuumJob: Job = {
  name: VACUUM_JOB,
  lockId: 7_201_010,
  everyMs: 15 * 60_000,
  run: async (ctx, { log }) => {
    if (ctx.database.kind !== 'pglite') return;
    const hour = Number(new Date(ctx.now.getTime() + 8 * 3_600_000).toISOString().slice(11, 13));
    if (hour < FROM_HOUR || hour >= TO_HOUR) return;
    const day = chinaDay(ctx.now);
    if (lastRun.get(ctx.database) === day) return;
    lastRun.set(ctx.database, day);
    const started = performance.now();
    await ctx.database.query('vacuum analyze');
    log.info(
      { job: VACUUM_JOB, ms: Math.round(performance.now() - started) },
      '数据库维护完成（VACUUM ANALYZE）',
    );
  },
};

/** The database's own upkeep, as a module of the platform (listed first in MODULES). */
export const dbModule: Module = { name: 'db', jobs: [vacuumJob] };
