// SQL of the visit statistics: daily counters, today's visitor marks and salts, and the reads the
// workbench charts need.
import crypto from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { portalArticles, portalColumns } from '../../portal/index.ts';
import {
  portalOpsDailySalts,
  portalOpsDailyStats,
  portalOpsVisitorMarks,
  type StatScope,
} from '../portal-ops.table.ts';

/** The day's salt: created by whichever instance needs it first, read by the others. */
export async function ensureSalt(db: Db, day: string): Promise<string> {
  await db
    .insert(portalOpsDailySalts)
    .values({ day, salt: crypto.randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(portalOpsDailySalts).where(eq(portalOpsDailySalts.day, day));
  return row.salt;
}

export async function articleColumns(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: portalArticles.id, columnId: portalArticles.columnId })
    .from(portalArticles)
    .where(inArray(portalArticles.id, ids));
  return new Map(rows.map((r) => [r.id, r.columnId]));
}

/** Inserts marks, skipping those already there; returns the ones that were new. */
export async function insertMarks(
  db: Db,
  marks: Array<{ day: string; scopeKey: string; visitor: string }>,
): Promise<Array<{ day: string; scopeKey: string }>> {
  const out: Array<{ day: string; scopeKey: string }> = [];
  for (let i = 0; i < marks.length; i += 1000) {
    const rows = await db
      .insert(portalOpsVisitorMarks)
      .values(marks.slice(i, i + 1000))
      .onConflictDoNothing()
      .returning({ day: portalOpsVisitorMarks.day, scopeKey: portalOpsVisitorMarks.scopeKey });
    out.push(...rows);
  }
  return out;
}

export async function addDailyStats(
  db: Db,
  rows: Array<{ day: string; scope: StatScope; targetId: string; views: number; visitors: number }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insert(portalOpsDailyStats)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [portalOpsDailyStats.day, portalOpsDailyStats.scope, portalOpsDailyStats.targetId],
        set: {
          views: sql`${portalOpsDailyStats.views} + excluded.views`,
          visitors: sql`${portalOpsDailyStats.visitors} + excluded.visitors`,
        },
      });
}

/** Forgets the marks and salts of days before `today`: yesterday's visitors become unrecognisable. */
export async function purgeBefore(db: Db, today: string): Promise<{ marks: number; salts: number }> {
  const marks = await db
    .delete(portalOpsVisitorMarks)
    .where(lt(portalOpsVisitorMarks.day, today))
    .returning({ day: portalOpsVisitorMarks.day });
  const salts = await db
    .delete(portalOpsDailySalts)
    .where(lt(portalOpsDailySalts.day, today))
    .returning({ day: portalOpsDailySalts.day });
  return { marks: marks.length, salts: salts.length };
}

export interface DayCount {
  day: string;
  views: number;
  visitors: number;
}

export async function dailySeries(
  db: Db,
  scope: StatScope,
  targetId: string,
  from: string,
  to: string,
): Promise<DayCount[]> {
  return db
    .select({
      day: portalOpsDailyStats.day,
      views: portalOpsDailyStats.views,
      visitors: portalOpsDailyStats.visitors,
    })
    .from(portalOpsDailyStats)
    .where(
      and(
        eq(portalOpsDailyStats.scope, scope),
        eq(portalOpsDailyStats.targetId, targetId),
        gte(portalOpsDailyStats.day, from),
        lte(portalOpsDailyStats.day, to),
      ),
    )
    .orderBy(asc(portalOpsDailyStats.day));
}

export interface TargetTotal {
  targetId: string;
  views: number;
  visitors: number;
}

/** The most viewed targets of a scope over the days. */
export async function topTargets(
  db: Db,
  scope: StatScope,
  from: string,
  to: string,
  limit: number,
): Promise<TargetTotal[]> {
  const views = sql<number>`sum(${portalOpsDailyStats.views})::int`;
  return db
    .select({
      targetId: portalOpsDailyStats.targetId,
      views,
      visitors: sql<number>`sum(${portalOpsDailyStats.visitors})::int`,
    })
    .from(portalOpsDailyStats)
    .where(
      and(
        eq(portalOpsDailyStats.scope, scope),
        gte(portalOpsDailyStats.day, from),
        lte(portalOpsDailyStats.day, to),
      ),
    )
    .groupBy(portalOpsDailyStats.targetId)
    .orderBy(desc(views), asc(portalOpsDailyStats.targetId))
    .limit(limit);
}

export async function articleTitles(
  db: Db,
  ids: string[],
): Promise<Map<string, { title: string; columnId: string; columnName: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: portalArticles.id,
      title: portalArticles.title,
      columnId: portalArticles.columnId,
      columnName: portalColumns.name,
    })
    .from(portalArticles)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(inArray(portalArticles.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function columnNames(
  db: Db,
  ids: string[],
): Promise<Map<string, { name: string; code: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: portalColumns.id, name: portalColumns.name, code: portalColumns.code })
    .from(portalColumns)
    .where(inArray(portalColumns.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
