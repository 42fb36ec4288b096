// The working-day calendar (工作日历): stored in the database, seeded from chinese-days, edited
// by the system administrator year by year. A year not entered yet follows the provisional calendar
// (provisional.ts) and every date built on it is marked 暂定. Every change recomputes the running
// clocks in the same transaction — each clock whose date moved gets a note on its subject's timeline
// and a notice to its handler — and each November the platform warns when next year is missing.

import { requirePermission } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError, type FieldError, notFound } from '../errors.ts';
import { CALENDAR_EDIT, requireStaff } from './calendar.policy.ts';
import {
  countOpenClocksWithoutDue,
  countOpenProvisionalClocks,
  findCalendarYear,
  insertYearIfAbsent,
  listCalendarYears,
  listDaysOfYear,
  loadCalendar,
  lockCalendarForEdit,
  replaceYear,
} from './calendar.repository.ts';
import { chinaDay, isValidDay, WEEKDAY_NAMES, weekdayOf, yearOf } from './china-date.ts';
import { recomputeOpenClocks } from './clocks.service.ts';
import { packageCalendarYears, packageVersion } from './package-calendar.ts';
import {
  hasProvisionalRules,
  PROVISIONAL_BASIS,
  type ProvisionalDay,
  provisionalNote,
  provisionalYear,
} from './provisional.ts';
import {
  type Calendar,
  type DayKind,
  describeWalk,
  type WorkdayWalk,
  walkWorkingDays,
} from './working-days.ts';

// --- seed -------------------------------------------------------------------------------------------

/**
 * Adds every year chinese-days knows that the database does not have yet (source 'chinese-days').
 * Idempotent: a year already present, seeded or edited by hand, is left alone. When a year is added
 * (a newer package after an upgrade), open clocks are recomputed: their provisional dates become
 * official, and the handlers of those that moved are told. Open clocks still without a due date
 * (started before provisional years existed) are recomputed at every start.
 */
export async function seedCalendarFromPackage(
  ctx: Ctx,
): Promise<{ yearsAdded: number[]; clocksRecomputed: number }> {
  const years = packageCalendarYears();
  return inTransaction(ctx, async (tx) => {
    const without = await countOpenClocksWithoutDue(tx.db);
    const note = `由 chinese-days ${packageVersion()} 载入`;
    const yearsAdded: number[] = [];
    await lockCalendarForEdit(tx.db);
    for (const y of years)
      if (await insertYearIfAbsent(tx.db, { year: y.year, source: 'chinese-days', note, at: tx.now }, y.days))
        yearsAdded.push(y.year);
    if (yearsAdded.length === 0) {
      if (without === 0) return { yearsAdded, clocksRecomputed: 0 };
      const { recomputed } = await recomputeOpenClocks(
        tx,
        await loadCalendar(tx.db),
        [],
        (c) => c.dueError !== null,
      );
      return { yearsAdded, clocksRecomputed: recomputed };
    }
    const { recomputed } = await recomputeOpenClocks(tx, await loadCalendar(tx.db), yearsAdded);
    await recordAudit(tx, {
      action: 'calendar.seed',
      objectType: 'calendar',
      objectId: yearsAdded.length === 1 ? String(yearsAdded[0]) : `${yearsAdded[0]}-${yearsAdded.at(-1)}`,
      detail: { source: 'chinese-days', years: yearsAdded, clocksRecomputed: recomputed },
    });
    return { yearsAdded, clocksRecomputed: recomputed };
  });
}

// --- public: due date ---------------------------------------------------------------------------------

export interface DueAnswer {
  due: string;
  explanation: WorkdayWalk;
  /** Set when the count runs through a year without an official schedule: the date is 暂定. */
  provisional: { years: number[]; note: string } | null;
  text: string;
}

/** The Nth working day after `from`, with its explanation. Anyone may ask (GET /api/calendar/due). */
export async function computeWorkdayDue(
  ctx: Ctx,
  input: { from: string; workdays: number },
): Promise<DueAnswer> {
  if (!isValidDay(input.from))
    throw new AppError('VALIDATION_FAILED', {
      message: 'from：日期不合法，应为 YYYY-MM-DD',
      errors: [{ field: 'from', message: 'from：日期不合法，应为 YYYY-MM-DD' }],
    });
  if (!Number.isInteger(input.workdays) || input.workdays < 0 || input.workdays > 365)
    throw new AppError('VALIDATION_FAILED', {
      message: 'workdays：应为 0 至 365 的整数',
      errors: [{ field: 'workdays', message: 'workdays：应为 0 至 365 的整数' }],
    });
  const walk = walkWorkingDays(await loadCalendar(ctx.db), input.from, input.workdays);
  const years = walk.provisionalYears;
  return {
    due: walk.due,
    explanation: walk,
    provisional: years.length > 0 ? { years, note: provisionalNote(years) } : null,
    text: describeWalk(walk),
  };
}

// --- status -----------------------------------------------------------------------------------------

export interface CalendarStatus {
  years: Array<{
    year: number;
    source: 'chinese-days' | 'manual';
    note: string | null;
    holidays: number;
    workdays: number;
    updatedAt: Date;
  }>;
  currentYear: number;
  currentYearMissing: boolean;
  nextYearMissing: boolean;
  /** This year and next, where not entered: due dates in them are provisional (暂定). */
  provisionalYears: Array<{ year: number; note: string }>;
  /** Running or paused clocks whose due date cannot be computed for want of a year. */
  clocksWithoutDue: number;
  /** Running or paused clocks whose due date is provisional (暂定). */
  clocksProvisional: number;
  warning: string | null;
}

/**
 * The known years and a warning: from config.CALENDAR_WARN_FROM_MONTH (11 = 1 November) of year Y
 * when Y+1 is missing, and at any time when Y itself is missing. Y is the China year of ctx.now.
 */
export async function calendarStatus(ctx: Ctx): Promise<CalendarStatus> {
  requireStaff(ctx.actor);
  const rows = await listCalendarYears(ctx.db);
  const today = chinaDay(ctx.now);
  const currentYear = yearOf(today);
  const month = Number(today.slice(5, 7));
  const known = new Set(rows.map((r) => r.year));
  const currentYearMissing = !known.has(currentYear);
  const nextYearMissing = !known.has(currentYear + 1);
  const clocksWithoutDue = await countOpenClocksWithoutDue(ctx.db);
  const clocksProvisional = await countOpenProvisionalClocks(ctx.db);
  const provisionalYears = [currentYear, currentYear + 1]
    .filter((y) => !known.has(y) && hasProvisionalRules(y))
    .map((year) => ({ year, note: provisionalNote([year]) }));
  const warnings: string[] = [];
  if (currentYearMissing)
    warnings.push(
      `工作日历缺少本年度（${currentYear}年）的节假日安排，期限暂按${PROVISIONAL_BASIS}推算并标注“暂定”，请系统管理员立即录入。`,
    );
  if (nextYearMissing && month >= ctx.deps.config.CALENDAR_WARN_FROM_MONTH)
    warnings.push(
      `工作日历尚未录入${currentYear + 1}年的节假日和调休上班日（国务院办公厅通常于每年11月发布）。跨年的期限暂按${PROVISIONAL_BASIS}推算并标注“暂定”；请系统管理员在通知发布后及时录入，录入后自动重新计算并通知承办人。`,
    );
  if (clocksWithoutDue > 0) warnings.push(`有${clocksWithoutDue}项计时因缺少年度日历无法计算届满日。`);
  if (clocksProvisional > 0) warnings.push(`有${clocksProvisional}项进行中的计时届满日为暂定。`);
  return {
    years: rows.map((r) => ({
      year: r.year,
      source: r.source,
      note: r.note,
      holidays: r.holidays,
      workdays: r.workdays,
      updatedAt: r.updatedAt,
    })),
    currentYear,
    currentYearMissing,
    nextYearMissing,
    provisionalYears,
    clocksWithoutDue,
    clocksProvisional,
    warning: warnings.length > 0 ? warnings.join('') : null,
  };
}

// --- one year ---------------------------------------------------------------------------------------

export interface CalendarYear {
  year: number;
  source: 'chinese-days' | 'manual';
  note: string | null;
  updatedAt: Date;
  days: Array<{ day: string; kind: DayKind; name: string }>;
}

export async function getCalendarYear(ctx: Ctx, year: number): Promise<CalendarYear> {
  requireStaff(ctx.actor);
  const row = await findCalendarYear(ctx.db, year);
  if (!row) throw notFound('CALENDAR_YEAR_NOT_FOUND', `工作日历中没有${year}年`);
  return {
    year: row.year,
    source: row.source,
    note: row.note,
    updatedAt: row.updatedAt,
    days: await listDaysOfYear(ctx.db, year),
  };
}

export interface ProvisionalYearView {
  year: number;
  basis: string;
  note: string;
  days: ProvisionalDay[];
}

/**
 * The provisional schedule of a year (the statutory holidays and their 补假), as due dates in a year
 * not entered are computed: for staff to see what 暂定 rests on, and as the starting point of the
 * year's entry. 404 for a year the rules do not describe.
 */
export async function getProvisionalYear(ctx: Ctx, year: number): Promise<ProvisionalYearView> {
  requireStaff(ctx.actor);
  if (!hasProvisionalRules(year))
    throw notFound('CALENDAR_YEAR_NOT_FOUND', `${year}年不适用2024年修订的放假办法，无法推算暂定日历`);
  const p = provisionalYear(year);
  return { year, basis: p.basis, note: provisionalNote([year]), days: p.days };
}

export interface ReplaceYearInput {
  year: number;
  note?: string | null;
  days: Array<{ day: string; kind: DayKind; name: string }>;
}

function checkYearDays(input: ReplaceYearInput): Array<{ day: string; kind: DayKind; name: string }> {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const days: Array<{ day: string; kind: DayKind; name: string }> = [];
  input.days.forEach((d, i) => {
    const at = `days/${i}`;
    const name = d.name.trim();
    if (!isValidDay(d.day)) errors.push({ field: `${at}/day`, message: `${at}/day：${d.day} 不是有效日期` });
    else if (yearOf(d.day) !== input.year)
      errors.push({ field: `${at}/day`, message: `${at}/day：${d.day} 不在${input.year}年内` });
    else if (seen.has(d.day))
      errors.push({
        field: `${at}/day`,
        message: `${at}/day：${d.day} 与第 ${(seen.get(d.day) ?? 0) + 1} 项重复`,
      });
    else if (d.kind === 'workday' && weekdayOf(d.day) !== 0 && weekdayOf(d.day) !== 6)
      errors.push({
        field: `${at}/kind`,
        message: `${at}/kind：调休上班日应为星期六或星期日，${d.day} 是${WEEKDAY_NAMES[weekdayOf(d.day)]}`,
      });
    if (d.kind !== 'holiday' && d.kind !== 'workday')
      errors.push({
        field: `${at}/kind`,
        message: `${at}/kind：应为 holiday（节假日）或 workday（调休上班）`,
      });
    if (name.length < 1 || name.length > 40)
      errors.push({ field: `${at}/name`, message: `${at}/name：名称应为 1 至 40 个字` });
    if (isValidDay(d.day) && !seen.has(d.day)) seen.set(d.day, i);
    days.push({ day: d.day, kind: d.kind, name });
  });
  if (errors.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      message: `提交的内容有误：${errors.map((e) => e.message).join('；')}`,
      errors,
    });
  return days.sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * Replaces a year's holidays and adjusted working days (or adds a new year), then recomputes every
 * running or paused clock in the same transaction. Audited with the count recomputed.
 */
export async function replaceCalendarYear(
  ctx: Ctx,
  input: ReplaceYearInput,
): Promise<CalendarYear & { clocksRecomputed: number; clocksChanged: number }> {
  requirePermission(ctx.actor, CALENDAR_EDIT);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new AppError('VALIDATION_FAILED', {
      message: 'year：年份应在 2000 至 2100 之间',
      errors: [{ field: 'year', message: 'year：年份应在 2000 至 2100 之间' }],
    });
  const days = checkYearDays(input);
  const note = input.note?.trim() || null;
  return inTransaction(ctx, async (tx) => {
    await lockCalendarForEdit(tx.db);
    const before = await findCalendarYear(tx.db, input.year);
    await replaceYear(tx.db, { year: input.year, note, at: tx.now, by: tx.actor.id }, days);
    const { recomputed, changed } = await recomputeOpenClocks(tx, await loadCalendar(tx.db), [input.year]);
    await recordAudit(tx, {
      action: before ? 'calendar.year.replace' : 'calendar.year.add',
      objectType: 'calendar_year',
      objectId: String(input.year),
      detail: {
        note,
        holidays: days.filter((d) => d.kind === 'holiday').length,
        workdays: days.filter((d) => d.kind === 'workday').length,
        previousSource: before?.source ?? null,
        clocksRecomputed: recomputed,
        clocksChanged: changed,
      },
    });
    return {
      year: input.year,
      source: 'manual' as const,
      note,
      updatedAt: tx.now,
      days,
      clocksRecomputed: recomputed,
      clocksChanged: changed,
    };
  });
}

/** The whole calendar, loaded, for the pure functions (isWorkingDay, addWorkingDays…). */
export async function loadWorkingCalendar(ctx: Ctx): Promise<Calendar> {
  return loadCalendar(ctx.db);
}
