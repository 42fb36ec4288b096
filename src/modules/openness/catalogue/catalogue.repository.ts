// All SQL of the disclosure catalogue (政府信息公开目录): categories and entries. Plain rows out.
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { containing } from '../../../platform/db/like.ts';
import {
  type CategoryAudience,
  opennessCategories,
  opennessEntries,
  type Validity,
} from '../openness.table.ts';

export type CategoryRow = typeof opennessCategories.$inferSelect;
export type EntryRow = typeof opennessEntries.$inferSelect;
export type NewEntryRow = typeof opennessEntries.$inferInsert;

// ---- categories ----

export async function listCategoryRows(db: Db, audiences?: CategoryAudience[]): Promise<CategoryRow[]> {
  return db
    .select()
    .from(opennessCategories)
    .where(audiences ? inArray(opennessCategories.audience, audiences) : undefined)
    .orderBy(asc(opennessCategories.sort), asc(opennessCategories.code));
}

export async function findCategory(db: Db, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(opennessCategories).where(eq(opennessCategories.id, id));
  return row;
}

export async function findCategoryByCode(db: Db, code: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(opennessCategories).where(eq(opennessCategories.code, code));
  return row;
}

export async function insertCategory(
  db: Db,
  row: typeof opennessCategories.$inferInsert,
): Promise<CategoryRow> {
  const [created] = await db.insert(opennessCategories).values(row).returning();
  return created;
}

export async function updateCategoryRow(
  db: Db,
  id: string,
  patch: Partial<typeof opennessCategories.$inferInsert>,
): Promise<CategoryRow> {
  const [row] = await db
    .update(opennessCategories)
    .set(patch)
    .where(eq(opennessCategories.id, id))
    .returning();
  return row;
}

/** Entries per category (all of them, whatever their validity). */
export async function countEntriesByCategory(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ categoryId: opennessEntries.categoryId, n: count() })
    .from(opennessEntries)
    .groupBy(opennessEntries.categoryId);
  return new Map(rows.map((r) => [r.categoryId, Number(r.n)]));
}

// ---- entries ----

export interface EntryFilter {
  /** Categories the reader may see (always given: the public never reaches internal ones). */
  categoryIds: string[];
  subject?: string;
  year?: number;
  validity?: Validity;
  /** Words of the title or the document number. */
  q?: string;
  limit: number;
  offset: number;
}

function entryWhere(f: EntryFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.categoryIds.length === 1
      ? eq(opennessEntries.categoryId, f.categoryIds[0])
      : inArray(opennessEntries.categoryId, f.categoryIds),
    f.subject ? eq(opennessEntries.subject, f.subject) : undefined,
    f.validity ? eq(opennessEntries.validity, f.validity) : undefined,
    // A year as a range of publication dates, so the date index serves it.
    f.year ? gte(opennessEntries.publishedOn, `${f.year}-01-01`) : undefined,
    f.year ? lte(opennessEntries.publishedOn, `${f.year}-12-31`) : undefined,
    f.q
      ? sql`(${ilike(opennessEntries.title, containing(f.q))} or ${ilike(opennessEntries.docNumber, containing(f.q))})`
      : undefined,
  ];
  return and(...conds);
}

/** A page of entries, newest publication first, and how many match. */
export async function listEntryRows(db: Db, f: EntryFilter): Promise<{ total: number; rows: EntryRow[] }> {
  if (f.categoryIds.length === 0) return { total: 0, rows: [] };
  const where = entryWhere(f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(opennessEntries)
      .where(where)
      .orderBy(desc(opennessEntries.publishedOn), desc(opennessEntries.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(opennessEntries).where(where),
  ]);
  return { total: Number(n), rows };
}

export async function findEntry(db: Db, id: string): Promise<EntryRow | undefined> {
  const [row] = await db.select().from(opennessEntries).where(eq(opennessEntries.id, id));
  return row;
}

export async function findEntryForUpdate(db: Db, id: string): Promise<EntryRow | undefined> {
  const [row] = await db.select().from(opennessEntries).where(eq(opennessEntries.id, id)).for('update');
  return row;
}

export async function findEntryByArticle(db: Db, articleId: string): Promise<EntryRow | undefined> {
  const [row] = await db.select().from(opennessEntries).where(eq(opennessEntries.articleId, articleId));
  return row;
}

/** The entries this one amended or replaced (its predecessors). */
export async function listPredecessors(db: Db, id: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(opennessEntries)
    .where(eq(opennessEntries.successorId, id))
    .orderBy(desc(opennessEntries.publishedOn));
}

export async function listEntryRowsByCategory(db: Db, categoryId: string): Promise<EntryRow[]> {
  return db.select().from(opennessEntries).where(eq(opennessEntries.categoryId, categoryId));
}

export async function listAllEntryRows(db: Db): Promise<EntryRow[]> {
  return db.select().from(opennessEntries);
}

export async function insertEntry(db: Db, row: NewEntryRow): Promise<EntryRow> {
  const [created] = await db.insert(opennessEntries).values(row).returning();
  return created;
}

export async function updateEntryRow(db: Db, id: string, patch: Partial<NewEntryRow>): Promise<EntryRow> {
  const [row] = await db.update(opennessEntries).set(patch).where(eq(opennessEntries.id, id)).returning();
  return row;
}

/** The span of publication years in the catalogue (for the filter), from the date index. */
export async function entryYearSpan(db: Db): Promise<{ first: number; last: number } | null> {
  const [row] = await db
    .select({
      first: sql<string | null>`min(${opennessEntries.publishedOn})`,
      last: sql<string | null>`max(${opennessEntries.publishedOn})`,
    })
    .from(opennessEntries);
  if (!row?.first || !row.last) return null;
  return { first: Number(String(row.first).slice(0, 4)), last: Number(String(row.last).slice(0, 4)) };
}
