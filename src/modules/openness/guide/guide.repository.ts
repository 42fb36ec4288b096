// All SQL of the disclosure guide (政府信息公开指南): its versions, newest first.
import { desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { opennessGuideVersions } from '../openness.table.ts';

export type GuideRow = typeof opennessGuideVersions.$inferSelect;

export async function findLatestGuide(db: Db): Promise<GuideRow | undefined> {
  const [row] = await db
    .select()
    .from(opennessGuideVersions)
    .orderBy(desc(opennessGuideVersions.version))
    .limit(1);
  return row;
}

export async function findGuideVersion(db: Db, version: number): Promise<GuideRow | undefined> {
  const [row] = await db
    .select()
    .from(opennessGuideVersions)
    .where(eq(opennessGuideVersions.version, version));
  return row;
}

export async function listGuideRows(db: Db): Promise<GuideRow[]> {
  return db.select().from(opennessGuideVersions).orderBy(desc(opennessGuideVersions.version));
}

export async function lastGuideVersion(db: Db): Promise<number> {
  const [row] = await db.select({ v: max(opennessGuideVersions.version) }).from(opennessGuideVersions);
  return row?.v ?? 0;
}

export async function insertGuide(db: Db, row: typeof opennessGuideVersions.$inferInsert): Promise<GuideRow> {
  const [created] = await db.insert(opennessGuideVersions).values(row).returning();
  return created;
}
