// Request and response schemas of /api/calendar and /api/clocks, and the presenters that turn
// service results (Dates) into what the schemas promise (ISO strings).
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { CalendarStatus, CalendarYear } from './calendar.service.ts';
import type { ClockDetail } from './clocks.service.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD（北京时间日期）' });
const Instant = Type.String({ format: 'date-time' });
const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday 节假日 / workday 调休上班日',
});
const NamedDay = Type.Object({ day: Day, name: Type.String() });

const Skips = {
  skippedWeekends: Type.Array(Day, { description: '跳过的周末（非节假日、非调休）' }),
  skippedHolidays: Type.Array(NamedDay, { description: '跳过的法定节假日' }),
  adjustedWorkdays: Type.Array(NamedDay, { description: '计入的调休上班日' }),
};

export const DueQuery = Type.Object(
  {
    from: Day,
    workdays: Type.Integer({ minimum: 0, maximum: 365, description: '工作日数（0–365）' }),
  },
  { additionalProperties: false },
);

export const DueReply = Type.Object({
  due: Day,
  explanation: Type.Object({ from: Day, workdays: Type.Integer(), due: Day, ...Skips }),
  text: Type.String({ description: '中文说明，可对照日历逐日核对' }),
});

export const YearParams = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: '年份' }) },
  { additionalProperties: false },
);

const Source = Type.Union([Type.Literal('chinese-days'), Type.Literal('manual')]);

export const StatusReply = Type.Object({
  years: Type.Array(
    Type.Object({
      year: Type.Integer(),
      source: Source,
      note: Type.Union([Type.String(), Type.Null()]),
      holidays: Type.Integer(),
      workdays: Type.Integer(),
      updatedAt: Instant,
    }),
  ),
  currentYear: Type.Integer(),
  currentYearMissing: Type.Boolean(),
  nextYearMissing: Type.Boolean(),
  clocksWithoutDue: Type.Integer(),
  warning: Type.Union([Type.String(), Type.Null()]),
});

const YearDay = Type.Object({ day: Day, kind: Kind, name: Type.String() });

export const YearReply = Type.Object({
  year: Type.Integer(),
  source: Source,
  note: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Instant,
  days: Type.Array(YearDay),
});

export const YearBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 200, description: '说明（如发文号）' })),
    days: Type.Array(
      Type.Object(
        {
          day: Day,
          kind: Kind,
          name: Type.String({ minLength: 1, maxLength: 40, description: '名称，如 国庆节' }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 120 },
    ),
  },
  { additionalProperties: false },
);

export const YearReplaced = Type.Object({
  ...YearReply.properties,
  clocksRecomputed: Type.Integer({ description: '重新计算届满日的计时数' }),
  clocksChanged: Type.Integer({ description: '届满日因此改变的计时数' }),
});

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const Explanation = Type.Object({
  unit: Type.String(),
  limit: Type.Integer(),
  startedAt: Instant,
  startDay: Day,
  extensions: Type.Array(
    Type.Object({
      at: Instant,
      amount: Type.Integer(),
      approvedBy: Nullable(Type.String()),
      reason: Type.String(),
    }),
  ),
  extensionTotal: Type.Integer(),
  pauses: Type.Array(
    Type.Object({
      from: Instant,
      to: Nullable(Instant),
      fromDay: Day,
      toDay: Nullable(Day),
      reason: Type.String(),
      notCounted: Nullable(Type.Integer()),
      notCountedUnit: Type.String(),
      notCountedDays: Type.Array(Day),
    }),
  ),
  pausedTotal: Type.Integer(),
  paused: Type.Boolean(),
  stopped: Nullable(Type.Object({ at: Instant, reason: Type.String() })),
  rolledFrom: Nullable(Day),
  dueDay: Nullable(Day),
  dueAt: Nullable(Instant),
  error: Nullable(Type.String()),
  text: Type.String(),
  ...Skips,
});

export const ClockReply = Type.Object({
  id: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  label: Type.String(),
  startedAt: Instant,
  limit: Type.Object({ value: Type.Integer(), unit: Type.String() }),
  status: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('stopped')]),
  dueAt: Nullable(Instant),
  dueError: Nullable(Type.String()),
  explanation: Nullable(Explanation),
  responsibleAccountId: Nullable(Type.String()),
  responsibleUnitId: Nullable(Type.String()),
  stoppedAt: Nullable(Instant),
  events: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      kind: Type.String(),
      at: Instant,
      amount: Nullable(Type.Integer()),
      reason: Type.String(),
      approvedBy: Nullable(Type.String()),
    }),
  ),
});

export function presentStatus(s: CalendarStatus): Static<typeof StatusReply> {
  return { ...s, years: s.years.map((y) => ({ ...y, updatedAt: y.updatedAt.toISOString() })) };
}

export function presentYear<T extends CalendarYear>(y: T): Omit<T, 'updatedAt'> & { updatedAt: string } {
  return { ...y, updatedAt: y.updatedAt.toISOString() };
}

export function presentClock(c: ClockDetail): Static<typeof ClockReply> {
  return {
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    label: c.label,
    startedAt: c.startedAt.toISOString(),
    limit: c.limit,
    status: c.status,
    dueAt: c.dueAt?.toISOString() ?? null,
    dueError: c.dueError,
    explanation: c.explanation,
    responsibleAccountId: c.responsibleAccountId,
    responsibleUnitId: c.responsibleUnitId,
    stoppedAt: c.stoppedAt?.toISOString() ?? null,
    events: c.events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      at: e.at.toISOString(),
      amount: e.amount,
      reason: e.reason,
      approvedBy: e.approvedBy,
    })),
  };
}
