// All SQL of public notices (公示) and the objections sent to them.
import { and, asc, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { opennessNoticeObjections, opennessNotices } from '../openness.table.ts';

export type NoticeRow = typeof opennessNotices.$inferSelect;
export type NewNoticeRow = typeof opennessNotices.$inferInsert;
export type ObjectionRow = typeof opennessNoticeObjections.$inferSelect;

/** Every notice, newest period first (staff). */
export async function listNoticeRows(db: Db): Promise<NoticeRow[]> {
  return db.select().from(opennessNotices).orderBy(desc(opennessNotices.startsOn), desc(opennessNotices.id));
}

/** The notices whose period includes the day, ending soonest first. */
export async function listNoticeRowsOpenOn(db: Db, day: string): Promise<NoticeRow[]> {
  return db
    .select()
    .from(opennessNotices)
    .where(and(lte(opennessNotices.startsOn, day), gte(opennessNotices.endsOn, day)))
    .orderBy(asc(opennessNotices.endsOn), desc(opennessNotices.startsOn));
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(opennessNotices).where(eq(opennessNotices.id, id));
  return row;
}

export async function findNoticeForUpdate(db: Db, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(opennessNotices).where(eq(opennessNotices.id, id)).for('update');
  return row;
}

export async function insertNotice(db: Db, row: NewNoticeRow): Promise<NoticeRow> {
  const [created] = await db.insert(opennessNotices).values(row).returning();
  return created;
}

export async function updateNoticeRow(db: Db, id: string, patch: Partial<NewNoticeRow>): Promise<NoticeRow> {
  const [row] = await db.update(opennessNotices).set(patch).where(eq(opennessNotices.id, id)).returning();
  return row;
}

export async function countNotices(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(opennessNotices);
  return Number(row?.n ?? 0);
}

export async function insertObjection(
  db: Db,
  row: typeof opennessNoticeObjections.$inferInsert,
): Promise<ObjectionRow> {
  const [created] = await db.insert(opennessNoticeObjections).values(row).returning();
  return created;
}

export async function listObjectionRows(db: Db, noticeId: string): Promise<ObjectionRow[]> {
  return db
    .select()
    .from(opennessNoticeObjections)
    .where(eq(opennessNoticeObjections.noticeId, noticeId))
    .orderBy(asc(opennessNoticeObjections.receivedAt));
}

export async function countObjectionsByNotice(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ noticeId: opennessNoticeObjections.noticeId, n: count() })
    .from(opennessNoticeObjections)
    .groupBy(opennessNoticeObjections.noticeId);
  return new Map(rows.map((r) => [r.noticeId, Number(r.n)]));
}
