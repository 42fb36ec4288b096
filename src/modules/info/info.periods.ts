// Periods in China time (UTC+8): the week (Monday to Sunday) and the quarter an instant falls in,
// as [from, to) instants for SQL.
import { chinaDay, startOfChinaDay } from '../../platform/calendar/index.ts';

const DAY = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week of a China day. */
export function mondayOf(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday
  return addDays(day, dow === 0 ? -6 : 1 - dow);
}

export function weekOf(at: Date): { monday: string; sunday: string; from: Date; to: Date } {
  const monday = mondayOf(chinaDay(at));
  const sunday = addDays(monday, 6);
  return { monday, sunday, from: startOfChinaDay(monday), to: startOfChinaDay(addDays(monday, 7)) };
}

export function quarterOf(at: Date): { year: number; quarter: number; from: Date; to: Date; label: string } {
  const day = chinaDay(at);
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const m = (quarter - 1) * 3 + 1;
  const from = startOfChinaDay(`${year}-${String(m).padStart(2, '0')}-01`);
  const to =
    quarter === 4
      ? startOfChinaDay(`${year + 1}-01-01`)
      : startOfChinaDay(`${year}-${String(m + 3).padStart(2, '0')}-01`);
  return { year, quarter, from, to, label: `${year}年第${'一二三四'[quarter - 1]}季度` };
}
