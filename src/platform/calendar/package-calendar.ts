// The holiday data shipped in the npm package chinese-days, read from its data file rather than
// through its functions: those format dates in the server's local time zone and answer for the
// wrong day on a server west of Greenwich. Each entry is "English,中文,n", e.g.
// "National Day,国庆节,3"; `holidays` are days off, `workdays` are adjusted working days (调休上班).
import { createRequire } from 'node:module';
import { isValidDay } from './china-date.ts';
import type { DayKind } from './working-days.ts';

export interface PackageYear {
  year: number;
  days: Array<{ day: string; kind: DayKind; name: string }>;
}

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: PackageYear[] | null = null;

function chineseName(entry: string): string {
  const parts = entry.split(',');
  return (parts[1] ?? parts[0]).trim();
}

/** The years the package knows, each with its holidays and adjusted working days, in order. */
export function packageCalendarYears(): PackageYear[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as PackageData;
  if (typeof data?.holidays !== 'object' || typeof data?.workdays !== 'object')
    throw new Error('chinese-days: data file has an unexpected shape (holidays / workdays missing)');
  const byYear = new Map<number, PackageYear>();
  const add = (entries: Record<string, string>, kind: DayKind) => {
    for (const [day, entry] of Object.entries(entries)) {
      if (!isValidDay(day)) throw new Error(`chinese-days: not a day: ${day}`);
      const year = Number(day.slice(0, 4));
      const y = byYear.get(year) ?? { year, days: [] };
      byYear.set(year, y);
      y.days.push({ day, kind, name: chineseName(entry) });
    }
  };
  add(data.holidays, 'holiday');
  add(data.workdays, 'workday');
  cached = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const y of cached) y.days.sort((a, b) => (a.day < b.day ? -1 : 1));
  return cached;
}

export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('chinese-days/package.json') as { version: string }).version;
}
