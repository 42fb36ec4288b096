import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { requestKeys } from './request-keys.table.ts';

export type RequestKeyRow = typeof requestKeys.$inferSelect;

/** Forgets an actor's keys made before `before`. */
export async function forgetKeysBefore(db: Db, actorId: string, before: Date): Promise<void> {
  await db
    .delete(requestKeys)
    .where(and(eq(requestKeys.actorId, actorId), lt(requestKeys.createdAt, before)));
}

/** Claims (actor, key) for a scope; false when it was claimed before (waits for a claim in flight). */
export async function claimKey(
  db: Db,
  row: { actorId: string; key: string; scope: string; createdAt: Date },
) {
  const claimed = await db
    .insert(requestKeys)
    .values(row)
    .onConflictDoNothing()
    .returning({ key: requestKeys.key });
  return claimed.length > 0;
}

export async function findKey(db: Db, actorId: string, key: string): Promise<RequestKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(requestKeys)
    .where(and(eq(requestKeys.actorId, actorId), eq(requestKeys.key, key)));
  return row;
}

/** Keeps with the key the id of what its first request made. */
export async function recordResult(db: Db, actorId: string, key: string, resultId: string): Promise<void> {
  await db
    .update(requestKeys)
    .set({ resultId })
    .where(and(eq(requestKeys.actorId, actorId), eq(requestKeys.key, key)));
}
