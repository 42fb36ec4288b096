import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { receiptAttempts } from './receipts.table.ts';

export async function findAttempts(db: Db, codeKey: string) {
  const [row] = await db.select().from(receiptAttempts).where(eq(receiptAttempts.codeKey, codeKey));
  return row;
}

/** One more wrong try; at `max` the code is locked until `until` and the count starts again. */
export async function countFailure(db: Db, codeKey: string, max: number, now: Date, until: Date) {
  await db
    .insert(receiptAttempts)
    .values({ codeKey, failures: 1, updatedAt: now, lockedUntil: max <= 1 ? until : null })
    .onConflictDoUpdate({
      target: receiptAttempts.codeKey,
      set: {
        failures: sql`case when ${receiptAttempts.failures} + 1 >= ${max} then 0 else ${receiptAttempts.failures} + 1 end`,
        lockedUntil: sql`case when ${receiptAttempts.failures} + 1 >= ${max} then ${until.toISOString()}::timestamptz else ${receiptAttempts.lockedUntil} end`,
        updatedAt: now,
      },
    });
}

export async function clearAttempts(db: Db, codeKey: string): Promise<void> {
  await db.delete(receiptAttempts).where(eq(receiptAttempts.codeKey, codeKey));
}
