// All SQL of the fees (收费) assessed on cases and their payments.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { servicePayments } from './services.table.ts';

export type PaymentRow = typeof servicePayments.$inferSelect;
export type NewPaymentRow = typeof servicePayments.$inferInsert;

export async function listPaymentRows(db: Db, caseId: string): Promise<PaymentRow[]> {
  return db.select().from(servicePayments).where(eq(servicePayments.caseId, caseId));
}

export async function insertPayment(db: Db, row: NewPaymentRow): Promise<PaymentRow> {
  const [created] = await db.insert(servicePayments).values(row).returning();
  return created;
}

/** A payment of the case, locked until commit. */
export async function lockPayment(
  db: Db,
  caseId: string,
  paymentId: string,
): Promise<PaymentRow | undefined> {
  const [row] = await db
    .select()
    .from(servicePayments)
    .where(and(eq(servicePayments.id, paymentId), eq(servicePayments.caseId, caseId)))
    .for('update');
  return row;
}

export async function updatePayment(db: Db, id: string, set: Partial<NewPaymentRow>): Promise<PaymentRow> {
  const [row] = await db.update(servicePayments).set(set).where(eq(servicePayments.id, id)).returning();
  return row;
}
