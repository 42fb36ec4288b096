// Working-day facts for display: is a day worked, which holiday comes next. The API's due-date
// service is the authority for deadlines; this only reads a year's exceptions. Pure.
import type { CalendarDay } from '../../api/types.ts';

export interface DayInfo {
  /** YYYY-MM-DD */
  day: string;
  working: boolean;
  /** 'holiday' (法定节假日), 'workday' (调休上班), 'weekend' or 'weekday'. */
  kind: 'holiday' | 'workday' | 'weekend' | 'weekday';
  name?: string;
}

/** Day of week of a YYYY-MM-DD date, 0 = Sunday, computed without time zones. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function dayInfo(day: string, exceptions: readonly CalendarDay[]): DayInfo {
  const ex = exceptions.find((e) => e.day === day);
  if (ex) return { day, working: ex.kind === 'workday', kind: ex.kind, name: ex.name };
  const wd = weekday(day);
  const weekend = wd === 0 || wd === 6;
  return { day, working: !weekend, kind: weekend ? 'weekend' : 'weekday' };
}

export interface HolidayBlock {
  name: string;
  start: string;
  end: string;
  days: number;
  /** Adjusted working days (调休上班) carrying the same name. */
  workdays: string[];
}

/** Groups a year's holidays into blocks of consecutive days with the same name. */
export function holidayBlocks(exceptions: readonly CalendarDay[]): HolidayBlock[] {
  const holidays = exceptions.filter((e) => e.kind === 'holiday').sort((a, b) => a.day.localeCompare(b.day));
  const blocks: HolidayBlock[] = [];
  for (const h of holidays) {
    const last = blocks[blocks.length - 1];
    if (last && last.name === h.name && nextDay(last.end) === h.day) {
      last.end = h.day;
      last.days += 1;
    } else {
      blocks.push({ name: h.name, start: h.day, end: h.day, days: 1, workdays: [] });
    }
  }
  for (const w of exceptions.filter((e) => e.kind === 'workday')) {
    const block = blocks.find((b) => b.name === w.name || w.name.includes(b.name) || b.name.includes(w.name));
    block?.workdays.push(w.day);
  }
  for (const b of blocks) b.workdays.sort();
  return blocks;
}

/** The first holiday block that ends on or after `today` (the one under way counts). */
export function nextHoliday(today: string, exceptions: readonly CalendarDay[]): HolidayBlock | null {
  return holidayBlocks(exceptions).find((b) => b.end >= today) ?? null;
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return t.toISOString().slice(0, 10);
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export interface MonthCell {
  /** Stable React key: the date, or the blank's place before or after the month. */
  key: string;
  day: string | null;
}

/** A month as weeks of YYYY-MM-DD (null outside the month), Monday first as Chinese calendars are. */
export function monthWeeks(year: number, month: number): MonthCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: MonthCell[] = [];
  for (let i = 0; i < lead; i++) cells.push({ key: `before-${i}`, day: null });
  for (let d = 1; d <= daysInMonth; d++) {
    const day = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    cells.push({ key: day, day });
  }
  for (let i = 0; cells.length % 7; i++) cells.push({ key: `after-${i}`, day: null });
  const weeks: MonthCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
