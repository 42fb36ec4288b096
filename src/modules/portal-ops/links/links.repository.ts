// SQL of the link checker: the live content it reads (portal core tables, read only), the links it
// stores with the articles that contain them, and its runs.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  notInArray,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  type AttachmentRef,
  portalArticleEditions,
  portalArticles,
  portalColumns,
} from '../../portal/index.ts';
import {
  type LinkKind,
  type LinkStatus,
  portalOpsLinkRefs,
  portalOpsLinkRuns,
  portalOpsLinks,
} from '../portal-ops.table.ts';

export interface LiveContent {
  id: string;
  bodyHtml: string;
  attachments: AttachmentRef[];
  origin: string;
  originUrl: string | null;
}

/** A page of live articles' public content, by id (keyset paging). */
export async function liveContentPage(db: Db, after: string | null, limit: number): Promise<LiveContent[]> {
  const where: SQL[] = [isNotNull(portalArticles.liveEdition)];
  if (after) where.push(gt(portalArticles.id, after));
  return db
    .select({
      id: portalArticles.id,
      bodyHtml: portalArticleEditions.bodyHtml,
      attachments: portalArticleEditions.attachments,
      origin: portalArticleEditions.origin,
      originUrl: portalArticleEditions.originUrl,
    })
    .from(portalArticles)
    .innerJoin(
      portalArticleEditions,
      and(
        eq(portalArticleEditions.articleId, portalArticles.id),
        eq(portalArticleEditions.edition, portalArticles.liveEdition),
      ),
    )
    .where(and(...where))
    .orderBy(asc(portalArticles.id))
    .limit(limit);
}

export type LinkRow = typeof portalOpsLinks.$inferSelect;
export type RunRow = typeof portalOpsLinkRuns.$inferSelect;

export async function findLinksByUrl(db: Db, urls: string[]): Promise<LinkRow[]> {
  const out: LinkRow[] = [];
  for (let i = 0; i < urls.length; i += 500)
    out.push(
      ...(await db
        .select()
        .from(portalOpsLinks)
        .where(inArray(portalOpsLinks.url, urls.slice(i, i + 500)))),
    );
  return out;
}

export interface LinkResultRow {
  url: string;
  status: LinkStatus;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
  checkedAt: Date;
  failingSince: Date | null;
}

/** Stores results (insert or update by address); returns address → id. */
export async function upsertLinks(db: Db, rows: LinkResultRow[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < rows.length; i += 200) {
    const saved = await db
      .insert(portalOpsLinks)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({
        target: portalOpsLinks.url,
        set: {
          status: sql`excluded.status`,
          httpStatus: sql`excluded.http_status`,
          finalUrl: sql`excluded.final_url`,
          redirects: sql`excluded.redirects`,
          error: sql`excluded.error`,
          checkedAt: sql`excluded.checked_at`,
          failingSince: sql`excluded.failing_since`,
        },
      })
      .returning({ id: portalOpsLinks.id, url: portalOpsLinks.url });
    for (const s of saved) ids.set(s.url, s.id);
  }
  return ids;
}

export interface RefRow {
  linkId: string;
  articleId: string;
  kind: LinkKind;
  label: string | null;
}

/** Replaces every reference (the content as of this run) and drops links no article contains. */
export async function replaceRefs(db: Db, refs: RefRow[]): Promise<void> {
  await db.delete(portalOpsLinkRefs);
  for (let i = 0; i < refs.length; i += 500)
    await db
      .insert(portalOpsLinkRefs)
      .values(refs.slice(i, i + 500))
      .onConflictDoNothing();
  const used = db.select({ id: portalOpsLinkRefs.linkId }).from(portalOpsLinkRefs);
  await db.delete(portalOpsLinks).where(notInArray(portalOpsLinks.id, used));
}

export async function insertRun(db: Db, row: typeof portalOpsLinkRuns.$inferInsert): Promise<RunRow> {
  const [r] = await db.insert(portalOpsLinkRuns).values(row).returning();
  return r;
}

export async function updateRun(
  db: Db,
  id: string,
  patch: Partial<typeof portalOpsLinkRuns.$inferInsert>,
): Promise<void> {
  await db.update(portalOpsLinkRuns).set(patch).where(eq(portalOpsLinkRuns.id, id));
}

export async function findRun(db: Db, id: string): Promise<RunRow | undefined> {
  const [r] = await db.select().from(portalOpsLinkRuns).where(eq(portalOpsLinkRuns.id, id));
  return r;
}

export async function latestRun(db: Db): Promise<RunRow | undefined> {
  const [r] = await db.select().from(portalOpsLinkRuns).orderBy(desc(portalOpsLinkRuns.startedAt)).limit(1);
  return r;
}

/** A run still going that started after `since` (older unfinished runs died with their process). */
export async function runningSince(db: Db, since: Date): Promise<RunRow | undefined> {
  const [r] = await db
    .select()
    .from(portalOpsLinkRuns)
    .where(and(isNull(portalOpsLinkRuns.finishedAt), gt(portalOpsLinkRuns.startedAt, since)))
    .limit(1);
  return r;
}

export interface LinkListFilter {
  statuses?: LinkStatus[];
  limit: number;
  offset: number;
}

export async function listLinkRows(db: Db, f: LinkListFilter): Promise<{ total: number; rows: LinkRow[] }> {
  const where = f.statuses?.length ? inArray(portalOpsLinks.status, f.statuses) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(portalOpsLinks).where(where);
  const rows = await db
    .select()
    .from(portalOpsLinks)
    .where(where)
    .orderBy(asc(portalOpsLinks.status), desc(portalOpsLinks.failingSince), asc(portalOpsLinks.url))
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows };
}

export async function countLinksByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: portalOpsLinks.status, n: count() })
    .from(portalOpsLinks)
    .groupBy(portalOpsLinks.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export interface RefView {
  linkId: string;
  articleId: string;
  kind: LinkKind;
  label: string | null;
  title: string;
  columnName: string;
  responsibleUnitId: string;
}

export async function refsOf(db: Db, linkIds: string[]): Promise<RefView[]> {
  if (!linkIds.length) return [];
  return db
    .select({
      linkId: portalOpsLinkRefs.linkId,
      articleId: portalOpsLinkRefs.articleId,
      kind: portalOpsLinkRefs.kind,
      label: portalOpsLinkRefs.label,
      title: portalArticles.title,
      columnName: portalColumns.name,
      responsibleUnitId: portalColumns.responsibleUnitId,
    })
    .from(portalOpsLinkRefs)
    .innerJoin(portalArticles, eq(portalArticles.id, portalOpsLinkRefs.articleId))
    .innerJoin(portalColumns, eq(portalColumns.id, portalArticles.columnId))
    .where(inArray(portalOpsLinkRefs.linkId, linkIds))
    .orderBy(asc(portalArticles.title));
}
