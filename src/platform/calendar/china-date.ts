// Dates as the department sees them: China dates ('YYYY-MM-DD' in Asia/Shanghai, UTC+8 all year,
// no daylight saving). Instants are Date; a day is a string, and arithmetic on days is done in UTC
// so the server's own time zone never matters.

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** Whether s is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isValidDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function utcMidnight(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The China date of an instant. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a day begins in China (00:00:00 +08:00). */
export function startOfChinaDay(day: string): Date {
  return new Date(utcMidnight(day) - CHINA_OFFSET_MS);
}

/** The last second of a day in China (23:59:59 +08:00): when a day-based clock falls due. */
export function endOfChinaDay(day: string): Date {
  return new Date(utcMidnight(day) + DAY_MS - 1000 - CHINA_OFFSET_MS);
}

export function addDays(day: string, n: number): string {
  return new Date(utcMidnight(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from a to b (b − a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
/**
 * The same day n calendar months later (按月计算的期限): 2026-09-28 + 1 month = 2026-10-28; a day
 * the later month does not have is its last day (01-31 + 1 month = 02-28, 02-29 in a leap year),
 * as 民法典 第二百零二条 counts a period in months: it ends on the corresponding day of the last
 * month, or that month's last day when it has none.
 */
export function addCalendarMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function weekdayOf(day: string): number {
  return new Date(utcMidnight(day)).getUTCDay();
}

export function isWeekend(day: string): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** 2026年10月8日（星期四） */
export function formatDayLong(day: string): string {
  return `${formatDayShort(day, true)}（${WEEKDAY_NAMES[weekdayOf(day)]}）`;
}

/** 10月8日, or 2026年10月8日 with the year. */
export function formatDayShort(day: string, withYear = false): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/** 2026年3月2日 09:00 (China time). */
export function formatInstant(at: Date): string {
  const shifted = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${formatDayShort(shifted.slice(0, 10), true)} ${shifted.slice(11, 16)}`;
}
