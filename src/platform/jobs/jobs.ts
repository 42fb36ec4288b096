// Periodic jobs (the deadline sweeper and friends). Each run takes a PostgreSQL advisory lock,
// so with several instances on one server exactly one runs a job at a time; the work itself is
// idempotent (reminder keys, claimed outbox rows), so a run repeated after a crash sends nothing twice.
import pg from 'pg';
import type { BaseLogger } from 'pino';
import type { Config } from '../../config.ts';
import { type Ctx, type Deps, systemCtx } from '../context.ts';
import { createSm4Cipher, resolveSm4Key } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';

/** The logger a job writes to (pino; Fastify's app.log in production). */
export type Log = Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'>;

export interface JobTools {
  log: Log;
}

export interface Job {
  name: string;
  /** A stable number for the advisory lock. */
  lockId: number;
  everyMs: number;
  /** A PostgreSQL NOTIFY channel that wakes the job at once (sent on commit, so never for a rollback). */
  wakeOn?: string;
  run(ctx: Ctx, tools: JobTools): Promise<void>;
}

const jobs: Job[] = [];

export function registerJob(job: Job): void {
  if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

export function listJobs(): readonly Job[] {
  return jobs;
}

const noop = () => undefined;
export const SILENT_LOG: Log = { debug: noop, info: noop, warn: noop, error: noop };

export interface RunOptions {
  log?: Log;
  /** The time the run sees as ctx.now; defaults to deps.now(). */
  now?: Date;
}

/** Runs one job under its advisory lock; returns false when another instance holds it. */
export async function runJobOnce(
  database: Database,
  deps: Deps,
  job: Job,
  options: RunOptions = {},
): Promise<boolean> {
  const ctx = systemCtx(database, deps, `job:${job.name}`);
  if (options.now) ctx.now = options.now;
  const tools: JobTools = { log: options.log ?? SILENT_LOG };
  // Embedded PGlite is one process by definition: nobody to coordinate with.
  if (database.kind === 'pglite') {
    await job.run(ctx, tools);
    return true;
  }
  const client = await database.pool!.connect();
  try {
    const [{ locked }] = (await client.query('select pg_try_advisory_lock($1) as locked', [job.lockId])).rows;
    if (!locked) return false;
    try {
      await job.run(ctx, tools);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [job.lockId]);
    }
    return true;
  } finally {
    client.release();
  }
}

/**
 * Runs one tick of a registered job now, at the given time: tests call this instead of waiting
 * on timers. Returns false when another instance holds the job's lock.
 */
export async function runJobNow(
  database: Database,
  deps: Deps,
  name: string,
  options: RunOptions = {},
): Promise<boolean> {
  const job = jobs.find((j) => j.name === name);
  if (!job) throw new Error(`unknown job: ${name}`);
  return runJobOnce(database, deps, job, options);
}

/** Job runs at once per process (each holds a pool connection for its lock; pools have 10). */
const MAX_PARALLEL_RUNS = 2;

interface Scheduler {
  /** Resolves once the wake-up channels are listened to (tests wait for it). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** Starts every registered job on its timer (and its NOTIFY channel); stop() waits for runs in flight. */
export function startJobs(
  app: { log: Log },
  database: Database,
  config: Config,
  now: () => Date = () => new Date(),
): Scheduler {
  const deps: Deps = { config, cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)), now };
  const log = app.log;
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  const again = new Set<string>();
  const waiting: Job[] = [];
  let stopped = false;

  // One run per job per process at a time; a wake-up during a run asks for one more run after it,
  // so work committed while the job was reading is not left for the next timer.
  // And at most MAX_PARALLEL_RUNS jobs at once: on PostgreSQL each run holds a pool connection for
  // its advisory lock while its work takes more. Eleven jobs ticking together (5 s after start) on
  // a pool of ten once held every connection and each waited for one more: the server hung.
  const tick = (job: Job, woken: boolean) => {
    if (stopped) return;
    if (running.has(job.name)) {
      if (woken) again.add(job.name);
      return;
    }
    if (running.size >= MAX_PARALLEL_RUNS) {
      if (!waiting.includes(job)) waiting.push(job);
      return;
    }
    const p = runJobOnce(database, deps, job, { log })
      .catch((err) => log.error({ err, job: job.name }, 'job failed'))
      .finally(() => {
        running.delete(job.name);
        if (again.delete(job.name)) tick(job, false);
        while (running.size < MAX_PARALLEL_RUNS && waiting.length > 0) tick(waiting.shift()!, false);
      });
    running.set(job.name, p);
  };

  for (const job of jobs) {
    timers.push(setInterval(() => tick(job, false), job.everyMs));
    const first = setTimeout(() => tick(job, false), 5_000);
    first.unref();
    timers.push(first);
  }

  const channels = new Map<string, Job[]>();
  for (const job of jobs)
    if (job.wakeOn) channels.set(job.wakeOn, [...(channels.get(job.wakeOn) ?? []), job]);
  const onWake = (channel: string) => {
    for (const job of channels.get(channel) ?? []) tick(job, true);
  };
  const listening = channels.size > 0 ? listen(database, [...channels.keys()], onWake, log) : null;

  return {
    ready: listening?.ready ?? Promise.resolve(),
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await listening?.close();
      await Promise.allSettled([...running.values()]);
    },
  };
}

/** LISTENs on the channels (PGlite in process, or a dedicated PostgreSQL connection that reconnects). */
function listen(
  database: Database,
  names: string[],
  onWake: (channel: string) => void,
  log: Log,
): { ready: Promise<void>; close(): Promise<void> } {
  if (database.kind === 'pglite') {
    const unsubs = names.map((name) => database.pglite!.listen(name, () => onWake(name)));
    return {
      ready: Promise.allSettled(unsubs).then(noop),
      async close() {
        for (const u of await Promise.allSettled(unsubs)) if (u.status === 'fulfilled') await u.value();
      },
    };
  }
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const retryLater = () => {
    if (closed) return;
    retry = setTimeout(() => void connect().catch(retryLater), 5_000);
    retry.unref();
  };
  const connect = async () => {
    const c = new pg.Client(database.pool!.options);
    client = c;
    c.on('notification', (msg) => onWake(msg.channel));
    c.on('error', (err) => {
      log.warn({ err }, 'job wake-up connection lost; timers continue, reconnecting');
      c.end().catch(noop);
      if (client === c) {
        client = null;
        retryLater();
      }
    });
    await c.connect();
    for (const name of names) await c.query(`listen ${pg.escapeIdentifier(name)}`);
  };
  const ready = connect().catch((err) => {
    log.warn({ err }, 'job wake-up channel unavailable; timers continue, retrying');
    retryLater();
  });
  return {
    ready,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await ready;
      await client?.end().catch(noop);
    },
  };
}
