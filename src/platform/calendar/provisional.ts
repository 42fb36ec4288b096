// The provisional calendar (暂定日历) of a year whose official holiday schedule (国务院办公厅
// 节假日安排) is not out yet: weekends, plus the holidays of all citizens of 《全国年节及纪念日放假办法》
// as amended in 2024 (in force from 2025), plus its Article 6 — a holiday of all citizens that falls on
// a Saturday or Sunday is made up (补假) on the following working days. No 调休 can be foreseen: the
// official schedule moves weekends around, which is why the result is only provisional and why
// every due date built on it says so. Lunar dates and the Qingming solar term come from tyme4ts
// (ADR 0004), never from a table typed in here. Pure, and the same for a year however often asked.
import { LunarDay, SolarTerm } from 'tyme4ts';
import { addDays, formatDayShort, isWeekend, WEEKDAY_NAMES, weekdayOf } from './china-date.ts';

/** The first and last year these rules describe: the 2024 amendment applies from 2025-01-01. */
export const PROVISIONAL_FIRST_YEAR = 2025;
export const PROVISIONAL_LAST_YEAR = 2100;

export const PROVISIONAL_BASIS = '《全国年节及纪念日放假办法》（2024年修订）';

export interface ProvisionalDay {
  day: string;
  kind: 'holiday';
  /** 春节, or 春节补假 for a day made up under Article 6. */
  name: string;
  /** Why the day is off, for a person checking it: 农历除夕, 补2月6日（星期六）. */
  why: string;
}

export interface ProvisionalYear {
  year: number;
  basis: string;
  days: ProvisionalDay[];
}

interface Festival {
  name: string;
  days: Array<{ day: string; why: string }>;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function lunar(year: number, month: number, day: number): string {
  const s = LunarDay.fromYmd(year, month, day).getSolarDay();
  return iso(s.getYear(), s.getMonth(), s.getDay());
}

/** The seven holidays of all citizens (Article 2 of the 2024 text). */
function festivals(year: number): Festival[] {
  const newYear = LunarDay.fromYmd(year, 1, 1);
  const eve = newYear.next(-1).getSolarDay();
  const qingming = SolarTerm.fromName(year, '清明').getSolarDay();
  const spring = lunar(year, 1, 1);
  return [
    { name: '元旦', days: [{ day: iso(year, 1, 1), why: '1月1日' }] },
    {
      name: '春节',
      days: [
        { day: iso(eve.getYear(), eve.getMonth(), eve.getDay()), why: '农历除夕' },
        { day: spring, why: '农历正月初一' },
        { day: addDays(spring, 1), why: '农历正月初二' },
        { day: addDays(spring, 2), why: '农历正月初三' },
      ],
    },
    {
      name: '清明节',
      days: [{ day: iso(qingming.getYear(), qingming.getMonth(), qingming.getDay()), why: '清明节气当日' }],
    },
    {
      name: '劳动节',
      days: [
        { day: iso(year, 5, 1), why: '5月1日' },
        { day: iso(year, 5, 2), why: '5月2日' },
      ],
    },
    { name: '端午节', days: [{ day: lunar(year, 5, 5), why: '农历五月初五' }] },
    { name: '中秋节', days: [{ day: lunar(year, 8, 15), why: '农历八月十五' }] },
    {
      name: '国庆节',
      days: [
        { day: iso(year, 10, 1), why: '10月1日' },
        { day: iso(year, 10, 2), why: '10月2日' },
        { day: iso(year, 10, 3), why: '10月3日' },
      ],
    },
  ];
}

const cache = new Map<number, ProvisionalYear>();

/** Whether these rules describe the year (2025–2100). */
export function hasProvisionalRules(year: number): boolean {
  return Number.isInteger(year) && year >= PROVISIONAL_FIRST_YEAR && year <= PROVISIONAL_LAST_YEAR;
}

/**
 * The year's provisional days off, in date order. A festival day on a Saturday or Sunday is made up
 * on the first weekdays after the festival that are not already off; so is a festival day that
 * another festival already takes (中秋节 on 10月3日 in 2028: each holiday gives its day).
 */
export function provisionalYear(year: number): ProvisionalYear {
  const hit = cache.get(year);
  if (hit) return hit;
  if (!hasProvisionalRules(year)) throw new Error(`no provisional rules for ${year}`);
  const off = new Map<string, ProvisionalDay>();
  // In the order they begin (中秋 may fall after 10月1日), so the earlier holiday keeps a shared day.
  const inOrder = festivals(year).sort((a, b) => (a.days[0].day < b.days[0].day ? -1 : 1));
  for (const f of inOrder) {
    const owed: string[] = [];
    for (const d of f.days) {
      const taken = off.get(d.day);
      if (taken) owed.push(`${formatDayShort(d.day)}与${taken.name}同日`);
      else {
        off.set(d.day, { day: d.day, kind: 'holiday', name: f.name, why: d.why });
        if (isWeekend(d.day)) owed.push(`${formatDayShort(d.day)}（${WEEKDAY_NAMES[weekdayOf(d.day)]}）`);
      }
    }
    let next = f.days.at(-1)?.day ?? `${year}-01-01`;
    for (const reason of owed) {
      do next = addDays(next, 1);
      while (isWeekend(next) || off.has(next));
      off.set(next, { day: next, kind: 'holiday', name: `${f.name}补假`, why: `补${reason}` });
    }
  }
  const result: ProvisionalYear = {
    year,
    basis: PROVISIONAL_BASIS,
    days: [...off.values()].sort((a, b) => (a.day < b.day ? -1 : 1)),
  };
  cache.set(year, result);
  return result;
}

/** One line for a due date built on provisional years: what it rests on and what will happen. */
export function provisionalNote(years: readonly number[]): string {
  const list = years.map((y) => `${y}年`).join('、');
  return `${list}节假日安排尚未公布，按${PROVISIONAL_BASIS}推算（含周末补假，不含调休），公布后将重新计算`;
}
