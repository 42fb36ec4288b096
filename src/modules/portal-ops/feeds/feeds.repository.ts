// SQL of reposting (信息采集): subscriptions, the entries they delivered, and the duplicate checks
// against the portal's articles (portal core tables, read only).
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { portalArticles, portalColumns } from '../../portal/index.ts';
import { type FeedItemStatus, portalOpsFeedItems, portalOpsFeeds } from '../portal-ops.table.ts';

export type FeedRow = typeof portalOpsFeeds.$inferSelect;
export type NewFeedRow = typeof portalOpsFeeds.$inferInsert;
export type FeedItemRow = typeof portalOpsFeedItems.$inferSelect;

export interface FeedWithColumn extends FeedRow {
  columnName: string;
  columnCode: string;
}

const withColumn = { feed: portalOpsFeeds, columnName: portalColumns.name, columnCode: portalColumns.code };
const merge = (r: { feed: FeedRow; columnName: string; columnCode: string }): FeedWithColumn => ({
  ...r.feed,
  columnName: r.columnName,
  columnCode: r.columnCode,
});

export async function listFeedRows(db: Db): Promise<FeedWithColumn[]> {
  const rows = await db
    .select(withColumn)
    .from(portalOpsFeeds)
    .innerJoin(portalColumns, eq(portalColumns.id, portalOpsFeeds.columnId))
    .orderBy(asc(portalColumns.code), asc(portalOpsFeeds.name));
  return rows.map(merge);
}

export async function findFeed(db: Db, id: string): Promise<FeedWithColumn | undefined> {
  const [row] = await db
    .select(withColumn)
    .from(portalOpsFeeds)
    .innerJoin(portalColumns, eq(portalColumns.id, portalOpsFeeds.columnId))
    .where(eq(portalOpsFeeds.id, id));
  return row ? merge(row) : undefined;
}

export async function findFeedByColumnUrl(
  db: Db,
  columnId: string,
  url: string,
): Promise<FeedRow | undefined> {
  const [row] = await db
    .select()
    .from(portalOpsFeeds)
    .where(and(eq(portalOpsFeeds.columnId, columnId), eq(portalOpsFeeds.url, url)));
  return row;
}

export async function insertFeed(db: Db, row: NewFeedRow): Promise<void> {
  await db.insert(portalOpsFeeds).values(row);
}

export async function updateFeedRow(db: Db, id: string, patch: Partial<NewFeedRow>): Promise<void> {
  await db.update(portalOpsFeeds).set(patch).where(eq(portalOpsFeeds.id, id));
}

export async function deleteFeedRow(db: Db, id: string): Promise<void> {
  await db.delete(portalOpsFeeds).where(eq(portalOpsFeeds.id, id));
}

/** Enabled feeds whose interval has passed (or never fetched). */
export async function dueFeeds(db: Db, now: Date): Promise<FeedWithColumn[]> {
  const all = await db
    .select(withColumn)
    .from(portalOpsFeeds)
    .innerJoin(portalColumns, eq(portalColumns.id, portalOpsFeeds.columnId))
    .where(eq(portalOpsFeeds.enabled, true))
    .orderBy(asc(portalOpsFeeds.lastFetchedAt));
  return all
    .map(merge)
    .filter(
      (f) => !f.lastFetchedAt || f.lastFetchedAt.getTime() + f.intervalMinutes * 60_000 <= now.getTime(),
    );
}

export async function findColumnLite(
  db: Db,
  id: string,
): Promise<{ id: string; code: string; kind: string } | undefined> {
  const [row] = await db
    .select({ id: portalColumns.id, code: portalColumns.code, kind: portalColumns.kind })
    .from(portalColumns)
    .where(eq(portalColumns.id, id));
  return row;
}

// ---- entries and duplicates ----

export async function findItemsByUrl(db: Db, urls: string[]): Promise<FeedItemRow[]> {
  if (!urls.length) return [];
  return db.select().from(portalOpsFeedItems).where(inArray(portalOpsFeedItems.url, urls));
}

export async function findItemByTitleHash(db: Db, hash: string): Promise<FeedItemRow | undefined> {
  const [row] = await db
    .select()
    .from(portalOpsFeedItems)
    .where(eq(portalOpsFeedItems.titleHash, hash))
    .orderBy(asc(portalOpsFeedItems.fetchedAt))
    .limit(1);
  return row;
}

/** An article (any column) already reposted from this address. */
export async function findArticleByOriginUrl(db: Db, url: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: portalArticles.id })
    .from(portalArticles)
    .where(eq(portalArticles.originUrl, url))
    .limit(1);
  return row?.id;
}

/** Recent articles of a column (their titles, for the normalized-title check). */
export async function recentTitlesIn(
  db: Db,
  columnId: string,
  since: Date,
): Promise<Array<{ id: string; title: string }>> {
  return db
    .select({ id: portalArticles.id, title: portalArticles.title })
    .from(portalArticles)
    .where(and(eq(portalArticles.columnId, columnId), gte(portalArticles.createdAt, since)));
}

/** Inserts an entry unless its address is already known; returns whether it was new. */
export async function insertItem(
  db: Db,
  row: typeof portalOpsFeedItems.$inferInsert,
): Promise<FeedItemRow | undefined> {
  const [r] = await db.insert(portalOpsFeedItems).values(row).onConflictDoNothing().returning();
  return r;
}

export async function updateItem(
  db: Db,
  id: string,
  patch: Partial<typeof portalOpsFeedItems.$inferInsert>,
): Promise<void> {
  await db.update(portalOpsFeedItems).set(patch).where(eq(portalOpsFeedItems.id, id));
}

export async function findItem(db: Db, id: string): Promise<FeedItemRow | undefined> {
  const [row] = await db.select().from(portalOpsFeedItems).where(eq(portalOpsFeedItems.id, id));
  return row;
}

export interface QueueRow {
  item: FeedItemRow;
  feedName: string;
  columnId: string;
  columnName: string;
  articleStatus: string | null;
  articleTitle: string | null;
}

/** The review queue: entries whose draft is still a draft, or entries of one status. */
export async function listItemRows(
  db: Db,
  f: { status: FeedItemStatus; feedId?: string; limit: number; offset: number; from?: Date; to?: Date },
): Promise<{ total: number; rows: QueueRow[] }> {
  const where: SQL[] = [eq(portalOpsFeedItems.status, f.status)];
  if (f.feedId) where.push(eq(portalOpsFeedItems.feedId, f.feedId));
  if (f.from) where.push(gte(portalOpsFeedItems.fetchedAt, f.from));
  if (f.to) where.push(lte(portalOpsFeedItems.fetchedAt, f.to));
  // Queued entries leave the queue once their draft moved on (sent to review by an editor) or is gone.
  if (f.status === 'queued') where.push(or(eq(portalArticles.status, 'draft'), isNull(portalArticles.id))!);
  const from = db
    .select({ total: count() })
    .from(portalOpsFeedItems)
    .innerJoin(portalOpsFeeds, eq(portalOpsFeeds.id, portalOpsFeedItems.feedId))
    .leftJoin(portalArticles, eq(portalArticles.id, portalOpsFeedItems.articleId));
  const [{ total }] = await from.where(and(...where));
  const rows = await db
    .select({
      item: portalOpsFeedItems,
      feedName: portalOpsFeeds.name,
      columnId: portalOpsFeeds.columnId,
      columnName: portalColumns.name,
      articleStatus: portalArticles.status,
      articleTitle: portalArticles.title,
    })
    .from(portalOpsFeedItems)
    .innerJoin(portalOpsFeeds, eq(portalOpsFeeds.id, portalOpsFeedItems.feedId))
    .innerJoin(portalColumns, eq(portalColumns.id, portalOpsFeeds.columnId))
    .leftJoin(portalArticles, eq(portalArticles.id, portalOpsFeedItems.articleId))
    .where(and(...where))
    .orderBy(desc(portalOpsFeedItems.fetchedAt), asc(portalOpsFeedItems.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows };
}

export async function countQueued(db: Db): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(portalOpsFeedItems)
    .innerJoin(portalArticles, eq(portalArticles.id, portalOpsFeedItems.articleId))
    .where(and(eq(portalOpsFeedItems.status, 'queued'), eq(portalArticles.status, 'draft')));
  return n;
}
