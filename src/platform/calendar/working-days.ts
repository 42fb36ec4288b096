// Working days (工作日), as pure functions of a loaded calendar: no database, no clock.
// A day is a working day when the calendar lists it as an adjusted working day (调休上班), or when
// it is Monday–Friday and not listed as a holiday (节假日). A year whose official schedule the
// calendar lacks follows the provisional calendar (provisional.ts: the statutory holidays and their
// 补假, no 调休); whatever is computed across such a year says so (provisionalYears) and is shown
// as 暂定. A year the rules do not describe either (before 2025) is never guessed: asking about
// one of its days throws CALENDAR_YEAR_MISSING naming the year.
// Counting follows the law: the day of receipt is not counted; day 1 is the next working day.
import { AppError } from '../errors.ts';
import {
  addDays,
  chinaDay as chinaDayOf,
  formatDayLong,
  formatDayShort,
  isWeekend,
  WEEKDAY_NAMES,
  weekdayOf,
  yearOf,
} from './china-date.ts';
import { hasProvisionalRules, provisionalNote, provisionalYear } from './provisional.ts';

export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  kind: DayKind;
  name: string;
}

export interface Calendar {
  /** Years whose official schedule is known (a calendar_years row exists). */
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

const provisionalMaps = new Map<number, ReadonlyMap<string, CalendarDay>>();

function provisionalDays(year: number): ReadonlyMap<string, CalendarDay> {
  let map = provisionalMaps.get(year);
  if (!map) {
    map = new Map(provisionalYear(year).days.map((d) => [d.day, { kind: d.kind, name: d.name }]));
    provisionalMaps.set(year, map);
  }
  return map;
}

/** The listed exception of a day: from the official schedule, or the provisional one of its year. */
function exceptionOf(cal: Calendar, day: string): CalendarDay | undefined {
  const year = yearOf(day);
  if (cal.years.has(year)) return cal.days.get(day);
  if (hasProvisionalRules(year)) return provisionalDays(year).get(day);
  throw calendarYearMissing(year);
}

/** Whether the year's days follow the official schedule (false: provisional, or unknown). */
export function isOfficialYear(cal: Calendar, year: number): boolean {
  return cal.years.has(year);
}

/**
 * The years from a's to b's (either order) that have no official schedule: a count across them
 * rests on the provisional calendar. Empty when every year is official.
 */
export function provisionalYearsBetween(cal: Calendar, a: string, b: string): number[] {
  const [from, to] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
  const out: number[] = [];
  for (let y = from; y <= to; y++) if (!cal.years.has(y)) out.push(y);
  return out;
}

/** Whether a day is a working day; throws CALENDAR_YEAR_MISSING for a year no rule describes. */
export function isWorkingDay(cal: Calendar, day: string): boolean {
  const exception = exceptionOf(cal, day);
  if (exception) return exception.kind === 'workday';
  return !isWeekend(day);
}

/** Why a day is or is not counted, for explanations. */
export type DayClass =
  | { counted: true; adjusted: NamedDay | null }
  | { counted: false; holiday: NamedDay | null };

export function classifyDay(cal: Calendar, day: string): DayClass {
  const exception = exceptionOf(cal, day);
  if (exception?.kind === 'workday') return { counted: true, adjusted: { day, name: exception.name } };
  if (exception?.kind === 'holiday') return { counted: false, holiday: { day, name: exception.name } };
  return isWeekend(day) ? { counted: false, holiday: null } : { counted: true, adjusted: null };
}

/**
 * Whether a due date reached from `from` (an instant or a day) rests on a year without an official
 * schedule, and why: for lists that keep a copy of the due date but not the clock's explanation.
 * Null when every year from the start to the due day is official.
 */
export function provisionalDue(
  cal: Calendar,
  from: Date | string,
  dueAt: Date,
): { years: number[]; note: string } | null {
  const start = typeof from === 'string' ? from : chinaDayOf(from);
  const years = provisionalYearsBetween(cal, start, chinaDayOf(dueAt));
  return years.length > 0 ? { years, note: provisionalNote(years) } : null;
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
  /** Years crossed that have no official schedule: the due day is provisional (暂定) when any. */
  provisionalYears: number[];
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
  return { from, workdays: n, due: day, ...skips, provisionalYears: provisionalYearsBetween(cal, from, day) };
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

/** The working day n working days before `day` (n ≥ 1), or `day` itself for n = 0. */
export function subtractWorkingDays(cal: Calendar, day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0, got ${n}`);
  let d = day;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, -1);
    if (isWorkingDay(cal, d)) counted++;
  }
  return d;
}

/**
 * Working days after a up to and including b, counted the same way as addWorkingDays, so
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a; 0 when equal.
 * Constant time over the calendar's years and the two after the last (provisional), from running
 * totals built once per calendar — a queue page of cases due months away must not walk thousands of
 * days per row; outside them, or across a year no rule describes, the day-by-day walk (which throws
 * CALENDAR_YEAR_MISSING naming the year).
 */
export function workingDaysBetween(cal: Calendar, a: string, b: string): number {
  if (a === b) return 0;
  if (b < a) return -workingDaysBetween(cal, b, a);
  const t = tableOf(cal);
  const ia = t ? Math.round((Date.parse(a) - t.start) / DAY_MS) : -2;
  const ib = t ? Math.round((Date.parse(b) - t.start) / DAY_MS) : -2;
  if (t && ia >= -1 && ib < t.worked.length && t.unknown[ib] - (ia >= 0 ? t.unknown[ia] : 0) === 0)
    return t.worked[ib] - (ia >= 0 ? t.worked[ia] : 0);
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

interface DayTable {
  /** UTC ms of 1 January of the first year. */
  start: number;
  /** worked[i] = working days from the start up to and including day i. */
  worked: Int32Array;
  /** unknown[i] = days of years no rule describes, up to and including day i. */
  unknown: Int32Array;
}
const DAY_MS = 86_400_000;
const tables = new WeakMap<Calendar, DayTable | null>();

function tableOf(cal: Calendar): DayTable | null {
  const hit = tables.get(cal);
  if (hit !== undefined) return hit;
  let table: DayTable | null = null;
  if (cal.years.size > 0) {
    const first = Math.min(...cal.years);
    const last = Math.max(...cal.years) + 2;
    const start = Date.UTC(first, 0, 1);
    const length = Math.round((Date.UTC(last + 1, 0, 1) - start) / DAY_MS);
    const worked = new Int32Array(length);
    const unknown = new Int32Array(length);
    let w = 0;
    let u = 0;
    for (let i = 0; i < length; i++) {
      const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
      const year = yearOf(day);
      if (cal.years.has(year) || hasProvisionalRules(year)) {
        if (isWorkingDay(cal, day)) w++;
      } else u++;
      worked[i] = w;
      unknown[i] = u;
    }
    table = { start, worked, unknown };
  }
  tables.set(cal, table);
  return table;
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
    `第${walk.workdays}个工作日为${formatDayLong(walk.due)}` +
    (walk.provisionalYears.length > 0 ? `（暂定：${provisionalNote(walk.provisionalYears)}）。` : '。')
  );
}
