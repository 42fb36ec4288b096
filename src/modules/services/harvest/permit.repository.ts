// All SQL of permits and certificates: the permit rows and the public register's queries (the
// certificates' serials are platform numbering's, documents/numbering.ts).
import { and, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { type ScopeColumns, scopeWhere } from '../../../platform/access/scope.ts';
import type { Db } from '../../../platform/db/client.ts';
import { containing } from '../../../platform/db/like.ts';
import type { RegionScope } from './harvest.policy.ts';
import { harvestPermits, type PermitStatus } from './permit.table.ts';

// Permits belong to counties (and through them to cities): the region scope's columns.
const PERMIT_REGION: ScopeColumns = { region: [harvestPermits.countyCode, harvestPermits.cityCode] };

export type PermitRow = typeof harvestPermits.$inferSelect;
export type NewPermitRow = typeof harvestPermits.$inferInsert;

export async function findPermitByCase(db: Db, caseId: string, lock = false): Promise<PermitRow | undefined> {
  const q = db.select().from(harvestPermits).where(eq(harvestPermits.caseId, caseId));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findPermit(db: Db, id: string, lock = false): Promise<PermitRow | undefined> {
  const q = db.select().from(harvestPermits).where(eq(harvestPermits.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findPermitByNumberKey(db: Db, key: string): Promise<PermitRow | undefined> {
  const [row] = await db.select().from(harvestPermits).where(eq(harvestPermits.numberKey, key));
  return row;
}

export async function insertPermit(db: Db, row: NewPermitRow): Promise<PermitRow> {
  const [created] = await db.insert(harvestPermits).values(row).returning();
  return created;
}

export async function updatePermit(db: Db, id: string, patch: Partial<NewPermitRow>): Promise<PermitRow> {
  const [row] = await db.update(harvestPermits).set(patch).where(eq(harvestPermits.id, id)).returning();
  return row;
}

export interface PermitFilter {
  statuses?: PermitStatus[];
  /** Only permits of counties in this scope; none: every permit. */
  scope?: RegionScope;
  countyCode?: string;
  cityCode?: string;
  /** Receipt code, certificate number or holder name (staff search). */
  q?: string;
  /** Only permits that received a certificate number. */
  issuedOnly?: boolean;
}

function permitWhere(f: PermitFilter): SQL | undefined {
  const where: SQL[] = [];
  const scoped = f.scope && scopeWhere(f.scope.actor, f.scope.scope, PERMIT_REGION);
  if (scoped) where.push(scoped);
  if (f.statuses?.length) where.push(inArray(harvestPermits.status, f.statuses));
  if (f.countyCode) where.push(eq(harvestPermits.countyCode, f.countyCode));
  if (f.cityCode) where.push(eq(harvestPermits.cityCode, f.cityCode));
  if (f.issuedOnly) where.push(isNotNull(harvestPermits.number));
  if (f.q) {
    const like = containing(f.q);
    where.push(
      sql`(${harvestPermits.receiptCode} ilike ${like} or ${harvestPermits.number} ilike ${like} or ${harvestPermits.holderName} ilike ${like})`,
    );
  }
  return where.length ? and(...where) : undefined;
}

export async function listPermitRows(
  db: Db,
  f: PermitFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: PermitRow[] }> {
  const where = permitWhere(f);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(harvestPermits)
    .where(where);
  const items = await db
    .select()
    .from(harvestPermits)
    .where(where)
    .orderBy(
      desc(sql`coalesce(${harvestPermits.issuedAt}, ${harvestPermits.approvedAt})`),
      desc(harvestPermits.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  return { total, items };
}

export async function serialsOfYear(db: Db, year: number): Promise<number[]> {
  const rows = await db
    .select({ serial: harvestPermits.serial })
    .from(harvestPermits)
    .where(eq(harvestPermits.year, year))
    .orderBy(harvestPermits.serial);
  return rows.map((r) => r.serial!).filter((s) => s !== null);
}
