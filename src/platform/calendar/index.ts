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
  getProvisionalYear,
  loadWorkingCalendar,
  replaceCalendarYear,
  seedCalendarFromPackage,
} from './calendar.service.ts';
export { CLOCK_UNITS, type ClockUnit } from './calendar.table.ts';
export {
  addCalendarMonths,
  addDays,
  chinaDay,
  dayDiff,
  endOfChinaDay,
  formatDayLong,
  formatDayShort,
  formatInstant,
  isValidDay,
  startOfChinaDay,
} from './china-date.ts';
export { type ClockExplanation, deriveClockDue, UNIT_LABELS } from './clock-due.ts';
export { reassignClock } from './clock-responsible.ts';
export {
  type ClockSetOptions,
  type ClockSubjectRef,
  type DueDate,
  dueDatesOf,
  holdCalendarForRead,
  pauseClocksOf,
  resumeClocksOf,
  stopClocksOf,
} from './clock-sets.service.ts';
export {
  type ClockSubject,
  clockLink,
  clockSubject,
  type MovedClock,
  maySeeSubject,
  noteOnSubject,
  onClockDueMoved,
  registerClockSubject,
  type TimelineNote,
} from './clock-subjects.ts';
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
export { PROVISIONAL_BASIS, provisionalNote, provisionalYear } from './provisional.ts';
export {
  addWorkingDays,
  type Calendar,
  describeWalk,
  isOfficialYear,
  isWorkingDay,
  provisionalDue,
  provisionalYearsBetween,
  subtractWorkingDays,
  walkWorkingDays,
  workingDaysBetween,
} from './working-days.ts';
