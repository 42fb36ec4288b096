// What the platform may know of the things clocks time, by subject type ('service_case',
// 'disclosure'…): who may read one (and so its clocks), where one opens in the workbench, and what
// else must follow when the calendar moves its clocks' due dates (copies a module keeps on its own
// rows). A module registers its subject types once (in its register()); the calendar, the
// reminders and the escalation ladders call back through here and never import the module. Notes
// about a subject's clocks (a ladder step sent, a due date recomputed) go on the platform timeline
// of the subject itself, staff-only.
import type { Ctx } from '../context.ts';
import { appendEvent } from '../timeline/timeline.service.ts';
import { chinaDay, formatDayLong, formatInstant } from './china-date.ts';
import type { Clock } from './clocks.service.ts';

/** A clock whose due date a calendar edit changed, with the date before. */
export interface MovedClock {
  clock: Clock;
  before: { dueAt: Date | null; provisional: boolean };
  /** The calendar years edited, e.g. [2027]. */
  years: number[];
}

export interface TimelineNote {
  /** 'clock.recomputed', 'escalation.催办'… */
  kind: string;
  title: string;
  text: string;
  /** Kept with the event: the clock, the dates before and after, the step. */
  data?: Record<string, unknown>;
}

export interface ClockSubject {
  type: string;
  /**
   * Whether the actor may read the subject, by the module's own permission and data scope: the
   * same rule as the subject's own page. A clock is shown (GET /api/clocks/:id) only to those who
   * may read its subject; a subject type that registers no rule shows its clocks to nobody.
   */
  canRead?(ctx: Ctx, subjectId: string): Promise<boolean>;
  /** Where the subject opens in the workbench ('/admin/services/cases/<id>'). */
  link?(subjectId: string): string | null;
  /**
   * Replaces the platform's own note (a staff-only event on the subject's platform timeline) when a
   * subject keeps its timeline elsewhere; most modules leave it out.
   */
  note?(tx: Ctx, subjectId: string, note: TimelineNote): Promise<void>;
  /** Called in the calendar edit's transaction with this type's clocks that moved. */
  dueMoved?(tx: Ctx, moved: MovedClock[]): Promise<void>;
}

const subjects = new Map<string, ClockSubject>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Registers (or adds to) what the platform may do with a subject type's items. */
export function registerClockSubject(subject: ClockSubject): void {
  subjects.set(subject.type, { ...subjects.get(subject.type), ...subject });
}

export function clockSubject(type: string): ClockSubject | undefined {
  return subjects.get(type);
}

export function clockLink(type: string, subjectId: string): string | null {
  return subjects.get(type)?.link?.(subjectId) ?? null;
}

/** Whether the actor may read the clock's subject (its module's rule); false without one. */
export async function maySeeSubject(
  ctx: Ctx,
  clock: Pick<Clock, 'subjectType' | 'subjectId'>,
): Promise<boolean> {
  const canRead = subjects.get(clock.subjectType)?.canRead;
  return canRead ? canRead(ctx, clock.subjectId) : false;
}

/**
 * Writes a staff-only note on the subject's platform timeline (subject type and id of the clock),
 * in tx, stamped with tx's actor and time: the subject's page shows it in its 办理过程.
 */
export async function noteOnSubject(
  tx: Ctx,
  clock: Pick<Clock, 'subjectType' | 'subjectId'>,
  note: TimelineNote,
): Promise<void> {
  const own = subjects.get(clock.subjectType)?.note;
  if (own) return own(tx, clock.subjectId, note);
  // The platform timeline keys its subjects by uuid, as every module's rows are; a clock timing
  // something known only by an outside reference has no timeline to write on.
  if (!UUID.test(clock.subjectId)) return;
  await appendEvent(
    tx,
    { type: clock.subjectType, id: clock.subjectId },
    { kind: note.kind, text: note.title, staffNote: note.text, visibility: 'staff', data: note.data ?? null },
  );
}

type MovedListener = (tx: Ctx, moved: MovedClock[]) => Promise<void>;
const movedListeners: MovedListener[] = [];

/** Platform parts that act on every moved clock (notify tells the handlers). */
export function onClockDueMoved(listener: MovedListener): void {
  if (!movedListeners.includes(listener)) movedListeners.push(listener);
}

/** "2027年1月5日（星期二）（暂定）", or the instant for an hours clock; "未能计算" without a date. */
export function describeDue(dueAt: Date | null, provisional: boolean, unit: Clock['limit']['unit']): string {
  if (!dueAt) return '未能计算';
  const when = unit === 'hours' ? formatInstant(dueAt) : formatDayLong(chinaDay(dueAt));
  return provisional ? `${when}（暂定）` : when;
}

/** The one sentence a moved clock's note and notice say. */
export function movedText(m: MovedClock): string {
  const c = m.clock;
  const why =
    m.years.length > 0
      ? `工作日历录入${m.years.map((y) => `${y}年`).join('、')}节假日安排后重新计算`
      : '工作日历更新后重新计算';
  const after = describeDue(c.dueAt, c.provisional !== null, c.limit.unit);
  return `${why}，「${c.label}」的届满日由${describeDue(m.before.dueAt, m.before.provisional, c.limit.unit)}改为${after}。`;
}

/**
 * Runs after a recompute, in its transaction: a note on each moved clock's subject timeline, each
 * subject type's own hook (copies of due dates on its rows), then the listeners (the notices).
 */
export async function announceMovedClocks(tx: Ctx, moved: MovedClock[]): Promise<void> {
  if (moved.length === 0) return;
  for (const m of moved)
    await noteOnSubject(tx, m.clock, {
      kind: 'clock.recomputed',
      title: '届满日重新计算',
      text: movedText(m),
      data: {
        clockId: m.clock.id,
        years: m.years,
        before: { dueAt: m.before.dueAt?.toISOString() ?? null, provisional: m.before.provisional },
        after: { dueAt: m.clock.dueAt?.toISOString() ?? null, provisional: m.clock.provisional !== null },
      },
    });
  const byType = new Map<string, MovedClock[]>();
  for (const m of moved) byType.set(m.clock.subjectType, [...(byType.get(m.clock.subjectType) ?? []), m]);
  for (const [type, list] of byType) await subjects.get(type)?.dueMoved?.(tx, list);
  for (const listener of movedListeners) await listener(tx, moved);
}
