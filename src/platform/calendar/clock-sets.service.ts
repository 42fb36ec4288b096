// Clock sets by subject (按事项的计时组): a case, a letter or a supervision item usually runs
// several clocks at once (受理审查, 法定期限, 承诺时限…). A 补正 pauses them together, the
// materials' arrival resumes them together, closing the item stops them all, and pages show their
// due dates side by side. These functions do that on the existing clocks, one event per clock, in
// the caller's transaction; callers authorize first, as for single clocks.
import { type Ctx, inTransaction } from '../context.ts';
import {
  type ClockRow,
  findClocksOfSubject,
  findClocksOfSubjectForUpdate,
  lockCalendarForRead,
} from './calendar.repository.ts';
import type { ClockUnit } from './calendar.table.ts';
import { chinaDay } from './china-date.ts';
import {
  type ClockDetail,
  type ClockStatus,
  pauseClock,
  resumeClock,
  stopClock,
  toClock,
} from './clocks.service.ts';

export interface ClockSubjectRef {
  /** 'service_case', 'disclosure'… */
  type: string;
  id: string;
}

export interface ClockSetOptions {
  /** Only clocks of these kinds ('services.statutory'); all the subject's clocks when omitted. */
  kinds?: readonly string[];
}

/**
 * Holds the calendar for reading until the transaction ends. A module that locks its own row and
 * then changes that row's clocks calls this before locking the row: a calendar edit takes the
 * calendar first, then the open clocks, then (through its dueMoved hook) the module's rows, so
 * everyone takes the calendar first and nobody waits in a circle.
 */
export async function holdCalendarForRead(tx: Ctx): Promise<void> {
  if (tx.db === tx.database.db) throw new Error('holdCalendarForRead: call it inside a transaction');
  await lockCalendarForRead(tx.db);
}

/**
 * The subject's clocks locked, the calendar lock taken first (shared) as every clock event takes it:
 * a calendar edit (exclusive lock, then the open clocks) and a set change never wait on each other
 * in opposite orders.
 */
async function lockSet(tx: Ctx, subject: ClockSubjectRef, options: ClockSetOptions): Promise<ClockRow[]> {
  await lockCalendarForRead(tx.db);
  return pick(await findClocksOfSubjectForUpdate(tx.db, subject.type, subject.id), options);
}

function pick<T extends { kind: string | null }>(rows: T[], options: ClockSetOptions): T[] {
  if (!options.kinds) return rows;
  const kinds = new Set(options.kinds);
  return rows.filter((r) => r.kind !== null && kinds.has(r.kind));
}

/**
 * The one event for each of the subject's clocks that is in a state it applies to, in one
 * transaction with the set locked; returns the clocks changed.
 */
async function changeSet(
  ctx: Ctx,
  subject: ClockSubjectRef,
  options: ClockSetOptions,
  applies: (status: ClockStatus) => boolean,
  change: (tx: Ctx, clockId: string) => Promise<ClockDetail>,
): Promise<ClockDetail[]> {
  return inTransaction(ctx, async (tx) => {
    const out: ClockDetail[] = [];
    for (const c of await lockSet(tx, subject, options))
      if (applies(c.status)) out.push(await change(tx, c.id));
    return out;
  });
}

/** Pauses the subject's running clocks (补正, 现场核查…); returns the clocks paused. */
export function pauseClocksOf(
  ctx: Ctx,
  subject: ClockSubjectRef,
  input: { reason: string; at?: Date } & ClockSetOptions,
): Promise<ClockDetail[]> {
  return changeSet(
    ctx,
    subject,
    input,
    (status) => status === 'running',
    (tx, id) => pauseClock(tx, id, { reason: input.reason, at: input.at }),
  );
}

/** Resumes the subject's paused clocks, from `at` (e.g. the day the 补正 materials arrived). */
export function resumeClocksOf(
  ctx: Ctx,
  subject: ClockSubjectRef,
  input: { reason?: string; at?: Date } & ClockSetOptions = {},
): Promise<ClockDetail[]> {
  return changeSet(
    ctx,
    subject,
    input,
    (status) => status === 'paused',
    (tx, id) => resumeClock(tx, id, { reason: input.reason, at: input.at }),
  );
}

/** Stops every clock of the subject not yet stopped (办结, 撤回, 终止); returns those stopped. */
export function stopClocksOf(
  ctx: Ctx,
  subject: ClockSubjectRef,
  input: { reason: string; at?: Date } & ClockSetOptions,
): Promise<ClockDetail[]> {
  return changeSet(
    ctx,
    subject,
    input,
    (status) => status !== 'stopped',
    (tx, id) => stopClock(tx, id, { reason: input.reason, at: input.at }),
  );
}

/** One clock's due date as every page shows it: the day, whether it is 暂定 and why, and why the date. */
export interface DueDate {
  clockId: string;
  kind: string | null;
  label: string;
  status: ClockStatus;
  limit: { value: number; unit: ClockUnit };
  dueAt: Date | null;
  /** The China date of dueAt. */
  dueDay: string | null;
  /** Set when the date rests on a year without an official schedule (暂定), with its one-line reason. */
  provisional: { years: number[]; note: string } | null;
  /** Why there is no date (a year no rule describes). */
  dueError: string | null;
  /** The explanation a person can check by hand (起算, 暂停, 延长, 跳过的节假日, 届满). */
  text: string;
}

/** The due dates of the subject's clocks, oldest first (of the kinds asked for). */
export async function dueDatesOf(
  ctx: Ctx,
  subject: ClockSubjectRef,
  options: ClockSetOptions = {},
): Promise<DueDate[]> {
  const rows = pick(await findClocksOfSubject(ctx.db, subject.type, subject.id), options);
  return rows.map((row) => {
    const c = toClock(row);
    return {
      clockId: c.id,
      kind: c.kind,
      label: c.label,
      status: c.status,
      limit: c.limit,
      dueAt: c.dueAt,
      dueDay: c.dueAt ? chinaDay(c.dueAt) : null,
      provisional: c.provisional,
      dueError: c.dueError,
      text: c.explanation?.text ?? '',
    };
  });
}
