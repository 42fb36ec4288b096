// A statutory clock's due date, as a pure function of its start, limit, events and the calendar.
// The rules, so anyone can redo the sum by hand:
//  - workdays (工作日): the start day is not counted. Counted = limit + extensions + working days
//    paused; the due day is that many working days after the start day; due at 23:59:59 (+08:00).
//  - days (自然日): the due day is limit + extensions + days paused calendar days after the start
//    day; if it is a rest day it moves to the next working day (民法典 第二百零三条); 23:59:59.
//  - hours (小时): due at the start instant + limit + extension hours + the exact time paused.
//  - A pause from day P to day R (China dates of the pause and the resume) does not count the
//    days after P up to and including R, counted like a receipt: the pause day itself ran on the
//    clock, the resume day is treated like a new day of receipt. So for workdays the due date moves
//    later by workingDaysBetween(P, R) — a pause and resume on the same day moves nothing, a
//    pause on Monday resumed on Wednesday moves it two working days (Tuesday, Wednesday).
//  - A pause still open is not counted yet: the due date shown is the earliest possible, and
//    moves when the clock resumes. A stop closes an open pause at the stop.
//  - A due date that runs through a year without an official schedule is computed on the
//    provisional calendar (provisional.ts) and marked: explanation.provisional names the years and
//    says why, and every page showing the date shows 暂定. Entering the official schedule
//    recomputes it. A year no rule describes (before 2025) is not guessed: dueAt is null and
//    dueError says why. An hours clock never depends on the calendar.
import { AppError } from '../errors.ts';
import type { ClockUnit } from './calendar.table.ts';
import {
  addDays,
  chinaDay,
  dayDiff,
  endOfChinaDay,
  formatDayLong,
  formatDayShort,
  formatInstant,
} from './china-date.ts';
import { provisionalNote } from './provisional.ts';
import {
  type Calendar,
  describeSkips,
  emptySkips,
  provisionalYearsBetween,
  rollToWorkingDay,
  type SkipRecord,
  walkWorkingDays,
  workingDaysIn,
} from './working-days.ts';

export const UNIT_LABELS: Record<ClockUnit, string> = { workdays: '个工作日', days: '天', hours: '小时' };

export type ClockEventKind = 'pause' | 'resume' | 'extend' | 'stop';

export interface ClockEventInput {
  kind: ClockEventKind;
  at: Date;
  amount: number | null;
  reason: string;
  approvedBy: string | null;
}

export interface ClockInput {
  startedAt: Date;
  limitValue: number;
  limitUnit: ClockUnit;
  /** In the order they happened. */
  events: ClockEventInput[];
}

export interface PauseExplanation {
  from: string; // ISO instant
  to: string | null; // null while the clock is still paused
  fromDay: string;
  toDay: string | null;
  reason: string;
  /** Units not counted: working days, calendar days, or minutes for an hours clock; null while open. */
  notCounted: number | null;
  notCountedUnit: 'workdays' | 'days' | 'minutes';
  /** The days not counted (workdays and days clocks). */
  notCountedDays: string[];
}

export interface ExtensionExplanation {
  at: string;
  amount: number;
  approvedBy: string | null;
  reason: string;
}

export interface ClockExplanation extends SkipRecord {
  unit: ClockUnit;
  limit: number;
  startedAt: string;
  startDay: string;
  extensions: ExtensionExplanation[];
  extensionTotal: number;
  pauses: PauseExplanation[];
  /** Sum of the closed pauses' notCounted, in their unit. */
  pausedTotal: number;
  paused: boolean;
  stopped: { at: string; reason: string } | null;
  /** For days clocks: the due day before it moved off a rest day. */
  rolledFrom: string | null;
  dueDay: string | null;
  dueAt: string | null;
  /** Set when the due date rests on a year without an official schedule: 暂定, and why. */
  provisional: { years: number[]; note: string } | null;
  error: string | null;
  text: string;
}

export interface ClockDue {
  dueAt: Date | null;
  dueError: string | null;
  explanation: ClockExplanation;
}

interface Timeline {
  extensions: ExtensionExplanation[];
  pauses: Array<{ from: Date; to: Date | null; reason: string }>;
  stopped: { at: Date; reason: string } | null;
}

function readEvents(events: ClockEventInput[]): Timeline {
  const t: Timeline = { extensions: [], pauses: [], stopped: null };
  for (const e of events) {
    const open = t.pauses.at(-1)?.to === null ? t.pauses.at(-1) : undefined;
    if (e.kind === 'extend')
      t.extensions.push({
        at: e.at.toISOString(),
        amount: e.amount ?? 0,
        approvedBy: e.approvedBy,
        reason: e.reason,
      });
    else if (e.kind === 'pause' && !open) t.pauses.push({ from: e.at, to: null, reason: e.reason });
    else if (e.kind === 'resume' && open) open.to = e.at;
    else if (e.kind === 'stop') {
      if (open) open.to = e.at;
      t.stopped = { at: e.at, reason: e.reason };
    }
  }
  return t;
}

export function deriveClockDue(cal: Calendar, input: ClockInput): ClockDue {
  const timeline = readEvents(input.events);
  const startDay = chinaDay(input.startedAt);
  const extensionTotal = timeline.extensions.reduce((s, e) => s + e.amount, 0);
  const ex: ClockExplanation = {
    unit: input.limitUnit,
    limit: input.limitValue,
    startedAt: input.startedAt.toISOString(),
    startDay,
    extensions: timeline.extensions,
    extensionTotal,
    pauses: [],
    pausedTotal: 0,
    paused: timeline.pauses.some((p) => p.to === null),
    stopped: timeline.stopped
      ? { at: timeline.stopped.at.toISOString(), reason: timeline.stopped.reason }
      : null,
    rolledFrom: null,
    dueDay: null,
    dueAt: null,
    provisional: null,
    error: null,
    text: '',
    ...emptySkips(),
  };
  let dueAt: Date | null = null;
  try {
    dueAt = compute(cal, input, timeline, ex);
    ex.dueAt = dueAt.toISOString();
    ex.dueDay = chinaDay(dueAt);
    if (input.limitUnit !== 'hours') {
      const years = provisionalYearsBetween(cal, startDay, ex.dueDay);
      if (years.length > 0) ex.provisional = { years, note: provisionalNote(years) };
    }
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CALENDAR_YEAR_MISSING') throw e;
    ex.error = e.message;
    dueAt = null;
  }
  ex.text = describeClock(ex);
  return { dueAt, dueError: ex.error, explanation: ex };
}

function compute(cal: Calendar, input: ClockInput, timeline: Timeline, ex: ClockExplanation): Date {
  const unit = input.limitUnit;
  // Pauses first: their explanation is useful even when the due date cannot be computed.
  for (const p of timeline.pauses) {
    const fromDay = chinaDay(p.from);
    const toDay = p.to ? chinaDay(p.to) : null;
    const pe: PauseExplanation = {
      from: p.from.toISOString(),
      to: p.to?.toISOString() ?? null,
      fromDay,
      toDay,
      reason: p.reason,
      notCounted: null,
      notCountedUnit: unit === 'hours' ? 'minutes' : unit,
      notCountedDays: [],
    };
    ex.pauses.push(pe);
  }
  for (const [i, p] of timeline.pauses.entries()) {
    const pe = ex.pauses[i];
    if (!p.to || !pe.toDay) continue;
    if (unit === 'hours') {
      pe.notCounted = Math.max(0, Math.round((p.to.getTime() - p.from.getTime()) / 60_000));
    } else if (unit === 'days') {
      pe.notCountedDays = [];
      for (let d = addDays(pe.fromDay, 1); d <= pe.toDay; d = addDays(d, 1)) pe.notCountedDays.push(d);
      pe.notCounted = Math.max(0, dayDiff(pe.fromDay, pe.toDay));
    } else {
      pe.notCountedDays = workingDaysIn(cal, pe.fromDay, pe.toDay);
      pe.notCounted = pe.notCountedDays.length;
    }
    ex.pausedTotal += pe.notCounted;
  }

  const counted = input.limitValue + ex.extensionTotal;
  if (unit === 'hours') {
    return new Date(input.startedAt.getTime() + counted * 3_600_000 + ex.pausedTotal * 60_000);
  }
  if (unit === 'days') {
    const nominal = addDays(ex.startDay, counted + ex.pausedTotal);
    const roll = rollToWorkingDay(cal, nominal);
    Object.assign(ex, pickSkips(roll));
    if (roll.day !== nominal) ex.rolledFrom = nominal;
    return endOfChinaDay(roll.day);
  }
  const walk = walkWorkingDays(cal, ex.startDay, counted + ex.pausedTotal);
  Object.assign(ex, pickSkips(walk));
  return endOfChinaDay(walk.due);
}

function pickSkips(s: SkipRecord): SkipRecord {
  return {
    skippedWeekends: s.skippedWeekends,
    skippedHolidays: s.skippedHolidays,
    adjustedWorkdays: s.adjustedWorkdays,
  };
}

// --- Chinese text ---------------------------------------------------------------------------------

function amount(n: number, unit: ClockUnit): string {
  return `${n}${UNIT_LABELS[unit]}`;
}

function describePause(p: PauseExplanation, unit: ClockUnit): string {
  const reason = p.reason ? `，原因：${p.reason}` : '';
  const from = unit === 'hours' ? formatInstant(new Date(p.from)) : formatDayShort(p.fromDay, true);
  if (p.to === null) return `自${from}起暂停${reason}，尚未恢复`;
  const to = unit === 'hours' ? formatInstant(new Date(p.to)) : formatDayShort(p.toDay ?? '', true);
  let not: string;
  if (unit === 'hours') not = `不计入${p.notCounted}分钟`;
  else if (!p.notCounted) not = '未跨过需计算的日期，不影响期限';
  else
    not = `不计入${p.notCounted}${unit === 'workdays' ? '个工作日' : '天'}（${p.notCountedDays.map((d) => formatDayShort(d)).join('、')}）`;
  return `${from}暂停、${to}恢复${reason}，${not}`;
}

/** One paragraph: start, limit, extensions, pauses, days skipped, due date. */
export function describeClock(ex: ClockExplanation): string {
  const unit = ex.unit;
  const parts: string[] = [];
  if (unit === 'hours')
    parts.push(`自${formatInstant(new Date(ex.startedAt))}起算，期限${amount(ex.limit, unit)}。`);
  else
    parts.push(
      `自${formatDayLong(ex.startDay)}起算（当日不计入），期限${amount(ex.limit, unit)}${unit === 'days' ? '（自然日）' : ''}。`,
    );
  for (const e of ex.extensions)
    parts.push(
      `延长${amount(e.amount, unit)}（批准人：${e.approvedBy ?? '未填'}${e.reason ? `，理由：${e.reason}` : ''}）。`,
    );
  if (ex.pauses.length > 0)
    parts.push(`暂停${ex.pauses.length}次：${ex.pauses.map((p) => describePause(p, unit)).join('；')}。`);
  if (ex.error) {
    parts.push(`无法计算届满日：${ex.error}`);
    return parts.join('');
  }
  if (unit === 'workdays') {
    const total = ex.limit + ex.extensionTotal + ex.pausedTotal;
    const sum = [
      `${ex.limit}`,
      ex.extensionTotal ? `延长${ex.extensionTotal}` : '',
      ex.pausedTotal ? `暂停顺延${ex.pausedTotal}` : '',
    ]
      .filter(Boolean)
      .join(' + ');
    if (ex.extensionTotal || ex.pausedTotal) parts.push(`共计数${sum} = ${total}个工作日。`);
    const skips = describeSkips(ex);
    if (skips) parts.push(`${skips}。`);
  } else if (unit === 'days' && ex.rolledFrom) {
    parts.push(
      `期限最后一日${formatDayLong(ex.rolledFrom)}为休息日，顺延至其后第一个工作日（${describeSkips(ex)}）。`,
    );
  }
  if (ex.dueAt && ex.dueDay) {
    if (unit === 'hours') parts.push(`届满时间为${formatInstant(new Date(ex.dueAt))}（北京时间）。`);
    else if (ex.provisional)
      parts.push(
        `届满日暂定为${formatDayLong(ex.dueDay)}，当日23:59:59（北京时间）前办结。暂定：${ex.provisional.note}。`,
      );
    else parts.push(`届满日为${formatDayLong(ex.dueDay)}，当日23:59:59（北京时间）前办结。`);
  }
  if (ex.paused) parts.push('目前处于暂停状态，恢复计时后届满日将按暂停期间顺延。');
  if (ex.stopped)
    parts.push(
      `已于${formatInstant(new Date(ex.stopped.at))}停止计时${ex.stopped.reason ? `（${ex.stopped.reason}）` : ''}。`,
    );
  return parts.join('');
}
