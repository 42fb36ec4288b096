// All SQL of the laws library (政策法规库): filtered pages, newest in force first; one entry; writes.
import { and, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { containing } from '../../../platform/db/like.ts';
import { type LawKind, opennessLaws, type Validity } from '../openness.table.ts';

export type LawRow = typeof opennessLaws.$inferSelect;
export type NewLawRow = typeof opennessLaws.$inferInsert;

export interface LawFilter {
  kind?: LawKind;
  validity?: Validity;
  /** true: the public's view (verified only); false: the unverified only; undefined: all. */
  verified?: boolean;
  /** Words of the title, the number or the issuing body. */
  q?: string;
  limit: number;
  offset: number;
}

function lawWhere(f: LawFilter): SQL | undefined {
  return and(
    f.kind ? eq(opennessLaws.kind, f.kind) : undefined,
    f.validity ? eq(opennessLaws.validity, f.validity) : undefined,
    f.verified === undefined ? undefined : eq(opennessLaws.verified, f.verified),
    f.q
      ? sql`(${ilike(opennessLaws.title, containing(f.q))} or ${ilike(opennessLaws.docNumber, containing(f.q))} or ${ilike(opennessLaws.issuer, containing(f.q))})`
      : undefined,
  );
}

export async function listLawRows(db: Db, f: LawFilter): Promise<{ total: number; rows: LawRow[] }> {
  const where = lawWhere(f);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(opennessLaws)
      .where(where)
      .orderBy(sql`${opennessLaws.effectiveOn} desc nulls last`, desc(opennessLaws.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(opennessLaws).where(where),
  ]);
  return { total: Number(n), rows };
}

/** How many entries of each kind (the public's: verified only). */
export async function countLawsByKind(db: Db, verifiedOnly: boolean): Promise<Map<LawKind, number>> {
  const rows = await db
    .select({ kind: opennessLaws.kind, n: count() })
    .from(opennessLaws)
    .where(verifiedOnly ? eq(opennessLaws.verified, true) : undefined)
    .groupBy(opennessLaws.kind);
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

export async function findLaw(db: Db, id: string): Promise<LawRow | undefined> {
  const [row] = await db.select().from(opennessLaws).where(eq(opennessLaws.id, id));
  return row;
}

export async function findLawForUpdate(db: Db, id: string): Promise<LawRow | undefined> {
  const [row] = await db.select().from(opennessLaws).where(eq(opennessLaws.id, id)).for('update');
  return row;
}

export async function listAllLawRows(db: Db): Promise<LawRow[]> {
  return db.select().from(opennessLaws);
}

export async function countLaws(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(opennessLaws);
  return Number(row?.n ?? 0);
}

export async function insertLaw(db: Db, row: NewLawRow): Promise<LawRow> {
  const [created] = await db.insert(opennessLaws).values(row).returning();
  return created;
}

export async function updateLawRow(db: Db, id: string, patch: Partial<NewLawRow>): Promise<LawRow> {
  const [row] = await db.update(opennessLaws).set(patch).where(eq(opennessLaws.id, id)).returning();
  return row;
}
