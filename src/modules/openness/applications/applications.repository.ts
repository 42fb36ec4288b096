// All the SQL of applications for disclosure: the rows, the queue in order of days left, the
// wrong-password counter by keyed receipt code.
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { type ApplicationStatus, opennessApplications } from '../openness.table.ts';

export type ApplicationRow = typeof opennessApplications.$inferSelect;
export type NewApplicationRow = typeof opennessApplications.$inferInsert;

export async function insertApplication(db: Db, row: NewApplicationRow): Promise<ApplicationRow> {
  const [r] = await db.insert(opennessApplications).values(row).returning();
  return r;
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [r] = await db.select().from(opennessApplications).where(eq(opennessApplications.id, id));
  return r;
}

export async function findApplicationForUpdate(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [r] = await db
    .select()
    .from(opennessApplications)
    .where(eq(opennessApplications.id, id))
    .for('update');
  return r;
}

export async function findApplicationByReceipt(db: Db, code: string): Promise<ApplicationRow | undefined> {
  const [r] = await db.select().from(opennessApplications).where(eq(opennessApplications.receiptCode, code));
  return r;
}

export async function updateApplication(
  db: Db,
  id: string,
  patch: Partial<NewApplicationRow>,
): Promise<ApplicationRow> {
  const [r] = await db
    .update(opennessApplications)
    .set(patch)
    .where(eq(opennessApplications.id, id))
    .returning();
  return r;
}

export async function setDueOf(db: Db, id: string, dueAt: Date | null): Promise<void> {
  await db.update(opennessApplications).set({ dueAt }).where(eq(opennessApplications.id, id));
}

/** The queue: the statuses asked for, the nearest due date first (those without one last). */
export async function listApplicationRows(
  db: Db,
  filter: { statuses: readonly ApplicationStatus[]; limit: number; offset: number },
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const where: SQL | undefined = inArray(opennessApplications.status, [...filter.statuses]);
  const rows = await db
    .select()
    .from(opennessApplications)
    .where(where)
    .orderBy(sql`${opennessApplications.dueAt} asc nulls last`, asc(opennessApplications.receivedAt))
    .limit(filter.limit)
    .offset(filter.offset);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(opennessApplications).where(where);
  return { rows, total: n };
}

export async function countByStatus(db: Db): Promise<Array<{ status: ApplicationStatus; n: number }>> {
  return db
    .select({ status: opennessApplications.status, n: sql<number>`count(*)::int` })
    .from(opennessApplications)
    .groupBy(opennessApplications.status);
}

/** Applications whose 补正 window closed before `before` without completion. */
export async function listLapsedSupplements(db: Db, before: Date): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(opennessApplications)
    .where(
      and(
        eq(opennessApplications.status, 'supplement'),
        eq(opennessApplications.dueKind, 'openness.supplement'),
        sql`${opennessApplications.dueAt} < ${before.toISOString()}::timestamptz`,
        isNull(opennessApplications.supplementedAt),
      ),
    );
}

/** Consultations whose third party's 15 working days ended before `before`. */
export async function listLapsedConsultationRows(db: Db, before: Date): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(opennessApplications)
    .where(
      and(
        eq(opennessApplications.status, 'consulting'),
        eq(opennessApplications.dueKind, 'openness.consult'),
        sql`${opennessApplications.dueAt} < ${before.toISOString()}::timestamptz`,
      ),
    );
}
