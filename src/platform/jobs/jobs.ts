// Periodic jobs (the deadline sweeper and friends). Each run takes a PostgreSQL advisory lock,
// so with several instances on one server exactly one runs a job at a time; the work itself is
// idempotent (reminder keys), so a run repeated after a crash sends nothing twice.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { type Ctx, type Deps, systemCtx } from '../context.ts';
import { createSm4Cipher, resolveSm4Key } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';

export interface Job {
  name: string;
  /** A stable number for the advisory lock. */
  lockId: number;
  everyMs: number;
  run(ctx: Ctx): Promise<void>;
}

const jobs: Job[] = [];

export function registerJob(job: Job): void {
  if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

export function listJobs(): readonly Job[] {
  return jobs;
}

/** Runs one job under its advisory lock; returns false when another instance holds it. */
export async function runJobOnce(database: Database, deps: Deps, job: Job): Promise<boolean> {
  if (database.kind === 'pglite') {
    await job.run(systemCtx(database, deps, `job:${job.name}`));
    return true;
  }
  const client = await database.pool!.connect();
  try {
    const [{ locked }] = (await client.query('select pg_try_advisory_lock($1) as locked', [job.lockId])).rows;
    if (!locked) return false;
    try {
      await job.run(systemCtx(database, deps, `job:${job.name}`));
    } finally {
      await client.query('select pg_advisory_unlock($1)', [job.lockId]);
    }
    return true;
  } finally {
    client.release();
  }
}

export function startJobs(
  app: FastifyInstance,
  database: Database,
  config: Config,
  now: () => Date = () => new Date(),
) {
  const deps: Deps = { config, cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)), now };
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  for (const job of jobs) {
    const tick = () => {
      const p = runJobOnce(database, deps, job)
        .catch((err) => app.log.error({ err, job: job.name }, 'job failed'))
        .finally(() => running.delete(p));
      running.add(p);
    };
    timers.push(setInterval(tick, job.everyMs));
    setTimeout(tick, 5_000).unref();
  }
  return {
    async stop() {
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running]);
    },
  };
}
