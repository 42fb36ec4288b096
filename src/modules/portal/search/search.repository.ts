// All SQL of the search index. The tsvector is built by PostgreSQL's 'simple' configuration from
// text the application has already segmented, weighted: title A, extra (attachment titles) B,
// body D; the query goes through the same parser, so index and query always agree.
import { and, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { searchDocuments } from './search.table.ts';

export interface IndexRow {
  source: string;
  refId: string;
  title: string;
  url: string;
  body: string;
  extra: string;
  columnId: string | null;
  columnPath: string | null;
  day: string | null;
  /** Segmented (space-separated) title, extra and body. */
  segTitle: string;
  segExtra: string;
  segBody: string;
  now: Date;
}

const tsvOf = (r: IndexRow) =>
  sql`setweight(to_tsvector('simple', ${r.segTitle}), 'A') || setweight(to_tsvector('simple', ${r.segExtra}), 'B') || setweight(to_tsvector('simple', ${r.segBody}), 'D')`;

export async function upsertDocuments(db: Db, rows: IndexRow[]): Promise<void> {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  for (let i = 0; i < rows.length; i += 100) {
    const batch = rows.slice(i, i + 100).map((r) => ({
      source: r.source,
      refId: r.refId,
      title: r.title,
      url: r.url,
      body: r.body,
      extra: r.extra,
      columnId: r.columnId,
      columnPath: r.columnPath,
      day: r.day,
      tsv: tsvOf(r),
      updatedAt: r.now,
    }));
    await db
      .insert(searchDocuments)
      .values(batch)
      .onConflictDoUpdate({
        target: [searchDocuments.source, searchDocuments.refId],
        set: {
          title: excluded('title'),
          url: excluded('url'),
          body: excluded('body'),
          extra: excluded('extra'),
          columnId: excluded('column_id'),
          columnPath: excluded('column_path'),
          day: excluded('day'),
          tsv: excluded('tsv'),
          updatedAt: excluded('updated_at'),
        },
      });
  }
}

export async function deleteDocuments(db: Db, source: string, refIds: string[]): Promise<void> {
  if (!refIds.length) return;
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.source, source), inArray(searchDocuments.refId, refIds)));
}

export async function deleteSource(db: Db, source: string): Promise<void> {
  await db.delete(searchDocuments).where(eq(searchDocuments.source, source));
}

export interface SearchFilter {
  /** Space-separated precise-mode terms; each must occur (AND). */
  terms: string;
  columnPath?: string;
  from?: string;
  to?: string;
  sources?: string[];
  limit: number;
  offset: number;
}

export interface HitRow {
  source: string;
  refId: string;
  title: string;
  url: string;
  body: string;
  extra: string;
  columnId: string | null;
  day: string | null;
  rank: number;
}

// Weights for D, C, B, A: a word in the title counts ten times a word in the body.
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

function conditions(f: SearchFilter): SQL[] {
  const where: SQL[] = [sql`${searchDocuments.tsv} @@ plainto_tsquery('simple', ${f.terms})`];
  if (f.columnPath) where.push(like(searchDocuments.columnPath, `${f.columnPath}%`));
  if (f.from) where.push(gte(searchDocuments.day, f.from));
  if (f.to) where.push(lte(searchDocuments.day, f.to));
  if (f.sources?.length) where.push(inArray(searchDocuments.source, f.sources));
  return where;
}

export async function searchDocumentsPage(
  db: Db,
  f: SearchFilter,
): Promise<{ total: number; rows: HitRow[] }> {
  const where = and(...conditions(f));
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(searchDocuments)
    .where(where);
  if (total === 0) return { total, rows: [] };
  const rank = sql<number>`ts_rank_cd(${WEIGHTS}::float4[], ${searchDocuments.tsv}, plainto_tsquery('simple', ${f.terms}))`;
  const rows = await db
    .select({
      source: searchDocuments.source,
      refId: searchDocuments.refId,
      title: searchDocuments.title,
      url: searchDocuments.url,
      body: searchDocuments.body,
      extra: searchDocuments.extra,
      columnId: searchDocuments.columnId,
      day: searchDocuments.day,
      rank,
    })
    .from(searchDocuments)
    .where(where)
    .orderBy(sql`${rank} desc`, sql`${searchDocuments.day} desc nulls last`, searchDocuments.id)
    .limit(f.limit)
    .offset(f.offset);
  return { total, rows: rows.map((r) => ({ ...r, rank: Number(r.rank) })) };
}
