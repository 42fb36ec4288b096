// Ctx travels into every use case: who acts, on which transaction, under which request, and when.
// Time comes from ctx.now, never from new Date() deep inside, so deadline tests control the clock.

import type { Config } from '../config.ts';
import type { AccountKind, AdminKind, DataScope } from './access/access.table.ts';
import type { Cipher } from './crypto/sm.ts';
import type { Database, Db } from './db/client.ts';

/** What every use case may need besides the database: settings and shared services. */
export interface Deps {
  config: Config;
  cipher: Cipher;
  /** The injected clock: tests move it, production reads the wall clock. */
  now: () => Date;
}

export interface Actor {
  kind: AccountKind | 'anonymous' | 'system';
  id: string | null;
  username: string;
  displayName: string;
  unitId: string | null;
  /** Materialized path of the actor's unit ('/root/.../unit/'), for "unit and below" scopes. */
  unitPath: string | null;
  /**
   * The 行政区划代码 of the region the actor's unit governs (a city or county bureau's), for records
   * owned by regions rather than units; null or absent for the department's own units.
   */
  regionCode?: string | null;
  roles: string[];
  /** Permission → the widest data scope any of the actor's roles gives it. */
  permissions: Record<string, DataScope>;
  adminKind: AdminKind | null;
  sessionId?: string;
}

export const ANONYMOUS: Actor = {
  kind: 'anonymous',
  id: null,
  username: 'anonymous',
  displayName: '访客',
  unitId: null,
  unitPath: null,
  roles: [],
  permissions: {},
  adminKind: null,
};

export const SYSTEM: Actor = {
  kind: 'system',
  id: null,
  username: 'system',
  displayName: '系统',
  unitId: null,
  unitPath: null,
  roles: [],
  permissions: {},
  adminKind: null,
};

export interface Ctx {
  actor: Actor;
  /** The current transaction, or the database outside one. */
  db: Db;
  database: Database;
  requestId: string;
  ip: string | null;
  userAgent?: string;
  /**
   * The scheme and host the request came in on ('https://lyj.henan.gov.cn'); absent outside a
   * request (jobs, scripts). Official output asks publicBaseUrl(ctx), never this directly.
   */
  origin?: string;
  now: Date;
  deps: Deps;
  /**
   * Work to do inside the outermost transaction just before it commits, in order (set by
   * inTransaction). The audit log queues its records here so that the chain's lock is held only
   * for the last moment of the transaction, not from the first record to the commit.
   */
  beforeCommit?: Array<(tx: Ctx) => Promise<void>>;
}

/** Runs fn in a transaction with a ctx bound to it; nested calls reuse the outer transaction. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  // Inside a transaction ctx.db is the transaction, not the database's own handle.
  if (ctx.db !== ctx.database.db) return fn(ctx);
  return ctx.database.transaction(async (db) => {
    const beforeCommit: NonNullable<Ctx['beforeCommit']> = [];
    const tx: Ctx = { ...ctx, db, beforeCommit };
    const result = await fn(tx);
    for (const step of beforeCommit) await step(tx);
    return result;
  });
}

/** ctx's actor, request and time on tx's transaction (a member of a group written together). */
export function bindTo(tx: Ctx, ctx: Ctx): Ctx {
  return ctx.db === tx.db && ctx.beforeCommit === tx.beforeCommit
    ? ctx
    : { ...ctx, db: tx.db, beforeCommit: tx.beforeCommit };
}

export function systemCtx(database: Database, deps: Deps, requestId = 'system'): Ctx {
  return { actor: SYSTEM, db: database.db, database, requestId, ip: null, now: deps.now(), deps };
}
