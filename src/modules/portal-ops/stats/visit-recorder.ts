// Counting visits without a tracker and without keeping addresses. Each public page view the portal
// announces is kept in memory for a few seconds, then written in one transaction: views per day and
// scope (site, column, article), and unique visitors through a mark that is the SM3 of the day's
// random salt, the address and the browser. Marks and salts of past days are deleted, so a
// visitor cannot be recognised across days, nor an address recovered from what is stored.
//
// The price of batching: views counted in memory and not yet written are lost if the process dies
// (at most FLUSH_MS worth); a clean shutdown flushes them.

import { sm3 } from '../../../platform/crypto/sm.ts';
import type { Database } from '../../../platform/db/client.ts';
import { chinaDayOf } from '../freshness/freshness.rules.ts';
import type { StatScope } from '../portal-ops.table.ts';
import { addDailyStats, articleColumns, ensureSalt, insertMarks } from './stats.repository.ts';

export const FLUSH_MS = 5_000;
// A bound on memory if the database is away: beyond it views are dropped (and counted as dropped).
const MAX_PENDING = 100_000;
const BOTS =
  /bot|spider|crawl|slurp|bingpreview|facebookexternalhit|headlesschrome|curl|wget|python-requests/i;

export interface Visit {
  kind: 'article' | 'column' | 'page';
  articleId?: string | null;
  columnId?: string | null;
  ip: string | null;
  userAgent: string | null;
  at: Date;
}

export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOTS.test(userAgent);
}

export class VisitRecorder {
  private pending: Visit[] = [];
  private flushing: Promise<number> | null = null;
  dropped = 0;

  constructor(private readonly database: Database) {}

  record(v: Visit): void {
    if (isBot(v.userAgent)) return;
    if (this.pending.length >= MAX_PENDING) {
      this.dropped++;
      return;
    }
    this.pending.push(v);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Writes what was counted; returns the number of views written. One flush at a time. */
  async flush(): Promise<number> {
    while (this.flushing) await this.flushing;
    if (!this.pending.length) return 0;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.write(batch)
      .catch((err) => {
        // Put them back for the next try (the bound above still holds).
        this.pending = [...batch, ...this.pending].slice(0, MAX_PENDING);
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async write(batch: Visit[]): Promise<number> {
    const db = this.database.db;
    const columnOf = await articleColumns(db, [
      ...new Set(batch.map((v) => v.articleId).filter((x): x is string => Boolean(x))),
    ]);
    return this.database.transaction(async (tx) => {
      const salts = new Map<string, string>();
      const views = new Map<string, { day: string; scope: StatScope; targetId: string; views: number }>();
      const marks = new Map<string, { day: string; scopeKey: string; visitor: string }>();
      for (const v of batch) {
        const day = chinaDayOf(v.at);
        let salt = salts.get(day);
        if (!salt) {
          salt = await ensureSalt(tx, day);
          salts.set(day, salt);
        }
        const visitor = sm3(`${salt}\n${v.ip ?? ''}\n${v.userAgent ?? ''}`);
        const columnId = v.columnId ?? (v.articleId ? columnOf.get(v.articleId) : undefined) ?? null;
        const scopes: Array<[StatScope, string]> = [['site', '']];
        if (columnId) scopes.push(['column', columnId]);
        if (v.kind === 'article' && v.articleId && columnOf.has(v.articleId))
          scopes.push(['article', v.articleId]);
        for (const [scope, targetId] of scopes) {
          const key = `${day} ${scope} ${targetId}`;
          const row = views.get(key) ?? { day, scope, targetId, views: 0 };
          row.views++;
          views.set(key, row);
          const scopeKey = `${scope}:${targetId}`;
          marks.set(`${day} ${scopeKey} ${visitor}`, { day, scopeKey, visitor });
        }
      }
      // A mark that is new today is a new unique visitor of that scope.
      const fresh = await insertMarks(tx, [...marks.values()]);
      const visitors = new Map<string, number>();
      for (const m of fresh)
        visitors.set(`${m.day} ${m.scopeKey}`, (visitors.get(`${m.day} ${m.scopeKey}`) ?? 0) + 1);
      await addDailyStats(
        tx,
        [...views.values()].map((r) => ({
          ...r,
          visitors: visitors.get(`${r.day} ${r.scope}:${r.targetId}`) ?? 0,
        })),
      );
      return batch.length;
    });
  }
}

const recorders = new WeakMap<Database, VisitRecorder>();

/** The recorder of a database (tests build several apps in one process). */
export function visitRecorderFor(database: Database): VisitRecorder {
  let r = recorders.get(database);
  if (!r) {
    r = new VisitRecorder(database);
    recorders.set(database, r);
  }
  return r;
}

/** Writes the views counted so far (tests, shutdown). */
export async function flushVisits(database: Database): Promise<number> {
  return visitRecorderFor(database).flush();
}
