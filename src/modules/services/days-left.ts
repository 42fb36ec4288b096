// Working days left to a due date, for every list row and clock a reader sees (the platform's count
// is constant-time over the calendar), and the calendar itself or null when it cannot be read.
import {
  type Calendar,
  chinaDay,
  loadWorkingCalendar,
  workingDaysBetween,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';

/** Working days from today to the due day: 0 = due today, negative = overdue; null if unknown. */
export function daysLeft(cal: Calendar | null, today: string, dueAt: Date | null): number | null {
  if (!cal || !dueAt) return null;
  try {
    return workingDaysBetween(cal, today, chinaDay(dueAt));
  } catch {
    return null;
  }
}

/** The working calendar, or null when it cannot be read (lists then show no days left). */
export async function calendarOrNull(ctx: Ctx): Promise<Calendar | null> {
  try {
    return await loadWorkingCalendar(ctx);
  } catch {
    return null;
  }
}
