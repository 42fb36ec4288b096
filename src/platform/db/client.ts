// One database handle for the whole platform: PGlite (embedded, default) or a PostgreSQL server.
// Both speak the same SQL through Drizzle, so every module runs unchanged on either.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDirWaiting } from './datadir-lock.ts';
import { DurableNodeFS, durableStartParams } from './pglite-durable.ts';

// A transaction is a PgDatabase too, so repositories accept either.
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; everything in it commits or nothing does. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Raw rows for a query (used by health checks, locks and tests). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** The PGlite instance (embedded mode only): for dumps and snapshots. */
  pglite?: PGlite;
  /** The pg pool (server mode only). */
  pool?: pg.Pool;
  /** Embedded mode: notes in the data directory's lock that this process is shutting down. */
  markStopping?(): void;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data directory; undefined = in memory. */
  dataDir?: string;
  /** A PGlite snapshot (from dumpDataDir) to start from. */
  loadDataDir?: Blob;
  poolSize?: number;
  /**
   * How long to wait for a data directory held by a process that is exiting (a restart right after
   * stop; DATA_DIR_LOCK_WAIT_SECONDS), in ms; 15 s unless given.
   */
  lockWaitMs?: number;
  /** Where the wait is announced (the console unless given). */
  say?: (line: string) => void;
}

// Dates as strings, timestamps as Date: same on both drivers.
pg.types.setTypeParser(1082, (v: string) => v);

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it. Readiness reports the outage.
    });
    pool.on('connect', serialiseQueries);
    const db = drizzleNodePg(pool, { casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pool,
      transaction: (fn) => db.transaction(fn),
      query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
      close: () => pool.end(),
    };
  }
  if (options.dataDir) fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
  // On disk: one process per directory (PGlite has no lock of its own) and fsync on commit
  // (PGlite ships with fsync off); see pglite-durable.ts and datadir-lock.ts.
  const lock = options.dataDir
    ? await lockDataDirWaiting(options.dataDir, {
        waitMs: options.lockWaitMs ?? 15_000,
        say: options.say ?? ((line) => console.log(line)),
      })
    : null;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir
        ? { fs: new DurableNodeFS(path.resolve(options.dataDir)), startParams: durableStartParams() }
        : {}),
      loadDataDir: options.loadDataDir,
      parsers: { 1082: (v: string) => v },
    });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = drizzlePglite(client, { casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    transaction: (fn) => db.transaction(fn),
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
    markStopping: () => lock?.markStopping(),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * The statements sent on one pooled connection go one after another. A use case may read with
 * Promise.all; inside a transaction those reads share the transaction's one connection, and pg
 * queues them itself, but deprecates that ("client.query() when the client is already executing
 * a query", removed in pg@9). The chain keeps the order they were issued in, as pg's queue did.
 * Callback and submittable calls (the pool's own `pool.query`, on a client of its own) pass through.
 */
export function serialiseQueries(client: pg.ClientBase): void {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function')
      return send(...args);
    const sent = tail.then(() => send(...args));
    tail = sent.catch(() => undefined);
    return sent;
  };
}

export async function ping(database: Database): Promise<boolean> {
  try {
    await database.db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
