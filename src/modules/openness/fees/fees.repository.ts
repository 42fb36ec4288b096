// All SQL of the fee items (行政事业性收费): the list in the office's order, one item, writes.
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { opennessFeeItems } from '../openness.table.ts';

export type FeeItemRow = typeof opennessFeeItems.$inferSelect;
export type NewFeeItemRow = typeof opennessFeeItems.$inferInsert;

/** Every item, or the verified ones only (the public page), in the office's order. */
export async function listFeeItemRows(db: Db, verifiedOnly = false): Promise<FeeItemRow[]> {
  return db
    .select()
    .from(opennessFeeItems)
    .where(verifiedOnly ? eq(opennessFeeItems.verified, true) : undefined)
    .orderBy(asc(opennessFeeItems.sort), asc(opennessFeeItems.code));
}

export async function findFeeItemForUpdate(db: Db, id: string): Promise<FeeItemRow | undefined> {
  const [row] = await db.select().from(opennessFeeItems).where(eq(opennessFeeItems.id, id)).for('update');
  return row;
}

export async function findFeeItemByCode(db: Db, code: string): Promise<FeeItemRow | undefined> {
  const [row] = await db.select().from(opennessFeeItems).where(eq(opennessFeeItems.code, code));
  return row;
}

export async function insertFeeItem(db: Db, row: NewFeeItemRow): Promise<FeeItemRow> {
  const [created] = await db.insert(opennessFeeItems).values(row).returning();
  return created;
}

export async function updateFeeItemRow(
  db: Db,
  id: string,
  patch: Partial<NewFeeItemRow>,
): Promise<FeeItemRow> {
  const [row] = await db.update(opennessFeeItems).set(patch).where(eq(opennessFeeItems.id, id)).returning();
  return row;
}

export async function countFeeItems(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(opennessFeeItems);
  return Number(row?.n ?? 0);
}
