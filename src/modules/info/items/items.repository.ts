// All the SQL of information items: the rows, the office's queue (filtered, paginated, newest
// first), a unit's own items, adoptions and the points ledger.
import { and, asc, desc, eq, gte, ilike, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { containing } from '../../../platform/db/like.ts';
import { units } from '../../org/index.ts';
import {
  type AdoptionLevel,
  type DepthClass,
  type ItemStatus,
  type ItemType,
  infoAdoptions,
  infoItems,
  infoPoints,
} from '../info.table.ts';

export type ItemRow = typeof infoItems.$inferSelect;
export type NewItemRow = typeof infoItems.$inferInsert;
export type AdoptionRow = typeof infoAdoptions.$inferSelect;
export type PointRow = typeof infoPoints.$inferSelect;

export async function insertItem(db: Db, row: NewItemRow): Promise<ItemRow> {
  const [r] = await db.insert(infoItems).values(row).returning();
  return r;
}

export async function findItem(db: Db, id: string): Promise<ItemRow | undefined> {
  const [r] = await db.select().from(infoItems).where(eq(infoItems.id, id));
  return r;
}

export async function lockItem(db: Db, id: string): Promise<ItemRow | undefined> {
  const [r] = await db.select().from(infoItems).where(eq(infoItems.id, id)).for('update');
  return r;
}

export async function updateItem(db: Db, id: string, patch: Partial<NewItemRow>): Promise<ItemRow> {
  const [r] = await db.update(infoItems).set(patch).where(eq(infoItems.id, id)).returning();
  return r;
}

export interface ItemFilter {
  statuses?: readonly ItemStatus[];
  /** Drafts are seen by their own unit only: the office's and readers' lists leave them out. */
  excludeDrafts?: boolean;
  unitId?: string;
  type?: ItemType;
  depth?: DepthClass;
  level?: AdoptionLevel;
  q?: string;
  from?: Date;
  to?: Date;
  /** The actor's data scope as a condition (scopeWhere), undefined for all. */
  scope?: SQL;
  limit: number;
  offset: number;
}

function whereOf(f: ItemFilter): SQL | undefined {
  const parts: Array<SQL | undefined> = [f.scope];
  if (f.statuses?.length) parts.push(inArray(infoItems.status, [...f.statuses]));
  if (f.excludeDrafts) parts.push(ne(infoItems.status, 'draft'));
  if (f.unitId) parts.push(eq(infoItems.unitId, f.unitId));
  if (f.type) parts.push(eq(infoItems.type, f.type));
  if (f.depth) parts.push(eq(infoItems.depth, f.depth));
  if (f.from) parts.push(gte(infoItems.submittedAt, f.from));
  if (f.to) parts.push(lt(infoItems.submittedAt, f.to));
  if (f.q) parts.push(ilike(infoItems.title, containing(f.q)));
  if (f.level)
    parts.push(
      sql`exists (select 1 from ${infoAdoptions} a where a.item_id = ${infoItems.id} and a.level = ${f.level})`,
    );
  return and(...parts);
}

export interface ItemListRow {
  id: string;
  title: string;
  type: ItemType;
  depth: DepthClass;
  status: ItemStatus;
  unitId: string;
  unitName: string;
  authorName: string;
  submittedAt: Date | null;
  updatedAt: Date;
  reportKind: ItemRow['reportKind'];
  eventAt: Date | null;
  dueAt: Date | null;
  levels: AdoptionLevel[];
  points: number;
}

/** A page of items, newest submission first (drafts by their last change), with their adoptions. */
export async function listItemRows(db: Db, f: ItemFilter): Promise<{ rows: ItemListRow[]; total: number }> {
  const where = whereOf(f);
  const rows = await db
    .select({
      id: infoItems.id,
      title: infoItems.title,
      type: infoItems.type,
      depth: infoItems.depth,
      status: infoItems.status,
      unitId: infoItems.unitId,
      unitName: sql<string>`coalesce(${units.shortName}, ${units.name})`,
      authorName: infoItems.authorName,
      submittedAt: infoItems.submittedAt,
      updatedAt: infoItems.updatedAt,
      reportKind: infoItems.reportKind,
      eventAt: infoItems.eventAt,
      dueAt: infoItems.dueAt,
      levels: sql<
        AdoptionLevel[]
      >`coalesce((select array_agg(a.level order by a.adopted_at) from ${infoAdoptions} a where a.item_id = ${infoItems.id}), '{}')`,
      points: sql<number>`coalesce((select sum(p.points) from ${infoPoints} p where p.item_id = ${infoItems.id}), 0)::int`,
    })
    .from(infoItems)
    .innerJoin(units, eq(units.id, infoItems.unitId))
    .where(where)
    .orderBy(desc(sql`coalesce(${infoItems.submittedAt}, ${infoItems.updatedAt})`), desc(infoItems.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(infoItems).where(where);
  return { rows, total: n };
}

/** Counts by status for the queue's tabs, within the same scope. */
export async function countByStatus(db: Db, scope: SQL | undefined, excludeDrafts: boolean) {
  const rows = await db
    .select({ status: infoItems.status, n: sql<number>`count(*)::int` })
    .from(infoItems)
    .where(and(scope, excludeDrafts ? ne(infoItems.status, 'draft') : undefined))
    .groupBy(infoItems.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<ItemStatus, number>>;
}

export async function adoptionsOf(db: Db, itemId: string): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(infoAdoptions)
    .where(eq(infoAdoptions.itemId, itemId))
    .orderBy(asc(infoAdoptions.adoptedAt));
}

export async function insertAdoption(db: Db, row: typeof infoAdoptions.$inferInsert): Promise<AdoptionRow> {
  const [r] = await db.insert(infoAdoptions).values(row).returning();
  return r;
}

export async function insertPoints(db: Db, row: typeof infoPoints.$inferInsert): Promise<void> {
  await db.insert(infoPoints).values(row);
}

export async function pointsOfItem(db: Db, itemId: string): Promise<PointRow[]> {
  return db.select().from(infoPoints).where(eq(infoPoints.itemId, itemId)).orderBy(asc(infoPoints.at));
}

/** The points ledger of a unit (or of an author within it) in a period, newest first. */
export async function pointsLedger(
  db: Db,
  f: { unitId?: string; authorId?: string; from: Date; to: Date; limit: number },
): Promise<Array<PointRow & { itemTitle: string }>> {
  const rows = await db
    .select({ p: infoPoints, itemTitle: infoItems.title })
    .from(infoPoints)
    .innerJoin(infoItems, eq(infoItems.id, infoPoints.itemId))
    .where(
      and(
        f.unitId ? eq(infoPoints.unitId, f.unitId) : undefined,
        f.authorId ? eq(infoPoints.authorId, f.authorId) : undefined,
        gte(infoPoints.at, f.from),
        lt(infoPoints.at, f.to),
      ),
    )
    .orderBy(desc(infoPoints.at))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.p, itemTitle: r.itemTitle }));
}

/** A unit's figures in a period: submitted, adopted, points. */
export async function unitFigures(db: Db, unitId: string, from: Date, to: Date) {
  const res = await db.execute(sql`
    select
      (select count(*) from ${infoItems} i where i.unit_id = ${unitId} and i.submitted_at >= ${from} and i.submitted_at < ${to})::int as submitted,
      (select count(distinct a.item_id) from ${infoAdoptions} a where a.unit_id = ${unitId} and a.adopted_at >= ${from} and a.adopted_at < ${to})::int as adopted,
      (select coalesce(sum(p.points), 0) from ${infoPoints} p where p.unit_id = ${unitId} and p.at >= ${from} and p.at < ${to})::int as points
  `);
  return rowsOf<{ submitted: number; adopted: number; points: number }>(res)[0];
}

/** Submissions of one unit in [from, to): for the week's quota. */
export async function countSubmitted(db: Db, unitId: string, from: Date, to: Date): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(infoItems)
    .where(
      and(
        eq(infoItems.unitId, unitId),
        gte(infoItems.submittedAt, from),
        lt(infoItems.submittedAt, to),
        ne(infoItems.status, 'withdrawn'),
      ),
    );
  return n;
}

// db.execute answers { rows } on pg and PGlite alike, an array on some drivers.
export function rowsOf<T>(x: unknown): T[] {
  return Array.isArray(x) ? (x as T[]) : ((x as { rows: T[] }).rows ?? []);
}
