// All SQL of the catalogue of service items (办事事项) and the saved versions of their forms.
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { FormDefinition } from './forms.ts';
import { type NotCountedProcedure, serviceItemFormVersions, serviceItems } from './services.table.ts';

export type ItemRow = typeof serviceItems.$inferSelect;
export type NewItemRow = typeof serviceItems.$inferInsert;
export type FormVersionRow = typeof serviceItemFormVersions.$inferSelect;

/** Which of these item codes the catalogue already has. */
export async function existingItemCodes(db: Db, codes: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ code: serviceItems.code })
    .from(serviceItems)
    .where(inArray(serviceItems.code, codes));
  return new Set(rows.map((r) => r.code));
}

/** Inserts items, leaving alone any another instance inserted meanwhile. */
/** Inserts the items not there yet; returns those it inserted. */
export async function insertItems(db: Db, rows: NewItemRow[]): Promise<ItemRow[]> {
  return db.insert(serviceItems).values(rows).onConflictDoNothing().returning();
}

/** Items in the catalogue's order (sort, then code); active ones only unless asked. */
export async function listItemRows(db: Db, options: { includeInactive?: boolean } = {}): Promise<ItemRow[]> {
  return db
    .select()
    .from(serviceItems)
    .where(options.includeInactive ? undefined : eq(serviceItems.active, true))
    .orderBy(asc(serviceItems.sort), asc(serviceItems.code));
}

export async function findItemRow(db: Db, code: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(serviceItems).where(eq(serviceItems.code, code));
  return row;
}

/** The item under a row lock (one edit at a time). */
export async function lockItemRow(db: Db, code: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(serviceItems).where(eq(serviceItems.code, code)).for('update');
  return row;
}

export async function updateItemRow(db: Db, code: string, set: Partial<NewItemRow>): Promise<ItemRow> {
  const [row] = await db.update(serviceItems).set(set).where(eq(serviceItems.code, code)).returning();
  return row;
}

/** The item's newest saved form version number; 0 when its form was never edited. */
export async function lastFormVersion(db: Db, itemCode: string): Promise<number> {
  const [row] = await db
    .select({ version: serviceItemFormVersions.version })
    .from(serviceItemFormVersions)
    .where(eq(serviceItemFormVersions.itemCode, itemCode))
    .orderBy(desc(serviceItemFormVersions.version))
    .limit(1);
  return row?.version ?? 0;
}

export async function insertFormVersion(
  db: Db,
  row: typeof serviceItemFormVersions.$inferInsert,
): Promise<FormVersionRow> {
  const [created] = await db.insert(serviceItemFormVersions).values(row).returning();
  return created;
}

/** The item's saved form versions, newest first. */
export async function listFormVersionRows(db: Db, itemCode: string): Promise<FormVersionRow[]> {
  return db
    .select()
    .from(serviceItemFormVersions)
    .where(eq(serviceItemFormVersions.itemCode, itemCode))
    .orderBy(desc(serviceItemFormVersions.version));
}

/** The form in force at an instant: the newest version saved at or before it; undefined if none. */
export async function formVersionAt(db: Db, itemCode: string, at: Date): Promise<FormDefinition | undefined> {
  const [version] = await db
    .select({ form: serviceItemFormVersions.form })
    .from(serviceItemFormVersions)
    .where(and(eq(serviceItemFormVersions.itemCode, itemCode), lte(serviceItemFormVersions.savedAt, at)))
    .orderBy(desc(serviceItemFormVersions.savedAt), desc(serviceItemFormVersions.version))
    .limit(1);
  return version?.form;
}

/**
 * Gives an item whose list of not-counted procedures is still empty (a database from before
 * migration 0040) the catalogue's; a list already there is never overwritten. True when it wrote.
 */
export async function fillNotCounted(db: Db, code: string, list: NotCountedProcedure[]): Promise<boolean> {
  const rows = await db
    .update(serviceItems)
    .set({ notCounted: list })
    .where(and(eq(serviceItems.code, code), sql`jsonb_array_length(${serviceItems.notCounted}) = 0`))
    .returning({ code: serviceItems.code });
  return rows.length > 0;
}
