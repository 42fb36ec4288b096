// All SQL on articles (稿件), their editions and view counts (their events are on the platform timeline). Plain rows out.
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  like,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import { type ScopeColumns, scopeWhere } from '../../platform/access/scope.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { units } from '../org/index.ts';
import {
  type ArticleStatus,
  portalArticleEditions,
  portalArticles,
  portalArticleViews,
  portalColumns,
} from './portal.table.ts';

export type ArticleRow = typeof portalArticles.$inferSelect;
export type NewArticleRow = typeof portalArticles.$inferInsert;
export type EditionRow = typeof portalArticleEditions.$inferSelect;
export type NewEditionRow = typeof portalArticleEditions.$inferInsert;

/** An article with what the policy and the pages need of its column. */
export interface ArticleWithColumn extends ArticleRow {
  columnCode: string;
  columnName: string;
  columnPath: string;
  columnReviewSteps: number;
  responsibleUnitId: string;
  responsibleUnitPath: string;
}

const withColumn = {
  article: portalArticles,
  columnCode: portalColumns.code,
  columnName: portalColumns.name,
  columnPath: portalColumns.path,
  columnReviewSteps: portalColumns.reviewSteps,
  responsibleUnitId: portalColumns.responsibleUnitId,
  responsibleUnitPath: units.path,
};

type WithColumnRow = {
  article: ArticleRow;
  columnCode: string;
  columnName: string;
  columnPath: string;
  columnReviewSteps: number;
  responsibleUnitId: string;
  responsibleUnitPath: string;
};

const merge = ({ article, ...rest }: WithColumnRow): ArticleWithColumn => ({ ...article, ...rest });

export async function insertArticles(db: Db, rows: NewArticleRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insert(portalArticles).values(rows.slice(i, i + 100));
}

export async function insertEditions(db: Db, rows: NewEditionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db.insert(portalArticleEditions).values(rows.slice(i, i + 100));
}

export async function findArticle(db: Db, id: string): Promise<ArticleWithColumn | undefined> {
  const [row] = await db
    .select(withColumn)
    .from(portalArticles)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(eq(portalArticles.id, id));
  return row ? merge(row) : undefined;
}

/** Locks the article row for the rest of the transaction (two reviewers at once, the job and a person). */
export async function lockArticle(db: Db, id: string): Promise<void> {
  await db.execute(sql`select 1 from ${portalArticles} where ${portalArticles.id} = ${id} for update`);
}

export async function findByExternalKey(db: Db, key: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(portalArticles).where(eq(portalArticles.externalKey, key));
  return row;
}

export async function updateArticleRow(db: Db, id: string, patch: Partial<NewArticleRow>): Promise<void> {
  await db.update(portalArticles).set(patch).where(eq(portalArticles.id, id));
}

export async function deleteArticleRow(db: Db, id: string): Promise<void> {
  await db.delete(portalArticles).where(eq(portalArticles.id, id));
}

export async function listEditionRows(db: Db, articleId: string): Promise<EditionRow[]> {
  return db
    .select()
    .from(portalArticleEditions)
    .where(eq(portalArticleEditions.articleId, articleId))
    .orderBy(desc(portalArticleEditions.edition));
}

export async function findEdition(
  db: Db,
  articleId: string,
  edition: number,
): Promise<EditionRow | undefined> {
  const [row] = await db
    .select()
    .from(portalArticleEditions)
    .where(and(eq(portalArticleEditions.articleId, articleId), eq(portalArticleEditions.edition, edition)));
  return row;
}

/** The actor's data scope over articles: by the responsible unit of their column. */
export interface ArticleScope {
  actor: Actor;
  scope: DataScope;
}

// Articles belong to the unit responsible for their column (本单位), and to the units above it.
const ARTICLE_SCOPE_COLUMNS: ScopeColumns = { unit: portalColumns.responsibleUnitId, unitPath: units.path };

export interface ArticleListFilter {
  /** Only articles inside this scope; none: every article. */
  scope?: ArticleScope;
  columnPath?: string;
  statuses?: ArticleStatus[];
  q?: string;
  unreviewed?: boolean;
  createdBy?: string;
  /** Only articles that would be public (a live edition). */
  live?: boolean;
  limit: number;
  offset: number;
  order?: 'updated' | 'publishAt';
}

function listConditions(f: ArticleListFilter): SQL | undefined {
  const where: SQL[] = [];
  const scoped = f.scope && scopeWhere(f.scope.actor, f.scope.scope, ARTICLE_SCOPE_COLUMNS);
  if (scoped) where.push(scoped);
  if (f.columnPath) where.push(like(portalColumns.path, `${f.columnPath}%`));
  if (f.statuses?.length) where.push(inArray(portalArticles.status, f.statuses));
  if (f.q) where.push(or(ilike(portalArticles.title, `%${f.q}%`), ilike(portalArticles.source, `%${f.q}%`))!);
  if (f.unreviewed !== undefined) where.push(eq(portalArticles.unreviewed, f.unreviewed));
  if (f.createdBy) where.push(eq(portalArticles.createdBy, f.createdBy));
  if (f.live) where.push(isNotNull(portalArticles.liveEdition));
  return where.length ? and(...where) : undefined;
}

export async function listArticleRows(
  db: Db,
  f: ArticleListFilter,
): Promise<{ total: number; rows: ArticleWithColumn[] }> {
  const where = listConditions(f);
  const [{ total }] = await db
    .select({ total: count() })
    .from(portalArticles)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(where);
  const rows = await db
    .select(withColumn)
    .from(portalArticles)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(where)
    .orderBy(
      ...(f.order === 'publishAt'
        ? [asc(portalArticles.publishAt), asc(portalArticles.unpublishAt)]
        : [desc(portalArticles.updatedAt)]),
      asc(portalArticles.id),
    )
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows: rows.map(merge) };
}

/** Scheduled articles whose publication time has come. */
export async function dueToPublish(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: portalArticles.id })
    .from(portalArticles)
    .where(and(eq(portalArticles.status, 'scheduled'), lte(portalArticles.publishAt, now)))
    .orderBy(asc(portalArticles.publishAt));
  return rows.map((r) => r.id);
}

/** Public articles whose take-down time has come. */
export async function dueToUnpublish(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .select({ id: portalArticles.id })
    .from(portalArticles)
    .where(and(isNotNull(portalArticles.liveEdition), lte(portalArticles.unpublishAt, now)))
    .orderBy(asc(portalArticles.unpublishAt));
  return rows.map((r) => r.id);
}

// ---- the public site's reads: the live edition of each article ----

export interface LiveArticle {
  id: string;
  columnId: string;
  columnCode: string;
  columnName: string;
  columnPath: string;
  title: string;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  summary: string | null;
  bodyHtml: string;
  bodyText: string;
  coverFileId: string | null;
  attachments: EditionRow['attachments'];
  tags: string[];
  origin: EditionRow['origin'];
  originName: string | null;
  originUrl: string | null;
  firstPublishedAt: Date;
  publishedAt: Date;
  unreviewed: boolean;
  pinned: boolean;
}

const liveFields = {
  id: portalArticles.id,
  columnId: portalArticles.columnId,
  columnCode: portalColumns.code,
  columnName: portalColumns.name,
  columnPath: portalColumns.path,
  title: portalArticleEditions.title,
  subtitle: portalArticleEditions.subtitle,
  source: portalArticleEditions.source,
  author: portalArticleEditions.author,
  date: portalArticleEditions.date,
  summary: portalArticleEditions.summary,
  bodyHtml: portalArticleEditions.bodyHtml,
  bodyText: portalArticleEditions.bodyText,
  coverFileId: portalArticleEditions.coverFileId,
  attachments: portalArticleEditions.attachments,
  tags: portalArticleEditions.tags,
  origin: portalArticleEditions.origin,
  originName: portalArticleEditions.originName,
  originUrl: portalArticleEditions.originUrl,
  firstPublishedAt: portalArticles.firstPublishedAt,
  publishedAt: portalArticles.publishedAt,
  unreviewed: portalArticles.unreviewed,
  pinned: portalArticles.pinned,
};

const liveJoin = and(
  eq(portalArticleEditions.articleId, portalArticles.id),
  eq(portalArticleEditions.edition, portalArticles.liveEdition),
);

export async function findLiveArticle(db: Db, id: string): Promise<LiveArticle | undefined> {
  const [row] = await db
    .select(liveFields)
    .from(portalArticles)
    .innerJoin(portalArticleEditions, liveJoin)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(eq(portalArticles.id, id));
  return row as LiveArticle | undefined;
}

export interface LiveListItem {
  id: string;
  columnId: string;
  columnCode: string;
  columnName: string;
  title: string;
  date: string | null;
  summary: string | null;
  coverFileId: string | null;
  firstPublishedAt: Date;
  publishedAt: Date;
  pinned: boolean;
}

/** Live articles in a column's subtree (or the columns given), pinned first, newest first. */
export async function listLiveArticles(
  db: Db,
  f: { columnPath?: string; columnIds?: string[]; limit: number; offset: number; withCover?: boolean },
): Promise<{ total: number; rows: LiveListItem[] }> {
  const where: SQL[] = [isNotNull(portalArticles.liveEdition), eq(portalColumns.visible, true)];
  if (f.columnPath) where.push(like(portalColumns.path, `${f.columnPath}%`));
  if (f.columnIds)
    where.push(f.columnIds.length ? inArray(portalArticles.columnId, f.columnIds) : sql`false`);
  if (f.withCover) where.push(isNotNull(portalArticleEditions.coverFileId));
  const [{ total }] = await db
    .select({ total: count() })
    .from(portalArticles)
    .innerJoin(portalArticleEditions, liveJoin)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(and(...where));
  const rows = await db
    .select({
      id: portalArticles.id,
      columnId: portalArticles.columnId,
      columnCode: portalColumns.code,
      columnName: portalColumns.name,
      title: portalArticleEditions.title,
      date: portalArticleEditions.date,
      summary: portalArticleEditions.summary,
      coverFileId: portalArticleEditions.coverFileId,
      firstPublishedAt: portalArticles.firstPublishedAt,
      publishedAt: portalArticles.publishedAt,
      pinned: portalArticles.pinned,
    })
    .from(portalArticles)
    .innerJoin(portalArticleEditions, liveJoin)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(and(...where))
    .orderBy(desc(portalArticles.pinned), desc(portalArticles.firstPublishedAt), asc(portalArticles.id))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows: rows as LiveListItem[] };
}

/** Every live article with what the search index needs (a full rebuild of the index). */
export async function listLiveForIndex(db: Db) {
  return db
    .select({
      id: portalArticles.id,
      columnId: portalArticles.columnId,
      columnPath: portalColumns.path,
      firstPublishedAt: portalArticles.firstPublishedAt,
      title: portalArticleEditions.title,
      subtitle: portalArticleEditions.subtitle,
      bodyText: portalArticleEditions.bodyText,
      attachments: portalArticleEditions.attachments,
      tags: portalArticleEditions.tags,
      date: portalArticleEditions.date,
    })
    .from(portalArticles)
    .innerJoin(portalArticleEditions, liveJoin)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId));
}

/** Every live article's id and last change (sitemap.xml). */
export async function listLiveArticleStamps(db: Db): Promise<Array<{ id: string; publishedAt: Date }>> {
  const rows = await db
    .select({ id: portalArticles.id, publishedAt: portalArticles.publishedAt })
    .from(portalArticles)
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(and(isNotNull(portalArticles.liveEdition), eq(portalColumns.visible, true)))
    .orderBy(desc(portalArticles.publishedAt));
  return rows as Array<{ id: string; publishedAt: Date }>;
}

// ---- views ----

export async function addViews(
  db: Db,
  counts: Array<{ articleId: string; day: string; views: number }>,
): Promise<void> {
  if (!counts.length) return;
  await db
    .insert(portalArticleViews)
    .values(counts)
    .onConflictDoUpdate({
      target: [portalArticleViews.articleId, portalArticleViews.day],
      set: { views: sql`${portalArticleViews.views} + excluded.views` },
    });
}

export async function totalViews(db: Db, articleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${portalArticleViews.views}), 0)::int` })
    .from(portalArticleViews)
    .where(eq(portalArticleViews.articleId, articleId));
  return Number(row?.n ?? 0);
}
