// All SQL of a case (办件): the case rows, materials and numbered documents (the timeline is the
// platform's, src/platform/timeline). Methods named by intent, plain rows out; the use cases authorize
// before they call one. The queue, home card and statistics read through case-queue.repository.ts, applicants and
// drafts through applicant.repository.ts, fees through payment.repository.ts.
import { and, asc, eq, max, type SQL, sql } from 'drizzle-orm';
import { insertRows, rowsOf } from '../../platform/db/bulk-insert.ts';
import type { Db } from '../../platform/db/client.ts';
import { eventRowsInsert, type NewTimelineEventRow } from '../../platform/timeline/index.ts';
import { serviceCaseMaterials, serviceCases, serviceDocuments } from './services.table.ts';

export type CaseRow = typeof serviceCases.$inferSelect;
export type NewCaseRow = typeof serviceCases.$inferInsert;
export type MaterialRow = typeof serviceCaseMaterials.$inferSelect;
export type NewMaterialRow = typeof serviceCaseMaterials.$inferInsert;
export type DocumentRow = typeof serviceDocuments.$inferSelect;

// ---- cases ----

export async function findCaseRow(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.id, id));
  return row;
}

/** The case row under a row lock (inside a transaction): one change at a time per case. */
export async function lockCaseRow(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.id, id)).for('update');
  return row;
}

export async function updateCaseRow(db: Db, id: string, set: Partial<NewCaseRow>): Promise<CaseRow> {
  const [row] = await db.update(serviceCases).set(set).where(eq(serviceCases.id, id)).returning();
  return row;
}

export async function findCaseByReceiptCode(db: Db, receiptCode: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(serviceCases).where(eq(serviceCases.receiptCode, receiptCode));
  return row;
}

/** An applicant's cases, oldest first (at most `limit`). */
export async function listCasesOfApplicant(db: Db, accountId: string, limit: number): Promise<CaseRow[]> {
  return db
    .select()
    .from(serviceCases)
    .where(eq(serviceCases.applicantAccountId, accountId))
    .orderBy(asc(serviceCases.submittedAt))
    .limit(limit);
}

/** Counts one wrong second factor in the database (parallel guesses cannot slip past the limit). */
export async function countVerifyFailure(db: Db, id: string): Promise<number> {
  const [r] = await db
    .update(serviceCases)
    .set({ verifyFailures: sql`${serviceCases.verifyFailures} + 1` })
    .where(eq(serviceCases.id, id))
    .returning({ failures: serviceCases.verifyFailures });
  return r.failures;
}

export async function lockVerification(db: Db, id: string, until: Date): Promise<void> {
  await db
    .update(serviceCases)
    .set({ verifyFailures: 0, verifyLockedUntil: until })
    .where(eq(serviceCases.id, id));
}

export async function resetVerifyFailures(db: Db, id: string): Promise<void> {
  await db.update(serviceCases).set({ verifyFailures: 0 }).where(eq(serviceCases.id, id));
}

/**
 * New cases with everything written beside them, in one statement: the acceptance clocks, the
 * timelines' first steps, the files' records and the staff notices (SQL of the platform modules that
 * own those tables), the materials and the cases, and last `auditHead` (the audit chain's head, locked
 * to commit). Returns the inserted cases with the head's seq and hash on each row.
 */
export async function insertNewCases(
  db: Db,
  input: {
    clocks: SQL;
    events: NewTimelineEventRow[];
    files: SQL | null;
    notices: SQL | null;
    materials: NewMaterialRow[];
    cases: NewCaseRow[];
    auditHead: SQL;
  },
): Promise<Array<CaseRow & { lz_audit_seq?: string | null; lz_audit_hash?: string | null }>> {
  const parts = [sql`clocks_in as (${input.clocks})`, sql`timeline as (${eventRowsInsert(input.events)})`];
  if (input.files) parts.push(sql`files_in as (${input.files})`);
  if (input.notices) parts.push(sql`notices as (${input.notices})`);
  if (input.materials.length)
    parts.push(sql`materials as (${insertRows(serviceCaseMaterials, input.materials)})`);
  parts.push(sql`cases_in as (${insertRows(serviceCases, input.cases, { returning: 'all' })})`);
  parts.push(sql`audit_head as (${input.auditHead})`);
  return rowsOf(
    serviceCases,
    await db.execute(
      sql`with ${sql.join(parts, sql`, `)} select c.*, h.seq as lz_audit_seq, h.hash as lz_audit_hash from cases_in c left join audit_head h on true`,
    ),
  ) as Array<CaseRow & { lz_audit_seq?: string | null; lz_audit_hash?: string | null }>;
}

// ---- materials ----

/** The case's materials by round (the application's first), then as received. */
export async function listCaseMaterials(db: Db, caseId: string): Promise<MaterialRow[]> {
  const m = serviceCaseMaterials;
  return db.select().from(m).where(eq(m.caseId, caseId)).orderBy(asc(m.round), asc(m.receivedAt));
}

export async function findCaseMaterialRow(
  db: Db,
  caseId: string,
  materialId: string,
): Promise<MaterialRow | undefined> {
  const m = serviceCaseMaterials;
  const [row] = await db
    .select()
    .from(m)
    .where(and(eq(m.caseId, caseId), eq(m.id, materialId)));
  return row;
}

/** The number of the case's next 补正 round (the application's materials are round 0). */
export async function nextMaterialRound(db: Db, caseId: string): Promise<number> {
  const [r] = await db
    .select({ last: max(serviceCaseMaterials.round) })
    .from(serviceCaseMaterials)
    .where(eq(serviceCaseMaterials.caseId, caseId));
  return (r?.last ?? 0) + 1;
}

export async function insertMaterial(db: Db, row: NewMaterialRow): Promise<void> {
  await db.insert(serviceCaseMaterials).values(row);
}

// ---- documents (文书); their numbers come from platform numbering ----

export async function insertDocument(
  db: Db,
  row: typeof serviceDocuments.$inferInsert,
): Promise<DocumentRow> {
  const [created] = await db.insert(serviceDocuments).values(row).returning();
  return created;
}

export async function findDocumentRow(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(serviceDocuments).where(eq(serviceDocuments.id, id));
  return row;
}

/** The case's documents in the order they were issued. */
export async function listCaseDocuments(db: Db, caseId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(serviceDocuments)
    .where(eq(serviceDocuments.caseId, caseId))
    .orderBy(asc(serviceDocuments.issuedAt));
}
