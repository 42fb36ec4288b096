// Every query of the calendar and the clocks. Plain rows out; callers pass a transaction or the db.
import crypto from 'node:crypto';
import { and, asc, count, eq, gte, inArray, isNotNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { insertRows } from '../db/bulk-insert.ts';
import type { Db } from '../db/client.ts';
import { calendarDays, calendarVersion, calendarYears, clockEvents, clocks } from './calendar.table.ts';
import { type Calendar, type DayKind, makeCalendar } from './working-days.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type ClockRow = typeof clocks.$inferSelect;
export type ClockEventRow = typeof clockEvents.$inferSelect;
export type NewClock = typeof clocks.$inferInsert;
export type NewClockEvent = typeof clockEvents.$inferInsert;

// Calendar edits hold this lock exclusively; clock writes hold it shared, so a clock never
// stores a due date computed from a calendar that an edit is replacing.
const CALENDAR_LOCK = 7_201_003;

/** Every edit starts here: the exclusive lock, and a new version for the cached copies to notice. */
export async function lockCalendarForEdit(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK})`);
  await db
    .insert(calendarVersion)
    .values({ id: 1, version: crypto.randomUUID() })
    .onConflictDoUpdate({ target: calendarVersion.id, set: { version: crypto.randomUUID() } });
}

export async function lockCalendarForRead(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock_shared(${CALENDAR_LOCK})`);
}

// --- calendar -------------------------------------------------------------------------------------

// The calendar is read on every deadline computation (case queues, the public due-date page, clocks
// started by every application). Its version row, read in the caller's transaction, tells whether the
// cached copy is still the current one — on this instance and after another instance (or an
// uncommitted edit in this transaction) changed it. Versions are random per edit, so two databases in
// one process never mistake each other's calendars.
let cached: { version: string; calendar: Calendar } | null = null;

async function calendarVersionOf(db: Db): Promise<string> {
  const [row] = await db.select({ version: calendarVersion.version }).from(calendarVersion);
  return row?.version ?? 'none';
}

export async function loadCalendar(db: Db): Promise<Calendar> {
  return calendarOfVersion(db, await calendarVersionOf(db));
}

/**
 * lockCalendarForRead and loadCalendar in one round trip when the calendar has a version row: the
 * row is read FOR SHARE, which an edit's update of it (lockCalendarForEdit) waits for — and which
 * waits for an edit that updated it first, then reads the version that edit committed. Without the
 * row (a calendar never edited) the advisory lock is taken and the version read after it.
 */
export async function lockAndLoadCalendar(db: Db): Promise<Calendar> {
  const [row] = await db.select({ version: calendarVersion.version }).from(calendarVersion).for('share');
  if (row) return calendarOfVersion(db, row.version);
  await lockCalendarForRead(db);
  return loadCalendar(db);
}

async function calendarOfVersion(db: Db, version: string): Promise<Calendar> {
  if (cached?.version === version) return cached.calendar;
  const years = await db.select({ year: calendarYears.year }).from(calendarYears);
  const days = await db.select().from(calendarDays);
  const calendar = makeCalendar(
    years.map((y) => y.year),
    days,
  );
  // A database without a version row (never edited) is not cached: nothing can tell its edits apart.
  if (version !== 'none') cached = { version, calendar };
  return calendar;
}

export async function listCalendarYears(
  db: Db,
): Promise<Array<CalendarYearRow & { holidays: number; workdays: number }>> {
  const years = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  const yearOfDay = sql<number>`extract(year from ${calendarDays.day})::int`;
  const counts = await db
    .select({ year: yearOfDay, kind: calendarDays.kind, n: count() })
    .from(calendarDays)
    .groupBy(yearOfDay, calendarDays.kind);
  return years.map((y) => ({
    ...y,
    holidays: counts.find((c) => c.year === y.year && c.kind === 'holiday')?.n ?? 0,
    workdays: counts.find((c) => c.year === y.year && c.kind === 'workday')?.n ?? 0,
  }));
}

export async function findCalendarYear(db: Db, year: number): Promise<CalendarYearRow | undefined> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return row;
}

export async function listDaysOfYear(
  db: Db,
  year: number,
): Promise<Array<{ day: string; kind: DayKind; name: string }>> {
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
}

export async function listKnownYears(db: Db): Promise<number[]> {
  const rows = await db.select({ year: calendarYears.year }).from(calendarYears);
  return rows.map((r) => r.year);
}

/** Adds a year from the package unless it is already there; returns whether it was added. */
export async function insertYearIfAbsent(
  db: Db,
  year: { year: number; source: 'chinese-days' | 'manual'; note: string; at: Date },
  days: Array<{ day: string; kind: DayKind; name: string }>,
): Promise<boolean> {
  const inserted = await db
    .insert(calendarYears)
    .values({ year: year.year, source: year.source, note: year.note, updatedAt: year.at })
    .onConflictDoNothing()
    .returning({ year: calendarYears.year });
  if (inserted.length === 0) return false;
  if (days.length > 0) await db.insert(calendarDays).values(days).onConflictDoNothing();
  return true;
}

/** Replaces a year's schedule: its row (source 'manual') and all its listed days. */
export async function replaceYear(
  db: Db,
  year: { year: number; note: string | null; at: Date; by: string | null },
  days: Array<{ day: string; kind: DayKind; name: string }>,
): Promise<void> {
  await db
    .insert(calendarYears)
    .values({ year: year.year, source: 'manual', note: year.note, updatedAt: year.at, updatedBy: year.by })
    .onConflictDoUpdate({
      target: calendarYears.year,
      set: { source: 'manual', note: year.note, updatedAt: year.at, updatedBy: year.by },
    });
  await db
    .delete(calendarDays)
    .where(and(gte(calendarDays.day, `${year.year}-01-01`), lte(calendarDays.day, `${year.year}-12-31`)));
  if (days.length > 0) await db.insert(calendarDays).values(days);
}

// --- clocks ---------------------------------------------------------------------------------------

/** The insert of whole clock rows (every column given), as one statement to run or to nest. */
export function clocksInsert(rows: ClockRow[]): SQL {
  return insertRows(clocks, rows);
}

export async function findClock(db: Db, id: string): Promise<ClockRow | undefined> {
  const [row] = await db.select().from(clocks).where(eq(clocks.id, id));
  return row;
}

/** The clock, locked until the transaction ends, so its events are written one at a time. */
export async function findClockForUpdate(db: Db, id: string): Promise<ClockRow | undefined> {
  const [row] = await db.select().from(clocks).where(eq(clocks.id, id)).for('update');
  return row;
}

export async function listEventsOf(db: Db, clockId: string): Promise<ClockEventRow[]> {
  return db.select().from(clockEvents).where(eq(clockEvents.clockId, clockId)).orderBy(asc(clockEvents.seq));
}

export async function listEventsOfMany(db: Db, clockIds: string[]): Promise<ClockEventRow[]> {
  if (clockIds.length === 0) return [];
  return db
    .select()
    .from(clockEvents)
    .where(inArray(clockEvents.clockId, clockIds))
    .orderBy(asc(clockEvents.clockId), asc(clockEvents.seq));
}

export async function insertClockEvent(db: Db, row: NewClockEvent): Promise<void> {
  await db.insert(clockEvents).values(row);
}

export async function updateClock(
  db: Db,
  id: string,
  set: Partial<
    Pick<ClockRow, 'status' | 'dueAt' | 'dueError' | 'dueProvisional' | 'explanation' | 'stoppedAt'>
  >,
): Promise<ClockRow> {
  const [row] = await db.update(clocks).set(set).where(eq(clocks.id, id)).returning();
  return row;
}

export async function findClocksOfSubject(
  db: Db,
  subjectType: string,
  subjectId: string,
): Promise<ClockRow[]> {
  return db
    .select()
    .from(clocks)
    .where(and(eq(clocks.subjectType, subjectType), eq(clocks.subjectId, subjectId)))
    .orderBy(asc(clocks.startedAt), asc(clocks.createdAt));
}

export async function listRunningDueBefore(db: Db, before: Date): Promise<ClockRow[]> {
  return db
    .select()
    .from(clocks)
    .where(and(eq(clocks.status, 'running'), isNotNull(clocks.dueAt), lt(clocks.dueAt, before)))
    .orderBy(asc(clocks.dueAt));
}

/** Running and paused clocks: the ones whose due date follows the calendar. */
export async function listOpenClocks(db: Db): Promise<ClockRow[]> {
  return db
    .select()
    .from(clocks)
    .where(or(eq(clocks.status, 'running'), eq(clocks.status, 'paused')))
    .for('update');
}

export async function countOpenClocksWithoutDue(db: Db): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(clocks)
    .where(and(or(eq(clocks.status, 'running'), eq(clocks.status, 'paused')), isNotNull(clocks.dueError)));
  return n;
}

/** Running or paused clocks whose due date is provisional (暂定). */
export async function countOpenProvisionalClocks(db: Db): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(clocks)
    .where(
      and(or(eq(clocks.status, 'running'), eq(clocks.status, 'paused')), eq(clocks.dueProvisional, true)),
    );
  return n;
}

/** A subject's clocks, locked until the transaction ends, oldest first. */
export async function findClocksOfSubjectForUpdate(
  db: Db,
  subjectType: string,
  subjectId: string,
): Promise<ClockRow[]> {
  return db
    .select()
    .from(clocks)
    .where(and(eq(clocks.subjectType, subjectType), eq(clocks.subjectId, subjectId)))
    .orderBy(asc(clocks.startedAt), asc(clocks.createdAt))
    .for('update');
}

/** Who answers for a clock now (a letter transferred to another unit keeps its clock). */
export async function setClockResponsible(
  db: Db,
  id: string,
  set: Pick<ClockRow, 'responsibleUnitId' | 'responsibleAccountId'>,
): Promise<void> {
  await db.update(clocks).set(set).where(eq(clocks.id, id));
}
