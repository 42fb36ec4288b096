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

/** Views of one page by one visitor on one day, counted together. */
interface Counted {
  visit: Visit;
  day: string;
  count: number;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export class VisitRecorder {
  // Counted as they come, by day, page and visitor: a busy page's thousands of views a second
  // become a few entries, so neither memory nor the flush (which runs on the event loop) grows
  // with the number of views.
  private pending = new Map<string, Counted>();
  private views = 0;
  private flushing: Promise<number> | null = null;
  private day = { text: '', from: 0, to: 0 };
  dropped = 0;

  constructor(private readonly database: Database) {}

  private dayOf(at: Date): string {
    const t = at.getTime();
    if (t < this.day.from || t >= this.day.to) {
      const from = Math.floor((t + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
      this.day = { text: chinaDayOf(at), from, to: from + DAY_MS };
    }
    return this.day.text;
  }

  record(v: Visit): void {
    if (isBot(v.userAgent)) return;
    if (this.views >= MAX_PENDING) {
      this.dropped++;
      return;
    }
    const day = this.dayOf(v.at);
    const key = `${day}\n${v.kind}\n${v.articleId ?? ''}\n${v.columnId ?? ''}\n${v.ip ?? ''}\n${v.userAgent ?? ''}`;
    const known = this.pending.get(key);
    if (known) known.count++;
    else this.pending.set(key, { visit: v, day, count: 1 });
    this.views++;
  }

  /** Views counted and not yet written. */
  get size(): number {
    return this.views;
  }

  /** Writes what was counted; returns the number of views written. One flush at a time. */
  async flush(): Promise<number> {
    while (this.flushing) await this.flushing;
    if (!this.views) return 0;
    const batch = this.pending;
    this.pending = new Map();
    this.views = 0;
    this.flushing = this.write([...batch.values()])
      .catch((err) => {
        // Put them back for the next try (the bound above still holds: nothing new is dropped).
        for (const [key, c] of batch) {
          const known = this.pending.get(key);
          if (known) known.count += c.count;
          else this.pending.set(key, c);
          this.views += c.count;
        }
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async write(batch: Counted[]): Promise<number> {
    const db = this.database.db;
    const columnOf = await articleColumns(db, [
      ...new Set(batch.map((c) => c.visit.articleId).filter((x): x is string => Boolean(x))),
    ]);
    return this.database.transaction(async (tx) => {
      const salts = new Map<string, string>();
      const visitors = new Map<string, string>();
      const views = new Map<string, { day: string; scope: StatScope; targetId: string; views: number }>();
      const marks = new Map<string, { day: string; scopeKey: string; visitor: string }>();
      let total = 0;
      for (const { visit: v, day, count } of batch) {
        total += count;
        let salt = salts.get(day);
        if (!salt) {
          salt = await ensureSalt(tx, day);
          salts.set(day, salt);
        }
        // One hash per visitor and day, not per view: a busy page's thousands of views a second
        // come from far fewer visitors, and the hashing runs on the event loop.
        const who = `${day}\n${v.ip ?? ''}\n${v.userAgent ?? ''}`;
        let visitor = visitors.get(who);
        if (!visitor) {
          visitor = sm3(`${salt}\n${v.ip ?? ''}\n${v.userAgent ?? ''}`);
          visitors.set(who, visitor);
        }
        const columnId = v.columnId ?? (v.articleId ? columnOf.get(v.articleId) : undefined) ?? null;
        const scopes: Array<[StatScope, string]> = [['site', '']];
        if (columnId) scopes.push(['column', columnId]);
        if (v.kind === 'article' && v.articleId && columnOf.has(v.articleId))
          scopes.push(['article', v.articleId]);
        for (const [scope, targetId] of scopes) {
          const key = `${day} ${scope} ${targetId}`;
          const row = views.get(key) ?? { day, scope, targetId, views: 0 };
          row.views += count;
          views.set(key, row);
          const scopeKey = `${scope}:${targetId}`;
          marks.set(`${day} ${scopeKey} ${visitor}`, { day, scopeKey, visitor });
        }
      }
      // A mark that is new today is a new unique visitor of that scope.
      const fresh = await insertMarks(tx, [...marks.values()]);
      const newVisitors = new Map<string, number>();
      for (const m of fresh)
        newVisitors.set(`${m.day} ${m.scopeKey}`, (newVisitors.get(`${m.day} ${m.scopeKey}`) ?? 0) + 1);
      await addDailyStats(
        tx,
        [...views.values()].map((r) => ({
          ...r,
          visitors: newVisitors.get(`${r.day} ${r.scope}:${r.targetId}`) ?? 0,
        })),
      );
      return total;
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
