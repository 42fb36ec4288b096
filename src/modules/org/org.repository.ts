// All SQL of the organisation module: units, people, leaders' charges. Plain rows out.
import {
  and,
  asc,
  count,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { ScopeColumns } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/client.ts';
import { containing } from '../../platform/db/like.ts';
import { leaderCharges, people, type UnitType, units } from './org.table.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;

// ---- units ----

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.code, code));
  return row;
}

export async function findUnitPath(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ path: units.path }).from(units).where(eq(units.id, id));
  return row?.path ?? null;
}

/** Where a unit sits (its path) and the region it governs, for an actor's data scopes. */
export async function findUnitPlace(
  db: Db,
  id: string,
): Promise<{ path: string; regionCode: string | null } | null> {
  const [row] = await db
    .select({ path: units.path, regionCode: units.regionCode })
    .from(units)
    .where(eq(units.id, id));
  return row ?? null;
}

export async function findUnitsByIds(db: Db, ids: string[]): Promise<UnitRow[]> {
  return ids.length ? db.select().from(units).where(inArray(units.id, ids)) : [];
}

export async function findRoot(db: Db): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(isNull(units.parentId)).limit(1);
  return row;
}

export async function hasAnyUnit(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).limit(1);
  return Boolean(row);
}

export async function listUnitRows(
  db: Db,
  filter: { type?: UnitType; includeInactive?: boolean },
): Promise<UnitRow[]> {
  const where: SQL[] = [];
  if (filter.type) where.push(eq(units.type, filter.type));
  if (!filter.includeInactive) where.push(eq(units.active, true));
  return db
    .select()
    .from(units)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(units.sort), asc(units.code));
}

/** Active children per unit, for the whole tree. */
export async function countChildren(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ parentId: units.parentId, n: count() })
    .from(units)
    .where(and(eq(units.active, true), isNotNull(units.parentId)))
    .groupBy(units.parentId);
  return new Map(rows.map((r) => [r.parentId!, r.n]));
}

/** Active people per unit. */
export async function countPeople(db: Db, unitIds?: string[]): Promise<Map<string, number>> {
  const where: SQL[] = [eq(people.active, true)];
  if (unitIds) {
    if (!unitIds.length) return new Map();
    where.push(inArray(people.unitId, unitIds));
  }
  const rows = await db
    .select({ unitId: people.unitId, n: count() })
    .from(people)
    .where(and(...where))
    .groupBy(people.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

export async function countActiveChildren(db: Db, id: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.parentId, id), eq(units.active, true)));
  return n;
}

export async function findSiblingNamed(
  db: Db,
  parentId: string | null,
  name: string,
  exceptId?: string,
): Promise<UnitRow | undefined> {
  const where: SQL[] = [
    parentId ? eq(units.parentId, parentId) : sql`${units.parentId} is null`,
    eq(units.name, name),
  ];
  if (exceptId) where.push(ne(units.id, exceptId));
  const [row] = await db
    .select()
    .from(units)
    .where(and(...where))
    .limit(1);
  return row;
}

export async function insertUnits(db: Db, rows: NewUnitRow[]): Promise<UnitRow[]> {
  return rows.length ? db.insert(units).values(rows).returning() : [];
}

export async function updateUnitRow(db: Db, id: string, patch: Partial<NewUnitRow>): Promise<UnitRow> {
  const [row] = await db.update(units).set(patch).where(eq(units.id, id)).returning();
  return row;
}

/** Rewrites the path prefix of a unit and all below it (a move); returns how many rows changed. */
export async function rewriteSubtreePaths(db: Db, oldPrefix: string, newPrefix: string, now: Date) {
  // Paths hold only ids, '-' and '/', so the prefix needs no LIKE escaping.
  const rows = await db
    .update(units)
    .set({
      path: sql`${newPrefix} || substr(${units.path}, ${oldPrefix.length + 1})`,
      updatedAt: now,
    })
    .where(like(units.path, `${oldPrefix}%`))
    .returning({ id: units.id });
  return rows.length;
}

// ---- people ----

export interface PersonWithUnit extends PersonRow {
  unitName: string;
  unitPath: string;
}

const personColumns = {
  id: people.id,
  unitId: people.unitId,
  name: people.name,
  title: people.title,
  leaderRank: people.leaderRank,
  phoneEnc: people.phoneEnc,
  phoneMask: people.phoneMask,
  email: people.email,
  sort: people.sort,
  active: people.active,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  unitName: units.name,
  unitPath: units.path,
};

/** Where a person's owners are, for the data scope: their unit, and its path for 本单位及下级. */
export const PERSON_SCOPE: ScopeColumns = { unit: people.unitId, unitPath: units.path };

export interface PeopleFilter {
  /** The reader's data scope (scopeWhere on PERSON_SCOPE); absent: everyone. */
  scope?: SQL;
  unitId?: string;
  /** With unitId: the unit and everything below it. */
  unitPathPrefix?: string;
  q?: string;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

export async function listPeopleRows(
  db: Db,
  filter: PeopleFilter,
): Promise<{ total: number; items: PersonWithUnit[] }> {
  const where: SQL[] = [];
  if (filter.scope) where.push(filter.scope);
  if (filter.unitPathPrefix) where.push(like(units.path, `${filter.unitPathPrefix}%`));
  else if (filter.unitId) where.push(eq(people.unitId, filter.unitId));
  if (!filter.includeInactive) where.push(eq(people.active, true));
  if (filter.q) {
    const pattern = containing(filter.q);
    where.push(or(ilike(people.name, pattern), ilike(people.title, pattern))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = await db
    .select({ total: count() })
    .from(people)
    .innerJoin(units, eq(people.unitId, units.id))
    .where(cond);
  const items = await db
    .select(personColumns)
    .from(people)
    .innerJoin(units, eq(people.unitId, units.id))
    .where(cond)
    .orderBy(asc(units.sort), asc(units.code), asc(people.sort), asc(people.name))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total, items };
}

export async function findPerson(db: Db, id: string): Promise<PersonWithUnit | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .innerJoin(units, eq(people.unitId, units.id))
    .where(eq(people.id, id));
  return row;
}

export async function insertPeople(db: Db, rows: NewPersonRow[]): Promise<PersonRow[]> {
  return rows.length ? db.insert(people).values(rows).returning() : [];
}

export async function updatePersonRow(db: Db, id: string, patch: Partial<NewPersonRow>): Promise<void> {
  await db.update(people).set(patch).where(eq(people.id, id));
}

// ---- leaders and their charges (分管) ----

const RANK_ORDER = sql`case ${people.leaderRank} when 'director' then 0 when 'deputy' then 1 else 2 end`;

export async function listLeaderRows(db: Db): Promise<PersonWithUnit[]> {
  return db
    .select(personColumns)
    .from(people)
    .innerJoin(units, eq(people.unitId, units.id))
    .where(and(isNotNull(people.leaderRank), eq(people.active, true)))
    .orderBy(RANK_ORDER, asc(people.sort), asc(people.name));
}

export interface ChargeRow {
  personId: string;
  unitId: string;
  code: string;
  name: string;
  type: UnitType;
  dataStatus: string | null;
}

export async function chargesOf(db: Db, personIds: string[]): Promise<ChargeRow[]> {
  if (!personIds.length) return [];
  return db
    .select({
      personId: leaderCharges.personId,
      unitId: units.id,
      code: units.code,
      name: units.name,
      type: units.type,
      dataStatus: units.dataStatus,
    })
    .from(leaderCharges)
    .innerJoin(units, eq(leaderCharges.unitId, units.id))
    .where(inArray(leaderCharges.personId, personIds))
    .orderBy(asc(units.sort), asc(units.code));
}

/** The active leaders in charge of a unit (分管领导). */
export async function leadersChargedWith(db: Db, unitId: string): Promise<PersonWithUnit[]> {
  return db
    .select(personColumns)
    .from(leaderCharges)
    .innerJoin(people, eq(leaderCharges.personId, people.id))
    .innerJoin(units, eq(people.unitId, units.id))
    .where(and(eq(leaderCharges.unitId, unitId), eq(people.active, true)))
    .orderBy(RANK_ORDER, asc(people.sort));
}

export async function replaceCharges(db: Db, personId: string, unitIds: string[]): Promise<void> {
  await db.delete(leaderCharges).where(eq(leaderCharges.personId, personId));
  if (unitIds.length) await db.insert(leaderCharges).values(unitIds.map((unitId) => ({ personId, unitId })));
}
