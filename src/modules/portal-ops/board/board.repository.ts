// SQL of the supply and demand board (供求信息): posts and abuse reports.
import { and, asc, count, desc, eq, gte, ilike, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  type BoardKind,
  type BoardStatus,
  portalOpsBoardPosts,
  portalOpsBoardReports,
  type ReportStatus,
} from '../portal-ops.table.ts';

export type PostRow = typeof portalOpsBoardPosts.$inferSelect;
export type NewPostRow = typeof portalOpsBoardPosts.$inferInsert;
export type ReportRow = typeof portalOpsBoardReports.$inferSelect;

export async function insertPost(db: Db, row: NewPostRow): Promise<PostRow> {
  const [r] = await db.insert(portalOpsBoardPosts).values(row).returning();
  return r;
}

export async function findPost(db: Db, id: string): Promise<PostRow | undefined> {
  const [r] = await db.select().from(portalOpsBoardPosts).where(eq(portalOpsBoardPosts.id, id));
  return r;
}

export async function updatePost(db: Db, id: string, patch: Partial<NewPostRow>): Promise<void> {
  await db.update(portalOpsBoardPosts).set(patch).where(eq(portalOpsBoardPosts.id, id));
}

export async function countPostsBySince(db: Db, authorId: string, since: Date): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(portalOpsBoardPosts)
    .where(and(eq(portalOpsBoardPosts.authorId, authorId), gte(portalOpsBoardPosts.createdAt, since)));
  return n;
}

export interface PublicFilter {
  today: string;
  kind?: BoardKind;
  /** A county code, or a city code (its 4-digit prefix matches its counties). */
  region?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** Published posts still valid today, newest first. */
export async function listPublicPosts(db: Db, f: PublicFilter): Promise<{ total: number; rows: PostRow[] }> {
  const where: SQL[] = [
    eq(portalOpsBoardPosts.status, 'published'),
    gte(portalOpsBoardPosts.validUntil, f.today),
  ];
  if (f.kind) where.push(eq(portalOpsBoardPosts.kind, f.kind));
  if (f.region)
    where.push(
      f.region.endsWith('00')
        ? or(
            like(portalOpsBoardPosts.regionCode, `${f.region.slice(0, 4)}%`),
            eq(portalOpsBoardPosts.regionCode, f.region),
          )!
        : eq(portalOpsBoardPosts.regionCode, f.region),
    );
  if (f.q)
    where.push(
      or(ilike(portalOpsBoardPosts.product, `%${f.q}%`), ilike(portalOpsBoardPosts.description, `%${f.q}%`))!,
    );
  const [{ total }] = await db
    .select({ total: count() })
    .from(portalOpsBoardPosts)
    .where(and(...where));
  const rows = await db
    .select()
    .from(portalOpsBoardPosts)
    .where(and(...where))
    .orderBy(desc(portalOpsBoardPosts.publishedAt), asc(portalOpsBoardPosts.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows };
}

export async function listPostsOf(db: Db, authorId: string): Promise<PostRow[]> {
  return db
    .select()
    .from(portalOpsBoardPosts)
    .where(eq(portalOpsBoardPosts.authorId, authorId))
    .orderBy(desc(portalOpsBoardPosts.createdAt))
    .limit(200);
}

export async function listPostsByStatus(
  db: Db,
  f: { statuses?: BoardStatus[]; limit: number; offset: number },
): Promise<{ total: number; rows: PostRow[] }> {
  const where = f.statuses?.length ? inArray(portalOpsBoardPosts.status, f.statuses) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(portalOpsBoardPosts).where(where);
  const rows = await db
    .select()
    .from(portalOpsBoardPosts)
    .where(where)
    .orderBy(asc(portalOpsBoardPosts.createdAt), asc(portalOpsBoardPosts.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows };
}

export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: portalOpsBoardPosts.status, n: count() })
    .from(portalOpsBoardPosts)
    .groupBy(portalOpsBoardPosts.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

// ---- reports ----

export async function insertReport(
  db: Db,
  row: typeof portalOpsBoardReports.$inferInsert,
): Promise<ReportRow> {
  const [r] = await db.insert(portalOpsBoardReports).values(row).returning();
  return r;
}

export async function countReportsSince(
  db: Db,
  who: { reporterId: string | null; reporterMark: string | null },
  since: Date,
): Promise<number> {
  const by = who.reporterId
    ? eq(portalOpsBoardReports.reporterId, who.reporterId)
    : eq(portalOpsBoardReports.reporterMark, who.reporterMark ?? '');
  const [{ n }] = await db
    .select({ n: count() })
    .from(portalOpsBoardReports)
    .where(and(by, gte(portalOpsBoardReports.createdAt, since)));
  return n;
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [r] = await db.select().from(portalOpsBoardReports).where(eq(portalOpsBoardReports.id, id));
  return r;
}

export async function updateReport(
  db: Db,
  id: string,
  patch: Partial<typeof portalOpsBoardReports.$inferInsert>,
): Promise<void> {
  await db.update(portalOpsBoardReports).set(patch).where(eq(portalOpsBoardReports.id, id));
}

export async function listReportRows(
  db: Db,
  f: { status?: ReportStatus; limit: number; offset: number },
): Promise<{ total: number; rows: Array<{ report: ReportRow; post: PostRow }> }> {
  const where = f.status ? eq(portalOpsBoardReports.status, f.status) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(portalOpsBoardReports).where(where);
  const rows = await db
    .select({ report: portalOpsBoardReports, post: portalOpsBoardPosts })
    .from(portalOpsBoardReports)
    .innerJoin(portalOpsBoardPosts, eq(portalOpsBoardPosts.id, portalOpsBoardReports.postId))
    .where(where)
    .orderBy(asc(portalOpsBoardReports.createdAt), asc(portalOpsBoardReports.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows };
}

export async function countOpenReports(db: Db): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(portalOpsBoardReports)
    .where(eq(portalOpsBoardReports.status, 'open'));
  return n;
}
