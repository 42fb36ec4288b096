// The timeline's SQL: append, read a subject's events in order, the last event of a kind, and
// the rows for a bigger statement (an application's case and its first step in one insert).
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { insertRows } from '../db/bulk-insert.ts';
import type { Db } from '../db/client.ts';
import { type EventVisibility, timelineEvents } from './timeline.table.ts';

export type TimelineEventRow = typeof timelineEvents.$inferSelect;
export type NewTimelineEventRow = typeof timelineEvents.$inferInsert;

export async function insertEventRows(db: Db, rows: NewTimelineEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insert(timelineEvents).values(rows.slice(i, i + 200));
}

/** The insert of rows as one statement, for a `with` part of the caller's statement. */
export function eventRowsInsert(rows: NewTimelineEventRow[]): SQL {
  return insertRows(timelineEvents, rows);
}

export async function listEventRows(
  db: Db,
  subjectType: string,
  subjectId: string,
  visibility?: EventVisibility,
): Promise<TimelineEventRow[]> {
  return db
    .select()
    .from(timelineEvents)
    .where(
      and(
        eq(timelineEvents.subjectType, subjectType),
        eq(timelineEvents.subjectId, subjectId),
        visibility ? eq(timelineEvents.visibility, visibility) : undefined,
      ),
    )
    .orderBy(asc(timelineEvents.seq));
}

export async function findLastEventRow(
  db: Db,
  subjectType: string,
  subjectId: string,
  kinds: string[],
): Promise<TimelineEventRow | undefined> {
  const [row] = await db
    .select()
    .from(timelineEvents)
    .where(
      and(
        eq(timelineEvents.subjectType, subjectType),
        eq(timelineEvents.subjectId, subjectId),
        inArray(timelineEvents.kind, kinds),
      ),
    )
    .orderBy(desc(timelineEvents.seq))
    .limit(1);
  return row;
}

export async function deleteEventRows(db: Db, subjectType: string, subjectId: string): Promise<void> {
  await db
    .delete(timelineEvents)
    .where(and(eq(timelineEvents.subjectType, subjectType), eq(timelineEvents.subjectId, subjectId)));
}
