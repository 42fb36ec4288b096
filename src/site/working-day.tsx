// Today's working-day notice (工作日提示) for the 办事服务 block, from the platform calendar:
// whether today counts for statutory time limits and, on a day off, the next working day.
import type { ReactNode } from 'react';
import {
  addWorkingDays,
  type Calendar,
  chinaDay,
  formatDayLong,
  isOfficialYear,
  isWorkingDay,
  loadWorkingCalendar,
} from '../platform/calendar/index.ts';
import type { Ctx } from '../platform/context.ts';

export interface TodayNotice {
  today: string;
  /** '工作日', '春节调休上班日', '春节假期', '休息日'. */
  kind: string;
  working: boolean;
  /** On a day off: the next working day, when the calendar knows it. */
  nextWorkingDay: string | null;
}

/**
 * What today is, or null when the year's official schedule is not entered: the public line states
 * facts, and a provisional (暂定) day may still become a 调休 working day.
 */
export function describeToday(cal: Calendar, today: string): TodayNotice | null {
  if (!isOfficialYear(cal, Number(today.slice(0, 4)))) return null;
  let working: boolean;
  try {
    working = isWorkingDay(cal, today);
  } catch {
    return null;
  }
  const listed = cal.days.get(today);
  if (working) {
    const kind = listed?.kind === 'workday' ? `${listed.name}调休上班日` : '工作日';
    return { today, kind, working, nextWorkingDay: null };
  }
  let next: string | null = null;
  try {
    next = addWorkingDays(cal, today, 1);
  } catch {
    // The next working day falls in a year no rule describes.
  }
  // Only a next working day of an officially scheduled year is said as fact.
  if (next && !isOfficialYear(cal, Number(next.slice(0, 4)))) next = null;
  const kind = listed?.kind === 'holiday' ? `${listed.name}假期` : '休息日';
  return { today, kind, working, nextWorkingDay: next };
}

export function TodayLine({ notice }: { notice: TodayNotice }): ReactNode {
  return (
    <p className="day-notice">
      今天是{formatDayLong(notice.today)}，{notice.kind}。
      {notice.nextWorkingDay ? `下一个工作日：${formatDayLong(notice.nextWorkingDay)}。` : null}
    </p>
  );
}

/** Loads the calendar and describes today (China date of ctx.now). */
export async function loadTodayNotice(ctx: Ctx): Promise<TodayNotice | null> {
  return describeToday(await loadWorkingCalendar(ctx), chinaDay(ctx.now));
}
