// All the SQL of bulletins (信息专报): the issues, their ordered items, the leaders' instructions.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { units } from '../../org/index.ts';
import { infoBulletinItems, infoBulletins, infoInstructions, infoItems } from '../info.table.ts';

export type BulletinRow = typeof infoBulletins.$inferSelect;
export type BulletinItemRow = typeof infoBulletinItems.$inferSelect;
export type InstructionRow = typeof infoInstructions.$inferSelect;

export async function insertBulletin(db: Db, row: typeof infoBulletins.$inferInsert): Promise<BulletinRow> {
  const [r] = await db.insert(infoBulletins).values(row).returning();
  return r;
}

export async function findBulletin(db: Db, id: string): Promise<BulletinRow | undefined> {
  const [r] = await db.select().from(infoBulletins).where(eq(infoBulletins.id, id));
  return r;
}

export async function lockBulletin(db: Db, id: string): Promise<BulletinRow | undefined> {
  const [r] = await db.select().from(infoBulletins).where(eq(infoBulletins.id, id)).for('update');
  return r;
}

export async function updateBulletin(
  db: Db,
  id: string,
  patch: Partial<typeof infoBulletins.$inferInsert>,
): Promise<BulletinRow> {
  const [r] = await db.update(infoBulletins).set(patch).where(eq(infoBulletins.id, id)).returning();
  return r;
}

export async function replaceBulletinItems(
  db: Db,
  bulletinId: string,
  rows: BulletinItemRow[],
): Promise<void> {
  await db.delete(infoBulletinItems).where(eq(infoBulletinItems.bulletinId, bulletinId));
  if (rows.length) await db.insert(infoBulletinItems).values(rows);
}

export interface BulletinItemView extends BulletinItemRow {
  unitId: string;
  unitName: string;
  originalTitle: string;
  classified: boolean;
  status: string;
}

export async function bulletinItems(db: Db, bulletinId: string): Promise<BulletinItemView[]> {
  const rows = await db
    .select({
      bi: infoBulletinItems,
      unitId: infoItems.unitId,
      unitName: units.name,
      originalTitle: infoItems.title,
      classified: infoItems.classified,
      status: infoItems.status,
    })
    .from(infoBulletinItems)
    .innerJoin(infoItems, eq(infoItems.id, infoBulletinItems.itemId))
    .innerJoin(units, eq(units.id, infoItems.unitId))
    .where(eq(infoBulletinItems.bulletinId, bulletinId))
    .orderBy(asc(infoBulletinItems.position));
  return rows.map((r) => ({
    ...r.bi,
    unitId: r.unitId,
    unitName: r.unitName,
    originalTitle: r.originalTitle,
    classified: r.classified,
    status: r.status,
  }));
}

/** Issues newest first (drafts first of all), with their item and instruction counts. */
export async function listBulletinRows(db: Db, f: { year?: number; limit: number; offset: number }) {
  const where: SQL | undefined = f.year ? eq(infoBulletins.year, f.year) : undefined;
  const rows = await db
    .select({
      b: infoBulletins,
      items: sql<number>`(select count(*) from ${infoBulletinItems} x where x.bulletin_id = ${infoBulletins.id})::int`,
      instructions: sql<number>`(select count(*) from ${infoInstructions} x where x.bulletin_id = ${infoBulletins.id})::int`,
    })
    .from(infoBulletins)
    .where(where)
    .orderBy(
      sql`${infoBulletins.status} = 'issued'`,
      desc(infoBulletins.year),
      desc(infoBulletins.serial),
      desc(infoBulletins.createdAt),
    )
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(infoBulletins).where(where);
  return { rows, total: n };
}

/** The issues an item appeared in (for its page and the website sharing). */
export async function bulletinsOfItem(
  db: Db,
  itemId: string,
): Promise<Array<{ id: string; number: string | null; title: string }>> {
  return db
    .select({ id: infoBulletins.id, number: infoBulletins.number, title: infoBulletins.title })
    .from(infoBulletinItems)
    .innerJoin(infoBulletins, eq(infoBulletins.id, infoBulletinItems.bulletinId))
    .where(and(eq(infoBulletinItems.itemId, itemId), eq(infoBulletins.status, 'issued')))
    .orderBy(asc(infoBulletins.issuedAt));
}

export async function itemsByIds(db: Db, ids: string[]) {
  return ids.length ? db.select().from(infoItems).where(inArray(infoItems.id, ids)) : [];
}

export async function instructionsOf(db: Db, bulletinId: string): Promise<InstructionRow[]> {
  return db
    .select()
    .from(infoInstructions)
    .where(eq(infoInstructions.bulletinId, bulletinId))
    .orderBy(asc(infoInstructions.instructedAt));
}

export async function insertInstruction(
  db: Db,
  row: typeof infoInstructions.$inferInsert,
): Promise<InstructionRow> {
  const [r] = await db.insert(infoInstructions).values(row).returning();
  return r;
}

/** Keeps the supervision item an instruction opened. */
export async function linkInstruction(
  db: Db,
  id: string,
  link: { supervisionItemId: string; supervisionNumber: string },
): Promise<InstructionRow> {
  const [r] = await db.update(infoInstructions).set(link).where(eq(infoInstructions.id, id)).returning();
  return r;
}
