// All SQL of the harvest quota: balances, the ledger, and the row lock that serializes movements.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type ScopeColumns, scopeWhere } from '../../../platform/access/scope.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { ForestCategory, HarvestType } from './harvest.form.ts';
import type { RegionScope } from './harvest.policy.ts';
import { harvestQuotaLedger, harvestQuotas, type QuotaMovement } from './quota.table.ts';

export type QuotaRow = typeof harvestQuotas.$inferSelect;
export type LedgerRow = typeof harvestQuotaLedger.$inferSelect;

export interface QuotaKey {
  countyCode: string;
  year: number;
  forestCategory: ForestCategory;
  harvestType: HarvestType;
}

const keyWhere = (k: QuotaKey) =>
  and(
    eq(harvestQuotas.countyCode, k.countyCode),
    eq(harvestQuotas.year, k.year),
    eq(harvestQuotas.forestCategory, k.forestCategory),
    eq(harvestQuotas.harvestType, k.harvestType),
  );

/** Creates the balance row of a key if it does not exist yet (zero everywhere). */
export async function ensureQuotaRow(
  db: Db,
  k: QuotaKey & { cityCode: string; periodStart: number },
  now: Date,
): Promise<void> {
  await db
    .insert(harvestQuotas)
    .values({ ...k, createdAt: now, updatedAt: now })
    .onConflictDoNothing({
      target: [
        harvestQuotas.countyCode,
        harvestQuotas.year,
        harvestQuotas.forestCategory,
        harvestQuotas.harvestType,
      ],
    });
}

/**
 * The balance row, locked until the transaction ends (SELECT … FOR UPDATE): a second approval for
 * the same county, category and type waits here until the first commits, then reads its result.
 */
export async function lockQuotaByKey(db: Db, k: QuotaKey): Promise<QuotaRow | undefined> {
  const [row] = await db.select().from(harvestQuotas).where(keyWhere(k)).for('update');
  return row;
}

export async function lockQuotaById(db: Db, id: string): Promise<QuotaRow | undefined> {
  const [row] = await db.select().from(harvestQuotas).where(eq(harvestQuotas.id, id)).for('update');
  return row;
}

export async function findQuota(db: Db, id: string): Promise<QuotaRow | undefined> {
  const [row] = await db.select().from(harvestQuotas).where(eq(harvestQuotas.id, id));
  return row;
}

/**
 * Moves the balance: allocated += allocatedDelta, consumed += consumedDelta, remaining follows.
 * The WHERE keeps remaining from going negative even if a caller skipped the lock; no row back
 * means the movement would overdraw.
 */
export async function moveBalance(
  db: Db,
  id: string,
  delta: { allocated: number; consumed: number },
  now: Date,
): Promise<QuotaRow | undefined> {
  const change = delta.allocated - delta.consumed;
  const [row] = await db
    .update(harvestQuotas)
    .set({
      allocated: sql`${harvestQuotas.allocated} + ${delta.allocated}::numeric`,
      consumed: sql`${harvestQuotas.consumed} + ${delta.consumed}::numeric`,
      remaining: sql`${harvestQuotas.remaining} + ${change}::numeric`,
      updatedAt: now,
    })
    .where(
      and(
        eq(harvestQuotas.id, id),
        sql`${harvestQuotas.remaining} + ${change}::numeric >= 0`,
        sql`${harvestQuotas.consumed} + ${delta.consumed}::numeric >= 0`,
      ),
    )
    .returning();
  return row;
}

export interface NewLedgerEntry {
  quotaId: string;
  kind: QuotaMovement;
  amount: number;
  remainingAfter: number;
  caseId?: string | null;
  receiptCode?: string | null;
  permitId?: string | null;
  basis?: string | null;
  actorId: string | null;
  actorName: string;
  at: Date;
}

export async function insertLedger(db: Db, entry: NewLedgerEntry): Promise<LedgerRow> {
  const [row] = await db.insert(harvestQuotaLedger).values(entry).returning();
  return row;
}

/** What a case still holds of each quota: its consumption less what has been released. */
export async function outstandingForCase(
  db: Db,
  caseId: string,
): Promise<Array<{ quotaId: string; outstanding: number }>> {
  const rows = await db
    .select({
      quotaId: harvestQuotaLedger.quotaId,
      outstanding: sql<string>`-sum(${harvestQuotaLedger.amount})`,
    })
    .from(harvestQuotaLedger)
    .where(
      and(
        eq(harvestQuotaLedger.caseId, caseId),
        inArray(harvestQuotaLedger.kind, ['consumption', 'release']),
      ),
    )
    .groupBy(harvestQuotaLedger.quotaId);
  return rows.map((r) => ({ quotaId: r.quotaId, outstanding: Number(r.outstanding) }));
}

export interface QuotaFilter {
  /** Only quotas of counties in this scope; none: every quota. */
  scope?: RegionScope;
  year?: number;
  countyCode?: string;
  cityCode?: string;
  forestCategory?: ForestCategory;
  harvestType?: HarvestType;
}

// Quotas belong to counties (and through them to cities): the region scope's columns.
const QUOTA_REGION: ScopeColumns = { region: [harvestQuotas.countyCode, harvestQuotas.cityCode] };

function filterWhere(f: QuotaFilter): SQL | undefined {
  const where: SQL[] = [];
  const scoped = f.scope && scopeWhere(f.scope.actor, f.scope.scope, QUOTA_REGION);
  if (scoped) where.push(scoped);
  if (f.year !== undefined) where.push(eq(harvestQuotas.year, f.year));
  if (f.countyCode) where.push(eq(harvestQuotas.countyCode, f.countyCode));
  if (f.cityCode) where.push(eq(harvestQuotas.cityCode, f.cityCode));
  if (f.forestCategory) where.push(eq(harvestQuotas.forestCategory, f.forestCategory));
  if (f.harvestType) where.push(eq(harvestQuotas.harvestType, f.harvestType));
  return where.length ? and(...where) : undefined;
}

export async function listQuotaRows(
  db: Db,
  f: QuotaFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: QuotaRow[] }> {
  const where = filterWhere(f);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(harvestQuotas).where(where);
  const items = await db
    .select()
    .from(harvestQuotas)
    .where(where)
    .orderBy(
      asc(harvestQuotas.countyCode),
      asc(harvestQuotas.forestCategory),
      // The order of the law: final, tending, renewal, upgrading, other.
      sql`case ${harvestQuotas.harvestType} when 'final' then 1 when 'tending' then 2 when 'renewal' then 3 when 'upgrading' then 4 else 5 end`,
      asc(harvestQuotas.year),
    )
    .limit(page.limit)
    .offset(page.offset);
  return { total, items };
}

export interface QuotaTotals {
  key: string;
  allocated: number;
  consumed: number;
  remaining: number;
}

/** Sums of a filter grouped by city (or county when grouped by county). */
export async function sumQuotas(db: Db, f: QuotaFilter, by: 'city' | 'county'): Promise<QuotaTotals[]> {
  const col = by === 'city' ? harvestQuotas.cityCode : harvestQuotas.countyCode;
  const rows = await db
    .select({
      key: col,
      allocated: sql<string>`coalesce(sum(${harvestQuotas.allocated}), 0)`,
      consumed: sql<string>`coalesce(sum(${harvestQuotas.consumed}), 0)`,
      remaining: sql<string>`coalesce(sum(${harvestQuotas.remaining}), 0)`,
    })
    .from(harvestQuotas)
    .where(filterWhere(f))
    .groupBy(col)
    .orderBy(asc(col));
  return rows.map((r) => ({
    key: r.key,
    allocated: Number(r.allocated),
    consumed: Number(r.consumed),
    remaining: Number(r.remaining),
  }));
}

export async function listLedgerRows(
  db: Db,
  filter: { quotaId?: string; caseId?: string },
  page: { limit: number; offset: number },
): Promise<{ total: number; items: LedgerRow[] }> {
  const where: SQL[] = [];
  if (filter.quotaId) where.push(eq(harvestQuotaLedger.quotaId, filter.quotaId));
  if (filter.caseId) where.push(eq(harvestQuotaLedger.caseId, filter.caseId));
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(harvestQuotaLedger)
    .where(cond);
  const items = await db
    .select()
    .from(harvestQuotaLedger)
    .where(cond)
    .orderBy(desc(harvestQuotaLedger.seq))
    .limit(page.limit)
    .offset(page.offset);
  return { total, items };
}

/** The balance as the ledger says it is, for reconciliation. */
export async function ledgerSums(
  db: Db,
  quotaId: string,
): Promise<{ allocated: number; consumed: number; remaining: number; entries: number }> {
  const [row] = await db
    .select({
      allocated: sql<string>`coalesce(sum(${harvestQuotaLedger.amount}) filter (where ${harvestQuotaLedger.kind} in ('allocation', 'adjustment')), 0)`,
      consumed: sql<string>`coalesce(-sum(${harvestQuotaLedger.amount}) filter (where ${harvestQuotaLedger.kind} in ('consumption', 'release')), 0)`,
      remaining: sql<string>`coalesce(sum(${harvestQuotaLedger.amount}), 0)`,
      entries: sql<number>`count(*)::int`,
    })
    .from(harvestQuotaLedger)
    .where(eq(harvestQuotaLedger.quotaId, quotaId));
  return {
    allocated: Number(row.allocated),
    consumed: Number(row.consumed),
    remaining: Number(row.remaining),
    entries: row.entries,
  };
}

export async function insertQuotaRows(
  db: Db,
  rows: Array<typeof harvestQuotas.$inferInsert>,
): Promise<QuotaRow[]> {
  return rows.length ? db.insert(harvestQuotas).values(rows).returning() : [];
}

export async function insertLedgerRows(db: Db, rows: NewLedgerEntry[]): Promise<void> {
  if (rows.length) await db.insert(harvestQuotaLedger).values(rows);
}

export async function countQuotaRows(db: Db, year: number): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(harvestQuotas)
    .where(eq(harvestQuotas.year, year));
  return n;
}
