// Statutory clocks (法定期限计时), used by every module that times something: start, pause (补正,
// 征求第三方意见, 现场核查, 专家评审, 检测…), resume, extend (with approver and reason), stop.
// Every event is a row; the due date is recomputed from the whole record on every event (and on
// every calendar change), so it can always be derived again by hand. Callers authorize first:
// these functions trust the module's use case that calls them. Every write is audited.
import type { SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError, notFound, validationError } from '../errors.ts';
import { requireStaffWithAnyPermission } from './calendar.policy.ts';
import {
  type ClockEventRow,
  type ClockRow,
  clocksInsert,
  findClock,
  findClockForUpdate,
  findClocksOfSubject,
  insertClockEvent,
  listEventsOf,
  listEventsOfMany,
  listOpenClocks,
  listRunningDueBefore,
  loadCalendar,
  lockAndLoadCalendar,
  lockCalendarForRead,
  updateClock,
} from './calendar.repository.ts';
import { CLOCK_UNITS, type ClockUnit } from './calendar.table.ts';
import {
  type ClockEventInput,
  type ClockEventKind,
  type ClockExplanation,
  deriveClockDue,
} from './clock-due.ts';
import { announceMovedClocks, type MovedClock, maySeeSubject } from './clock-subjects.ts';
import type { Calendar } from './working-days.ts';

export type ClockStatus = 'running' | 'paused' | 'stopped';

export interface Clock {
  id: string;
  subjectType: string;
  subjectId: string;
  /** Its escalation ladder's kind ('services.statutory'); null for plain reminders. */
  kind: string | null;
  label: string;
  startedAt: Date;
  limit: { value: number; unit: ClockUnit };
  status: ClockStatus;
  /** When the clock falls due; null when dueError says why it cannot be computed. */
  dueAt: Date | null;
  dueError: string | null;
  /** Set when the due date rests on a year without an official schedule: show 暂定 and the note. */
  provisional: { years: number[]; note: string } | null;
  explanation: ClockExplanation | null;
  responsibleAccountId: string | null;
  responsibleUnitId: string | null;
  stoppedAt: Date | null;
  createdAt: Date;
}

export interface ClockEvent {
  seq: number;
  kind: ClockEventKind;
  at: Date;
  amount: number | null;
  reason: string;
  approvedBy: string | null;
  byAccountId: string | null;
}

export interface ClockDetail extends Clock {
  events: ClockEvent[];
}

export interface StartClockInput {
  subjectType: string;
  subjectId: string;
  /** The clock kind whose escalation ladder applies (defineClockKind); omit for plain reminders. */
  kind?: string | null;
  label: string;
  startedAt: Date;
  limit: { value: number; unit: ClockUnit };
  responsibleAccountId?: string | null;
  responsibleUnitId?: string | null;
}

const MAX_LIMIT: Record<ClockUnit, number> = { workdays: 3650, days: 3650, hours: 87_600 };
const KIND_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+$/;

export function toClock(row: ClockRow): Clock {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    kind: row.kind,
    label: row.label,
    startedAt: row.startedAt,
    limit: { value: row.limitValue, unit: row.limitUnit },
    status: row.status,
    dueAt: row.dueAt,
    dueError: row.dueError,
    provisional: row.dueProvisional ? (row.explanation?.provisional ?? null) : null,
    explanation: row.explanation,
    responsibleAccountId: row.responsibleAccountId,
    responsibleUnitId: row.responsibleUnitId,
    stoppedAt: row.stoppedAt,
    createdAt: row.createdAt,
  };
}

export function toEvent(row: ClockEventRow): ClockEvent {
  return {
    seq: row.seq,
    kind: row.kind,
    at: row.at,
    amount: row.amount,
    reason: row.reason,
    approvedBy: row.approvedBy,
    byAccountId: row.byAccountId,
  };
}

function eventInputs(rows: ClockEventRow[]): ClockEventInput[] {
  return rows.map((e) => ({
    kind: e.kind,
    at: e.at,
    amount: e.amount,
    reason: e.reason,
    approvedBy: e.approvedBy,
  }));
}

export function derive(
  cal: Calendar,
  clock: Pick<ClockRow, 'startedAt' | 'limitValue' | 'limitUnit'>,
  events: ClockEventRow[],
) {
  return deriveClockDue(cal, {
    startedAt: clock.startedAt,
    limitValue: clock.limitValue,
    limitUnit: clock.limitUnit,
    events: eventInputs(events),
  });
}

function text(value: unknown, field: string, label: string, max: number, required = true): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (required && !s) throw validationError(field, `${field}：${label}不能为空`);
  if (s.length > max) throw validationError(field, `${field}：${label}最多 ${max} 个字符`);
  return s;
}

// --- start ------------------------------------------------------------------------------------------

/** The input checked and trimmed, or a validation error naming the field. */
function checkStart(input: StartClockInput) {
  const subjectType = text(input.subjectType, 'subjectType', '计时对象类型', 64);
  const subjectId = text(input.subjectId, 'subjectId', '计时对象编号', 128);
  const label = text(input.label, 'label', '计时名称', 200);
  const kind = input.kind == null ? null : text(input.kind, 'kind', '计时种类', 64);
  if (kind !== null && !KIND_PATTERN.test(kind))
    throw validationError('kind', 'kind：计时种类应形如 services.statutory（模块名.名称）');
  if (!(input.startedAt instanceof Date) || Number.isNaN(input.startedAt.getTime()))
    throw validationError('startedAt', 'startedAt：起算时间不合法');
  const unit = input.limit?.unit;
  if (!CLOCK_UNITS.includes(unit))
    throw validationError('limit/unit', 'limit/unit：期限单位应为工作日、天或小时');
  const value = input.limit.value;
  if (!Number.isInteger(value) || value < 0 || value > MAX_LIMIT[unit])
    throw validationError('limit/value', `limit/value：期限应为 0 至 ${MAX_LIMIT[unit]} 的整数`);
  return { subjectType, subjectId, kind, label, startedAt: input.startedAt, value, unit, input };
}

export async function startClock(ctx: Ctx, input: StartClockInput): Promise<ClockDetail> {
  return inTransaction(ctx, async (tx) => {
    const plan = await planClocks([{ ctx: tx, input }]);
    await tx.db.execute(plan.insert);
    return plan.clocks[0];
  });
}

/**
 * Several clocks at once (one calendar read, one insert), each recorded in the audit log under its
 * own ctx — the ctxs of one transaction, e.g. a group commit's members. Returns the clocks as they
 * will be stored, their audit records queued, and the insert, for the caller to run (alone, or as a
 * `with` part of its own statement) in that transaction before it commits. The calendar stays
 * locked for reading until then, so no edit can change the due dates under them.
 */
export async function planClocks(
  starts: ReadonlyArray<{ ctx: Ctx; input: StartClockInput }>,
): Promise<{ clocks: ClockDetail[]; insert: SQL }> {
  const checked = starts.map((s) => checkStart(s.input));
  const tx = starts[0].ctx;
  if (tx.db === tx.database.db) throw new Error('planClocks: call it inside a transaction');
  const cal = await lockAndLoadCalendar(tx.db);
  const rows: ClockRow[] = checked.map((c, i) => {
    const base = { startedAt: c.startedAt, limitValue: c.value, limitUnit: c.unit };
    const due = derive(cal, base, []);
    return {
      id: crypto.randomUUID(),
      ...base,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      kind: c.kind,
      label: c.label,
      status: 'running' as const,
      dueAt: due.dueAt,
      dueError: due.dueError,
      dueProvisional: due.explanation.provisional !== null,
      explanation: due.explanation,
      responsibleAccountId: c.input.responsibleAccountId ?? null,
      responsibleUnitId: c.input.responsibleUnitId ?? null,
      stoppedAt: null,
      createdAt: starts[i].ctx.now,
    };
  });
  for (const [i, c] of checked.entries())
    await recordAudit(starts[i].ctx, {
      action: 'clock.start',
      objectType: 'clock',
      objectId: rows[i].id,
      detail: {
        subjectType: c.subjectType,
        subjectId: c.subjectId,
        kind: c.kind,
        label: c.label,
        startedAt: c.startedAt.toISOString(),
        limit: `${c.value} ${c.unit}`,
        dueAt: rows[i].dueAt?.toISOString() ?? null,
        dueProvisional: rows[i].dueProvisional,
        dueError: rows[i].dueError,
      },
    });
  return { clocks: rows.map((row) => ({ ...toClock(row), events: [] })), insert: clocksInsert(rows) };
}

// --- events -----------------------------------------------------------------------------------------

interface EventSpec {
  kind: ClockEventKind;
  /** When it happened; defaults to ctx.now. */
  at?: Date;
  amount?: number;
  reason: string;
  approvedBy?: string;
}

/** When an event happened: given (e.g. the day the 补正 materials arrived) or now; never in the future. */
function eventTime(at: Date | undefined): Date | undefined {
  if (at === undefined) return undefined;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw validationError('at', 'at：时间不合法');
  return at;
}

async function addEvent(ctx: Ctx, clockId: string, spec: EventSpec): Promise<ClockDetail> {
  return inTransaction(ctx, async (tx) => {
    await lockCalendarForRead(tx.db);
    const clock = await findClockForUpdate(tx.db, clockId);
    if (!clock) throw clockNotFound();
    if (clock.status === 'stopped')
      throw new AppError('CLOCK_STOPPED', { message: '该计时已停止，不能再变更' });
    if (spec.kind === 'pause' && clock.status === 'paused')
      throw new AppError('CLOCK_ALREADY_PAUSED', { message: '该计时已处于暂停状态' });
    if (spec.kind === 'resume' && clock.status !== 'paused')
      throw new AppError('CLOCK_NOT_PAUSED', { message: '该计时未暂停，无需恢复' });

    const previous = await listEventsOf(tx.db, clock.id);
    const last = previous.at(-1);
    let when = tx.now;
    if (spec.at) {
      if (spec.at > tx.now) throw validationError('at', 'at：不能晚于当前时间');
      if (spec.at < clock.startedAt) throw validationError('at', 'at：不能早于起算时间');
      if (last && spec.at < last.at) throw validationError('at', 'at：不能早于该计时的上一次变更');
      when = spec.at;
    } else if (last && when < last.at) when = last.at; // clocks of several instances may disagree slightly
    await insertClockEvent(tx.db, {
      clockId: clock.id,
      seq: (last?.seq ?? 0) + 1,
      kind: spec.kind,
      at: when,
      amount: spec.amount ?? null,
      reason: spec.reason,
      approvedBy: spec.approvedBy ?? null,
      byAccountId: tx.actor.id,
    });
    const events = await listEventsOf(tx.db, clock.id);
    const due = derive(await loadCalendar(tx.db), clock, events);
    const status: ClockStatus =
      spec.kind === 'stop'
        ? 'stopped'
        : spec.kind === 'pause'
          ? 'paused'
          : spec.kind === 'resume'
            ? 'running'
            : clock.status;
    const row = await updateClock(tx.db, clock.id, {
      status,
      dueAt: due.dueAt,
      dueError: due.dueError,
      dueProvisional: due.explanation.provisional !== null,
      explanation: due.explanation,
      stoppedAt: spec.kind === 'stop' ? when : clock.stoppedAt,
    });
    await recordAudit(tx, {
      action: `clock.${spec.kind}`,
      objectType: 'clock',
      objectId: clock.id,
      detail: {
        subjectType: clock.subjectType,
        subjectId: clock.subjectId,
        label: clock.label,
        reason: spec.reason,
        at: when.toISOString(),
        ...(spec.amount !== undefined ? { amount: spec.amount, unit: clock.limitUnit } : {}),
        ...(spec.approvedBy !== undefined ? { approvedBy: spec.approvedBy } : {}),
        dueBefore: clock.dueAt?.toISOString() ?? null,
        dueAt: due.dueAt?.toISOString() ?? null,
        dueProvisional: due.explanation.provisional !== null,
        dueError: due.dueError,
      },
    });
    return { ...toClock(row), events: events.map(toEvent) };
  });
}

/** Pauses a running clock (补正, 第三方意见, 现场核查, 专家评审, 检测…): the time until resume is not counted. */
export async function pauseClock(
  ctx: Ctx,
  clockId: string,
  input: { reason: string; at?: Date },
): Promise<ClockDetail> {
  const reason = text(input.reason, 'reason', '暂停原因', 200);
  return addEvent(ctx, clockId, { kind: 'pause', reason, at: eventTime(input.at) });
}

export async function resumeClock(
  ctx: Ctx,
  clockId: string,
  input: { reason?: string; at?: Date } = {},
): Promise<ClockDetail> {
  const reason = text(input.reason, 'reason', '恢复说明', 200, false);
  return addEvent(ctx, clockId, { kind: 'resume', reason, at: eventTime(input.at) });
}

/** Extends the limit by `amount` units of the clock's own unit, approved by someone, for a reason. */
export async function extendClock(
  ctx: Ctx,
  clockId: string,
  input: { amount: number; approvedBy: string; reason: string },
): Promise<ClockDetail> {
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > 3650)
    throw validationError('amount', 'amount：延长期限应为 1 至 3650 的整数');
  const approvedBy = text(input.approvedBy, 'approvedBy', '批准人', 64);
  const reason = text(input.reason, 'reason', '延长理由', 200);
  return addEvent(ctx, clockId, { kind: 'extend', amount: input.amount, approvedBy, reason });
}

/** Stops the clock (办结, 撤回, 终止…); its last due date and explanation stay on record. */
export async function stopClock(
  ctx: Ctx,
  clockId: string,
  input: { reason: string; at?: Date },
): Promise<ClockDetail> {
  const reason = text(input.reason, 'reason', '停止原因', 200, false);
  return addEvent(ctx, clockId, { kind: 'stop', reason, at: eventTime(input.at) });
}

// --- reads ------------------------------------------------------------------------------------------

function clockNotFound(): AppError {
  return notFound('CLOCK_NOT_FOUND', '未找到该计时');
}

/** A clock with its events and explanation; 404 CLOCK_NOT_FOUND. */
export async function getClock(ctx: Ctx, id: string): Promise<ClockDetail> {
  const row = await findClock(ctx.db, id);
  if (!row) throw clockNotFound();
  const events = await listEventsOf(ctx.db, id);
  return { ...toClock(row), events: events.map(toEvent) };
}

/**
 * GET /api/clocks/:id: staff holding some permission (403 otherwise, whatever the id), and then
 * only those who may read the clock's subject by its module's rule (canRead): to anyone else the
 * clock does not exist (404, the same answer as for an id that was never issued).
 */
export async function viewClock(ctx: Ctx, id: string): Promise<ClockDetail> {
  requireStaffWithAnyPermission(ctx.actor);
  const row = await findClock(ctx.db, id);
  if (!row || !(await maySeeSubject(ctx, row))) throw clockNotFound();
  const events = await listEventsOf(ctx.db, id);
  return { ...toClock(row), events: events.map(toEvent) };
}

export async function findClocksBySubject(
  ctx: Ctx,
  subjectType: string,
  subjectId: string,
): Promise<Clock[]> {
  return (await findClocksOfSubject(ctx.db, subjectType, subjectId)).map(toClock);
}

/** Running clocks due before the instant (earliest first), for the reminder sweeper. */
export async function listRunningClocksDueBefore(ctx: Ctx, date: Date): Promise<Clock[]> {
  return (await listRunningDueBefore(ctx.db, date)).map(toClock);
}

/**
 * Recomputes the due date of every running or paused clock against `cal`, inside the caller's
 * transaction (which must hold the calendar edit lock), then announces the clocks whose due date
 * moved (announceMovedClocks: each module's hook, a timeline note, a notice to the handler). A clock
 * whose date stays but is no longer provisional is updated without a notice. `years` are the
 * calendar years the caller changed, for the notes. Returns how many were recomputed and changed.
 */
export async function recomputeOpenClocks(
  tx: Ctx,
  cal: Calendar,
  years: number[] = [],
  only?: (clock: ClockRow) => boolean,
): Promise<{ recomputed: number; changed: number; moved: MovedClock[] }> {
  const open = (await listOpenClocks(tx.db)).filter((c) => !only || only(c));
  const events = await listEventsOfMany(
    tx.db,
    open.map((c) => c.id),
  );
  const byClock = new Map<string, ClockEventRow[]>();
  for (const e of events) byClock.set(e.clockId, [...(byClock.get(e.clockId) ?? []), e]);
  let changed = 0;
  const moved: MovedClock[] = [];
  for (const clock of open) {
    const due = derive(cal, clock, byClock.get(clock.id) ?? []);
    const provisional = due.explanation.provisional !== null;
    const sameDate = (due.dueAt?.getTime() ?? null) === (clock.dueAt?.getTime() ?? null);
    const same = sameDate && due.dueError === clock.dueError && provisional === clock.dueProvisional;
    if (!same) changed++;
    const row = await updateClock(tx.db, clock.id, {
      dueAt: due.dueAt,
      dueError: due.dueError,
      dueProvisional: provisional,
      explanation: due.explanation,
    });
    if (!sameDate)
      moved.push({
        clock: toClock(row),
        before: { dueAt: clock.dueAt, provisional: clock.dueProvisional },
        years,
      });
  }
  await announceMovedClocks(tx, moved);
  return { recomputed: open.length, changed, moved };
}
