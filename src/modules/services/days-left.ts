// Working days left to a due date, for every list row and clock a reader sees: counted from running
// totals over the calendar's known years in constant time (a queue page of cases due months away
// must not walk thousands of days per request), and the calendar itself or null when a year is missing.
import {
  type Calendar,
  chinaDay,
  isWorkingDay,
  loadWorkingCalendar,
  workingDaysBetween,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';

/** Working days from today to the due day: 0 = due today, negative = overdue; null if unknown. */
export function daysLeft(cal: Calendar | null, today: string, dueAt: Date | null): number | null {
  if (!cal || !dueAt) return null;
  try {
    return workingDaysFast(cal, today, chinaDay(dueAt));
  } catch {
    return null;
  }
}

// workingDaysBetween walks day by day: a queue page of cases due (or overdue) months away walked
// thousands of days per request. The same count from running totals over the calendar's known
// years, built once per calendar (a cached calendar is one object until it changes).
interface DayTable {
  start: number; // UTC ms of 1 January of the first known year
  /** worked[i] = working days from the start up to and including day i. */
  worked: Int32Array;
  /** unknown[i] = days of years missing from the calendar up to and including day i. */
  unknown: Int32Array;
}
const DAY_MS = 86_400_000;
const tables = new WeakMap<Calendar, DayTable>();

function tableOf(cal: Calendar): DayTable | null {
  const hit = tables.get(cal);
  if (hit) return hit;
  if (cal.years.size === 0) return null;
  const first = Math.min(...cal.years);
  const last = Math.max(...cal.years);
  const start = Date.UTC(first, 0, 1);
  const length = Math.round((Date.UTC(last + 1, 0, 1) - start) / DAY_MS);
  const worked = new Int32Array(length);
  const unknown = new Int32Array(length);
  let w = 0;
  let u = 0;
  for (let i = 0; i < length; i++) {
    const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    if (cal.years.has(Number(day.slice(0, 4)))) {
      if (isWorkingDay(cal, day)) w++;
    } else u++;
    worked[i] = w;
    unknown[i] = u;
  }
  const table = { start, worked, unknown };
  tables.set(cal, table);
  return table;
}

/** workingDaysBetween (same result, same error for a missing year) in constant time. */
function workingDaysFast(cal: Calendar, a: string, b: string): number {
  if (a === b) return 0;
  if (b < a) return -workingDaysFast(cal, b, a);
  const t = tableOf(cal);
  const ia = t ? Math.round((Date.parse(a) - t.start) / DAY_MS) : -2;
  const ib = t ? Math.round((Date.parse(b) - t.start) / DAY_MS) : -2;
  // Days a+1 … b must lie in the table and in known years; otherwise the slow walk says why.
  if (!t || ia < -1 || ib >= t.worked.length || t.unknown[ib] - (ia >= 0 ? t.unknown[ia] : 0) > 0)
    return workingDaysBetween(cal, a, b);
  return t.worked[ib] - (ia >= 0 ? t.worked[ia] : 0);
}

/** The working calendar, or null when a year is missing (lists then show no days left). */
export async function calendarOrNull(ctx: Ctx): Promise<Calendar | null> {
  try {
    return await loadWorkingCalendar(ctx);
  } catch {
    return null;
  }
}
