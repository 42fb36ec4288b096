// The SQL of emergency reports (突发事件信息): an initial report's follow-up and final reports in
// order, and the emergency board's rows (initial reports with their unit and chain) in a scope.
import { and, asc, desc, eq, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { units } from '../../org/index.ts';
import { infoItems } from '../info.table.ts';
import type { ItemRow } from '../items/items.repository.ts';

/** The follow-up and final reports of an initial report, earliest first. */
export async function listFollowUps(db: Db, initialId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(infoItems)
    .where(and(eq(infoItems.initialId, initialId), ne(infoItems.status, 'withdrawn')))
    .orderBy(asc(infoItems.submittedAt), asc(infoItems.createdAt));
}

export interface BoardRow {
  id: string;
  title: string;
  status: ItemRow['status'];
  unitId: string;
  unitName: string;
  eventAt: Date;
  dueAt: Date | null;
  submittedAt: Date | null;
  emergency: ItemRow['emergency'];
  followUps: number;
  finalAt: Date | null;
}

/**
 * Initial reports in the scope, newest event first: reported ones, and registrations (drafts)
 * where `drafts` allows — the caller decides what of a registration it shows.
 */
export async function boardRows(
  db: Db,
  f: { scope: SQL | undefined; drafts: boolean; limit: number },
): Promise<BoardRow[]> {
  const followUps = sql<number>`(select count(*)::int from ${infoItems} f where f.initial_id = ${infoItems.id} and f.report_kind = 'followup' and f.status <> 'withdrawn')`;
  const finalAt = sql<
    string | Date | null
  >`(select max(f.submitted_at) from ${infoItems} f where f.initial_id = ${infoItems.id} and f.report_kind = 'final' and f.status <> 'withdrawn')`;
  const rows = await db
    .select({
      id: infoItems.id,
      title: infoItems.title,
      status: infoItems.status,
      unitId: infoItems.unitId,
      unitName: sql<string>`coalesce(${units.shortName}, ${units.name})`,
      eventAt: infoItems.eventAt,
      dueAt: infoItems.dueAt,
      submittedAt: infoItems.submittedAt,
      emergency: infoItems.emergency,
      followUps,
      finalAt,
    })
    .from(infoItems)
    .innerJoin(units, eq(units.id, infoItems.unitId))
    .where(
      and(
        f.scope,
        eq(infoItems.reportKind, 'initial'),
        isNotNull(infoItems.eventAt),
        f.drafts ? undefined : ne(infoItems.status, 'draft'),
        ne(infoItems.status, 'withdrawn'),
      ),
    )
    .orderBy(desc(infoItems.eventAt), desc(infoItems.id))
    .limit(f.limit);
  return rows.map((r) => ({
    ...r,
    eventAt: r.eventAt as Date,
    followUps: Number(r.followUps),
    finalAt: r.finalAt ? new Date(r.finalAt) : null,
  }));
}
