// Reads for the freshness monitor: the column tree with responsible units, and per column its live
// articles and their newest publication (the portal core's tables, read only).
import { asc, count, eq, isNotNull, max } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { units } from '../../org/org.table.ts';
import { portalArticles, portalColumns } from '../../portal/index.ts';
import type { ColumnActivityInput, ColumnInput } from './freshness.rules.ts';

/** The columns, with a module column's target (whose page the service looks up). */
export async function listColumnsForFreshness(
  db: Db,
): Promise<Array<ColumnInput & { target: string | null }>> {
  return db
    .select({
      id: portalColumns.id,
      parentId: portalColumns.parentId,
      code: portalColumns.code,
      name: portalColumns.name,
      level: portalColumns.level,
      kind: portalColumns.kind,
      target: portalColumns.target,
      category: portalColumns.category,
      updateDays: portalColumns.updateDays,
      visible: portalColumns.visible,
      responsibleUnitId: portalColumns.responsibleUnitId,
      responsibleUnitName: units.name,
      responsibleUnitPath: units.path,
      createdAt: portalColumns.createdAt,
    })
    .from(portalColumns)
    .innerJoin(units, eq(units.id, portalColumns.responsibleUnitId))
    .orderBy(asc(portalColumns.level), asc(portalColumns.sort), asc(portalColumns.code));
}

export async function liveActivityByColumn(db: Db): Promise<Map<string, ColumnActivityInput>> {
  const rows = await db
    .select({
      columnId: portalArticles.columnId,
      live: count(),
      lastNew: max(portalArticles.firstPublishedAt),
      lastChange: max(portalArticles.publishedAt),
    })
    .from(portalArticles)
    .where(isNotNull(portalArticles.liveEdition))
    .groupBy(portalArticles.columnId);
  return new Map(
    rows.map((r) => [
      r.columnId,
      { live: r.live, lastNew: r.lastNew ?? null, lastChange: r.lastChange ?? null },
    ]),
  );
}
