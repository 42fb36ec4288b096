// The working-day calendar (工作日历) and statutory clocks (法定期限计时): every module that
// times something starts a clock here and reads its due date and explanation; the pure
// working-day functions answer "which day is the Nth working day after X".
export { calendarModule } from './calendar.routes.ts';
export {
  type CalendarStatus,
  type CalendarYear,
  calendarStatus,
  computeWorkdayDue,
  getCalendarYear,
  loadWorkingCalendar,
  replaceCalendarYear,
  seedCalendarFromPackage,
} from './calendar.service.ts';
export { CLOCK_UNITS, type ClockUnit } from './calendar.table.ts';
export { chinaDay, endOfChinaDay, formatDayLong, isValidDay, startOfChinaDay } from './china-date.ts';
export { type ClockExplanation, deriveClockDue } from './clock-due.ts';
export {
  type Clock,
  type ClockDetail,
  type ClockEvent,
  type ClockStatus,
  extendClock,
  findClocksBySubject,
  getClock,
  listRunningClocksDueBefore,
  pauseClock,
  planClocks,
  resumeClock,
  type StartClockInput,
  startClock,
  stopClock,
} from './clocks.service.ts';
export {
  addWorkingDays,
  type Calendar,
  describeWalk,
  isWorkingDay,
  walkWorkingDays,
  workingDaysBetween,
} from './working-days.ts';
