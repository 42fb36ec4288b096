// All of supervision's SQL: items, their units (the scope filter runs through them), reports.
import { and, asc, count, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import { scopeWhere } from '../../platform/access/scope.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { units } from '../org/index.ts';
import {
  ITEM_STATUSES,
  type ItemSource,
  type ItemStatus,
  supervisionExtensions,
  supervisionItems,
  supervisionItemUnits,
  supervisionReports,
  type UnitRole,
} from './supervision.table.ts';

export type ItemRow = typeof supervisionItems.$inferSelect;
export type NewItemRow = typeof supervisionItems.$inferInsert;
export type ReportRow = typeof supervisionReports.$inferSelect;
export type NewReportRow = typeof supervisionReports.$inferInsert;
export type ItemUnitRow = typeof supervisionItemUnits.$inferSelect;
export type ExtensionRow = typeof supervisionExtensions.$inferSelect;
export type NewExtensionRow = typeof supervisionExtensions.$inferInsert;

// ---- items ----

export async function insertItem(db: Db, row: NewItemRow): Promise<ItemRow> {
  const [out] = await db.insert(supervisionItems).values(row).returning();
  return out;
}

export async function findItem(db: Db, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(supervisionItems).where(eq(supervisionItems.id, id));
  return row;
}

export async function findItemForUpdate(db: Db, id: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(supervisionItems).where(eq(supervisionItems.id, id)).for('update');
  return row;
}

export async function updateItem(db: Db, id: string, patch: Partial<NewItemRow>): Promise<ItemRow> {
  const [row] = await db.update(supervisionItems).set(patch).where(eq(supervisionItems.id, id)).returning();
  return row;
}

export async function findItemsByIds(db: Db, ids: string[]): Promise<ItemRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(supervisionItems).where(inArray(supervisionItems.id, ids));
}

export async function childrenOf(db: Db, parentId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(supervisionItems)
    .where(eq(supervisionItems.parentId, parentId))
    .orderBy(asc(supervisionItems.serial));
}

/** Candidates for the duplicate check: open items with the same source document, or recent ones. */
export async function duplicateCandidates(
  db: Db,
  input: { sourceDoc: string; sinceDay: string },
): Promise<Array<Pick<ItemRow, 'id' | 'number' | 'title' | 'sourceDoc' | 'status'>>> {
  const sameDoc = input.sourceDoc ? eq(supervisionItems.sourceDoc, input.sourceDoc) : sql`false`;
  return db
    .select({
      id: supervisionItems.id,
      number: supervisionItems.number,
      title: supervisionItems.title,
      sourceDoc: supervisionItems.sourceDoc,
      status: supervisionItems.status,
    })
    .from(supervisionItems)
    .where(
      and(
        ne(supervisionItems.status, 'closed'),
        or(sameDoc, sql`${supervisionItems.registeredDay} >= ${input.sinceDay}`),
      ),
    )
    .orderBy(desc(supervisionItems.registeredDay))
    .limit(2000);
}

// ---- units on items ----

export async function replaceItemUnits(
  db: Db,
  itemId: string,
  rows: Array<{ unitId: string; unitPath: string; role: UnitRole }>,
): Promise<void> {
  await db.delete(supervisionItemUnits).where(eq(supervisionItemUnits.itemId, itemId));
  if (rows.length) await db.insert(supervisionItemUnits).values(rows.map((r) => ({ itemId, ...r })));
}

export async function unitsOfItem(db: Db, itemId: string): Promise<ItemUnitRow[]> {
  return db.select().from(supervisionItemUnits).where(eq(supervisionItemUnits.itemId, itemId));
}

/**
 * The items inside the actor's scope, as a condition on supervision_items: one of the item's
 * units is within it (the platform's scopeWhere on supervision_item_units).
 */
export function itemScope(actor: Actor, scope: DataScope): SQL | undefined {
  const unitCond = scopeWhere(actor, scope, {
    unit: supervisionItemUnits.unitId,
    unitPath: supervisionItemUnits.unitPath,
  });
  if (!unitCond) return undefined;
  return sql`exists (select 1 from ${supervisionItemUnits} where ${supervisionItemUnits.itemId} = ${supervisionItems.id} and ${unitCond})`;
}

/** Items one of whose units is this unit (as lead or co-unit). */
export function onUnit(unitId: string): SQL {
  return sql`exists (select 1 from ${supervisionItemUnits} where ${supervisionItemUnits.itemId} = ${supervisionItems.id} and ${supervisionItemUnits.unitId} = ${unitId})`;
}

// ---- lists ----

/** Not closed: registered, being handled, or waiting for review or sign-off. */
const OPEN: ItemStatus[] = ITEM_STATUSES.filter((s) => s !== 'closed');

/** What a board or task list asks for; who the reader is comes resolved (unit, person). */
export interface BoardFilter {
  /** all: every item in scope; unit: the reader's unit's; leader: the reader's as leader; office: waiting for the office. */
  view: 'all' | 'unit' | 'leader' | 'office';
  unitId: string | null;
  /** The reader's person (org), for the leader view. */
  personId: string | null;
  /** A state or 'open' (anything else filters nothing); without one a task view shows open items. */
  status?: string;
  source?: ItemSource;
  /** Words of the title, or the number exactly. */
  q?: string;
}

/** The conditions of a board or task list, besides the reader's scope (itemScope). */
export function boardWhere(f: BoardFilter): Array<SQL | undefined> {
  const where: Array<SQL | undefined> = [];
  if (f.view === 'unit') where.push(f.unitId ? onUnit(f.unitId) : sql`false`);
  if (f.view === 'leader')
    where.push(
      f.personId
        ? or(
            eq(supervisionItems.leaderInChargeId, f.personId),
            eq(supervisionItems.instructingLeaderId, f.personId),
          )
        : sql`false`,
    );
  if (f.view === 'office')
    where.push(or(inArray(supervisionItems.status, ['registered', 'closure_review']), hasPendingReport()));
  if (f.view !== 'all' && !f.status) where.push(inArray(supervisionItems.status, OPEN));
  if (f.status === 'open') where.push(inArray(supervisionItems.status, OPEN));
  else if (f.status && (ITEM_STATUSES as readonly string[]).includes(f.status))
    where.push(eq(supervisionItems.status, f.status as ItemStatus));
  if (f.source) where.push(eq(supervisionItems.source, f.source));
  if (f.q) where.push(or(ilike(supervisionItems.title, containing(f.q)), eq(supervisionItems.number, f.q)));
  return where;
}

/**
 * An item's deadline colour (red < today ≤ yellow ≤ warnDay < green; a closed item red when it
 * closed late, green otherwise; 'none' without a due day) — the board's counts and its colour filter.
 */
function deadlineLight(today: string, warnDay: string): SQL<string> {
  return sql<string>`case
    when ${supervisionItems.status} = 'closed' then case when ${supervisionItems.closedOnTime} is false then 'red' else 'green' end
    when ${supervisionItems.dueDay} is null then 'none'
    when ${supervisionItems.dueDay} < ${today} then 'red'
    when ${supervisionItems.dueDay} <= ${warnDay} then 'yellow'
    else 'green' end`;
}

/** Items of this deadline colour. */
export function lightIs(light: 'red' | 'yellow' | 'green', today: string, warnDay: string): SQL {
  return sql`(${deadlineLight(today, warnDay)}) = ${light}`;
}

export interface ListFilter {
  where: Array<SQL | undefined>;
  order: 'due' | 'number';
  offset: number;
  limit: number;
}

export async function listItemRows(db: Db, f: ListFilter): Promise<{ rows: ItemRow[]; total: number }> {
  const where = and(...f.where);
  const order =
    f.order === 'due'
      ? [sql`${supervisionItems.dueDay} asc nulls last`, asc(supervisionItems.id)]
      : [desc(supervisionItems.year), desc(supervisionItems.serial)];
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(supervisionItems)
      .where(where)
      .orderBy(...order)
      .offset(f.offset)
      .limit(f.limit),
    db.select({ n: count() }).from(supervisionItems).where(where),
  ]);
  return { rows, total: Number(n) };
}

/** The board's counts: per state and deadline colour (red < today ≤ yellow ≤ warnDay < green). */
export async function boardCounts(
  db: Db,
  where: Array<SQL | undefined>,
  today: string,
  warnDay: string,
): Promise<Array<{ status: ItemStatus; light: string; n: number }>> {
  const light = deadlineLight(today, warnDay);
  const rows = await db
    .select({ status: supervisionItems.status, light, n: count() })
    .from(supervisionItems)
    .where(and(...where))
    .groupBy(sql`1`, sql`2`);
  return rows.map((r) => ({ status: r.status, light: r.light, n: Number(r.n) }));
}

// ---- reports ----

export async function insertReport(db: Db, row: NewReportRow): Promise<ReportRow> {
  const [out] = await db.insert(supervisionReports).values(row).returning();
  return out;
}

export async function findReportForUpdate(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(supervisionReports).where(eq(supervisionReports.id, id)).for('update');
  return row;
}

export async function updateReport(db: Db, id: string, patch: Partial<NewReportRow>): Promise<ReportRow> {
  const [row] = await db
    .update(supervisionReports)
    .set(patch)
    .where(eq(supervisionReports.id, id))
    .returning();
  return row;
}

export async function reportsOfItem(db: Db, itemId: string): Promise<ReportRow[]> {
  return db
    .select()
    .from(supervisionReports)
    .where(eq(supervisionReports.itemId, itemId))
    .orderBy(desc(supervisionReports.submittedAt));
}

// ---- extension requests ----

export async function insertExtension(db: Db, row: NewExtensionRow): Promise<ExtensionRow> {
  const [out] = await db.insert(supervisionExtensions).values(row).returning();
  return out;
}

/** The item's request waiting for the leader in charge, locked (the item is locked first). */
export async function pendingExtensionForUpdate(db: Db, itemId: string): Promise<ExtensionRow | undefined> {
  const [row] = await db
    .select()
    .from(supervisionExtensions)
    .where(and(eq(supervisionExtensions.itemId, itemId), eq(supervisionExtensions.status, 'pending')))
    .for('update');
  return row;
}

export async function updateExtension(
  db: Db,
  id: string,
  patch: Partial<NewExtensionRow>,
): Promise<ExtensionRow> {
  const [row] = await db
    .update(supervisionExtensions)
    .set(patch)
    .where(eq(supervisionExtensions.id, id))
    .returning();
  return row;
}

export async function extensionsOfItem(db: Db, itemId: string): Promise<ExtensionRow[]> {
  return db
    .select()
    .from(supervisionExtensions)
    .where(eq(supervisionExtensions.itemId, itemId))
    .orderBy(desc(supervisionExtensions.requestedAt));
}

// ---- 重点工作公开 ----

/** The items the department publishes (/openness/key-tasks), by year and number. */
export async function publishedItemRows(db: Db): Promise<ItemRow[]> {
  return db
    .select()
    .from(supervisionItems)
    .where(eq(supervisionItems.published, true))
    .orderBy(desc(supervisionItems.year), asc(supervisionItems.serial))
    .limit(500);
}

/** The progress notes the office marked for publication on accepted reports of these items. */
export async function publicNotesOf(
  db: Db,
  itemIds: string[],
): Promise<Array<{ itemId: string; note: string; at: Date }>> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({
      itemId: supervisionReports.itemId,
      note: supervisionReports.publicNote,
      reviewedAt: supervisionReports.reviewedAt,
      submittedAt: supervisionReports.submittedAt,
    })
    .from(supervisionReports)
    .where(
      and(
        inArray(supervisionReports.itemId, itemIds),
        eq(supervisionReports.status, 'accepted'),
        ne(supervisionReports.publicNote, ''),
      ),
    )
    .orderBy(desc(supervisionReports.submittedAt));
  return rows.map((r) => ({ itemId: r.itemId, note: r.note, at: r.reviewedAt ?? r.submittedAt }));
}

/** Items with a report waiting for the office's review. */
export function hasPendingReport(): SQL {
  return sql`exists (select 1 from ${supervisionReports} where ${supervisionReports.itemId} = ${supervisionItems.id} and ${supervisionReports.status} = 'submitted')`;
}

export async function countItems(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(supervisionItems);
  return Number(n);
}

/** Units an item may be assigned to: the department's divisions and affiliated units, the city bureaus. */
export async function assignableUnits(db: Db): Promise<Array<{ id: string; name: string; type: string }>> {
  return db
    .select({ id: units.id, name: units.name, type: units.type })
    .from(units)
    .where(and(eq(units.active, true), inArray(units.type, ['division', 'affiliated', 'city_bureau'])))
    .orderBy(asc(units.type), asc(units.sort), asc(units.name));
}

/** Whether org's units are there (the demo builds on them). */
export async function unitCodeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return Boolean(row);
}

/** The items whose deadline falls in [from, to], with what the circular counts. */
export async function circularRows(db: Db, from: string, to: string) {
  const rows = await db
    .select({
      id: supervisionItems.id,
      number: supervisionItems.number,
      title: supervisionItems.title,
      source: supervisionItems.source,
      status: supervisionItems.status,
      dueDay: supervisionItems.dueDay,
      closedOnTime: supervisionItems.closedOnTime,
      leaderInChargeName: supervisionItems.leaderInChargeName,
      leadUnitName: supervisionItems.leadUnitName,
      extensionCount: supervisionItems.extensionCount,
      returnedCount: supervisionItems.returnedCount,
      escalation: supervisionItems.escalation,
    })
    .from(supervisionItems)
    .where(sql`${supervisionItems.dueDay} between ${from} and ${to}`)
    .orderBy(asc(supervisionItems.dueDay), asc(supervisionItems.id));
  return rows.map((r) => ({ ...r, dueDay: r.dueDay as string }));
}
