// All SQL on the column tree (栏目). Plain rows out; a column row comes with its responsible
// unit's name and path (for scope checks) where use cases need them.
import { and, asc, count, eq, isNotNull, isNull, like, max, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { units } from '../org/index.ts';
import { portalArticles, portalColumns } from './portal.table.ts';

export type ColumnRow = typeof portalColumns.$inferSelect;
export type NewColumnRow = typeof portalColumns.$inferInsert;

export interface ColumnWithUnit extends ColumnRow {
  responsibleUnitName: string;
  responsibleUnitPath: string;
}

const withUnit = {
  column: portalColumns,
  unitName: units.name,
  unitPath: units.path,
};

function merge(r: { column: ColumnRow; unitName: string; unitPath: string }): ColumnWithUnit {
  return { ...r.column, responsibleUnitName: r.unitName, responsibleUnitPath: r.unitPath };
}

export async function insertColumns(db: Db, rows: NewColumnRow[]): Promise<ColumnRow[]> {
  const out: ColumnRow[] = [];
  // Batches keep each statement's parameter count well under PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 200)
    out.push(
      ...(await db
        .insert(portalColumns)
        .values(rows.slice(i, i + 200))
        .returning()),
    );
  return out;
}

export async function findColumn(db: Db, id: string): Promise<ColumnWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(portalColumns)
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(eq(portalColumns.id, id));
  return row ? merge(row) : undefined;
}

export async function findColumnByCode(db: Db, code: string): Promise<ColumnWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(portalColumns)
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(eq(portalColumns.code, code));
  return row ? merge(row) : undefined;
}

/** The whole tree, parents before children, siblings in order. */
export async function listColumnRows(
  db: Db,
  options: { visibleOnly?: boolean } = {},
): Promise<ColumnWithUnit[]> {
  const rows = await db
    .select(withUnit)
    .from(portalColumns)
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .where(options.visibleOnly ? eq(portalColumns.visible, true) : undefined)
    .orderBy(asc(portalColumns.level), asc(portalColumns.sort), asc(portalColumns.code));
  return rows.map(merge);
}

export async function hasAnyColumn(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: portalColumns.id }).from(portalColumns).limit(1);
  return Boolean(row);
}

export async function listSiblings(db: Db, parentId: string | null): Promise<ColumnRow[]> {
  return db
    .select()
    .from(portalColumns)
    .where(parentId ? eq(portalColumns.parentId, parentId) : isNull(portalColumns.parentId))
    .orderBy(asc(portalColumns.sort), asc(portalColumns.code));
}

export async function updateColumnRow(db: Db, id: string, patch: Partial<NewColumnRow>): Promise<void> {
  await db.update(portalColumns).set(patch).where(eq(portalColumns.id, id));
}

/** Moves a subtree: rewrites the path prefix and shifts the level of every column below `oldPath`. */
export async function rewriteColumnSubtree(
  db: Db,
  oldPath: string,
  newPath: string,
  levelShift: number,
): Promise<void> {
  await db
    .update(portalColumns)
    .set({
      path: sql`${newPath} || substr(${portalColumns.path}, ${oldPath.length + 1})`,
      level: sql`${portalColumns.level} + ${levelShift}`,
    })
    .where(like(portalColumns.path, `${oldPath}%`));
}

/** The deepest level in a subtree (the column's own level when it has no children). */
export async function deepestLevelUnder(db: Db, path: string): Promise<number> {
  const [row] = await db
    .select({ deepest: max(portalColumns.level) })
    .from(portalColumns)
    .where(like(portalColumns.path, `${path}%`));
  return row?.deepest ?? 0;
}

export async function deleteColumnRow(db: Db, id: string): Promise<void> {
  await db.delete(portalColumns).where(eq(portalColumns.id, id));
}

export async function countChildColumns(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(portalColumns).where(eq(portalColumns.parentId, id));
  return row.n;
}

export async function countArticlesIn(db: Db, columnId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(portalArticles)
    .where(eq(portalArticles.columnId, columnId));
  return row.n;
}

export interface ColumnActivity {
  /** Articles the public sees in the column itself. */
  live: number;
  /** The last time a live article of the column was first published (its last update). */
  lastPublishedAt: Date | null;
}

/** Per column: live articles and the last first-publication among them. */
export async function columnActivity(db: Db): Promise<Map<string, ColumnActivity>> {
  const rows = await db
    .select({
      columnId: portalArticles.columnId,
      live: count(),
      last: max(portalArticles.firstPublishedAt),
    })
    .from(portalArticles)
    .where(and(isNotNull(portalArticles.liveEdition)))
    .groupBy(portalArticles.columnId);
  return new Map(rows.map((r) => [r.columnId, { live: r.live, lastPublishedAt: r.last ?? null }]));
}
