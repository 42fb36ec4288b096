// Working days (工作日), as pure functions of a loaded calendar: no database, no clock.
// A day is a working day when the calendar lists it as an adjusted working day (调休上班), or when
// it is Monday–Friday and not listed as a holiday (节假日). A year the calendar does not know is
// never guessed: asking about one of its days throws CALENDAR_YEAR_MISSING naming the year.
// Counting follows the law: the day of receipt is not counted; day 1 is the next working day.
import { AppError } from '../errors.ts';
import {
  addDays,
  formatDayLong,
  formatDayShort,
  isWeekend,
  WEEKDAY_NAMES,
  weekdayOf,
  yearOf,
} from './china-date.ts';

export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  kind: DayKind;
  name: string;
}

export interface Calendar {
  /** Years whose schedule is known (a calendar_years row exists). */
  years: ReadonlySet<number>;
  /** The exceptions: holidays and adjusted working days, by 'YYYY-MM-DD'. */
  days: ReadonlyMap<string, CalendarDay>;
}

export interface NamedDay {
  day: string;
  name: string;
}

export function makeCalendar(
  years: Iterable<number>,
  days: Iterable<{ day: string; kind: DayKind; name: string }>,
): Calendar {
  const map = new Map<string, CalendarDay>();
  for (const d of days) map.set(d.day, { kind: d.kind, name: d.name });
  return { years: new Set(years), days: map };
}

export function calendarYearMissing(year: number): AppError {
  return new AppError('CALENDAR_YEAR_MISSING', {
    message: `工作日历缺少${year}年的节假日安排，无法计算期限。请系统管理员在“工作日历”中录入${year}年的节假日和调休上班日。`,
    extra: { year },
  });
}

function requireYear(cal: Calendar, day: string): void {
  const year = yearOf(day);
  if (!cal.years.has(year)) throw calendarYearMissing(year);
}

/** Whether a day is a working day; throws CALENDAR_YEAR_MISSING for a year the calendar lacks. */
export function isWorkingDay(cal: Calendar, day: string): boolean {
  requireYear(cal, day);
  const exception = cal.days.get(day);
  if (exception) return exception.kind === 'workday';
  return !isWeekend(day);
}

/** Why a day is or is not counted, for explanations. */
export type DayClass =
  | { counted: true; adjusted: NamedDay | null }
  | { counted: false; holiday: NamedDay | null };

export function classifyDay(cal: Calendar, day: string): DayClass {
  requireYear(cal, day);
  const exception = cal.days.get(day);
  if (exception?.kind === 'workday') return { counted: true, adjusted: { day, name: exception.name } };
  if (exception?.kind === 'holiday') return { counted: false, holiday: { day, name: exception.name } };
  return isWeekend(day) ? { counted: false, holiday: null } : { counted: true, adjusted: null };
}

/** The days stepped over on the way to a due date, so a person can check it on a paper calendar. */
export interface SkipRecord {
  /** Saturdays and Sundays that are neither holidays nor adjusted working days. */
  skippedWeekends: string[];
  /** Listed holidays, with their names (国庆节…); weekend days inside a holiday are listed here. */
  skippedHolidays: NamedDay[];
  /** Weekend days declared working days (调休上班), counted like any working day. */
  adjustedWorkdays: NamedDay[];
}

export interface WorkdayWalk extends SkipRecord {
  from: string;
  workdays: number;
  due: string;
}

export function emptySkips(): SkipRecord {
  return { skippedWeekends: [], skippedHolidays: [], adjustedWorkdays: [] };
}

function note(skips: SkipRecord, cal: Calendar, day: string): boolean {
  const c = classifyDay(cal, day);
  if (c.counted) {
    if (c.adjusted) skips.adjustedWorkdays.push(c.adjusted);
  } else if (c.holiday) skips.skippedHolidays.push(c.holiday);
  else skips.skippedWeekends.push(day);
  return c.counted;
}

/** Walks n working days after `from` (not counted), recording every day stepped over. */
export function walkWorkingDays(cal: Calendar, from: string, n: number): WorkdayWalk {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0, got ${n}`);
  const skips = emptySkips();
  let day = from;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, 1);
    if (note(skips, cal, day)) counted++;
  }
  return { from, workdays: n, due: day, ...skips };
}

/** The first working day on or after `day`, recording the rest days stepped over. */
export function rollToWorkingDay(cal: Calendar, day: string): { day: string } & SkipRecord {
  const skips = emptySkips();
  let d = day;
  while (!note(skips, cal, d)) d = addDays(d, 1);
  // The day reached is a working day; an adjusted one is worth saying, an ordinary one is not.
  return { day: d, ...skips };
}

/** The Nth working day after `from` (the day of receipt is not counted; day 1 is the next working day). */
export function addWorkingDays(cal: Calendar, from: string, n: number): string {
  return walkWorkingDays(cal, from, n).due;
}

/**
 * Working days after a up to and including b, counted the same way as addWorkingDays, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a; 0 when equal.
 */
export function workingDaysBetween(cal: Calendar, a: string, b: string): number {
  if (a === b) return 0;
  if (b < a) return -workingDaysBetween(cal, b, a);
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

/** The working days after a up to and including b, listed (for pauses: the days not counted). */
export function workingDaysIn(cal: Calendar, a: string, b: string): string[] {
  const out: string[] = [];
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(cal, d)) out.push(d);
  return out;
}

// --- Chinese text ---------------------------------------------------------------------------------

/** Consecutive days of one holiday, for "国庆节（10月1日至10月7日，7天）". */
function holidayRuns(days: NamedDay[]): Array<{ name: string; first: string; last: string; count: number }> {
  const runs: Array<{ name: string; first: string; last: string; count: number }> = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.name === d.name && addDays(run.last, 1) === d.day) {
      run.last = d.day;
      run.count++;
    } else runs.push({ name: d.name, first: d.day, last: d.day, count: 1 });
  }
  return runs;
}

function listDays(days: string[]): string {
  return days.map((d) => formatDayShort(d)).join('、');
}

/** The skipped and adjusted days as one Chinese clause list, or '' when nothing was skipped. */
export function describeSkips(skips: SkipRecord): string {
  const parts: string[] = [];
  const w = skips.skippedWeekends;
  if (w.length > 0) parts.push(`跳过周末${w.length}天${w.length <= 8 ? `（${listDays(w)}）` : ''}`);
  const h = skips.skippedHolidays;
  if (h.length > 0) {
    const runs = holidayRuns(h).map((r) =>
      r.count === 1
        ? `${r.name}（${formatDayShort(r.first)}）`
        : `${r.name}（${formatDayShort(r.first)}至${formatDayShort(r.last)}，${r.count}天）`,
    );
    parts.push(`跳过法定节假日${h.length}天：${runs.join('、')}`);
  }
  const a = skips.adjustedWorkdays;
  if (a.length > 0)
    parts.push(
      `调休上班日${a.map((d) => `${formatDayShort(d.day)}（${WEEKDAY_NAMES[weekdayOf(d.day)]}，${d.name}调休）`).join('、')}照常计入`,
    );
  return parts.join('；');
}

/** One paragraph a person can check by hand against a paper calendar. */
export function describeWalk(walk: WorkdayWalk): string {
  if (walk.workdays === 0)
    return `自${formatDayLong(walk.from)}起算，期限为0个工作日，届满日即为当日${formatDayLong(walk.due)}。`;
  const skips = describeSkips(walk);
  return (
    `自${formatDayLong(walk.from)}起算（当日不计入，次一工作日为第1个工作日），计${walk.workdays}个工作日。` +
    (skips ? `${skips}。` : '期间没有周末或节假日。') +
    `第${walk.workdays}个工作日为${formatDayLong(walk.due)}。`
  );
}
