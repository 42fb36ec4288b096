// Request and response schemas of /api/calendar and /api/clocks, and the presenters that turn
// service results (Dates) into what the schemas promise (ISO strings).
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { CalendarStatus, CalendarYear, ProvisionalYearView } from './calendar.service.ts';
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

const Provisional = Type.Union(
  [
    Type.Object({
      years: Type.Array(Type.Integer(), { description: '尚未录入正式安排的年份' }),
      note: Type.String({ description: '一句话说明：为何暂定、依据什么推算' }),
    }),
    Type.Null(),
  ],
  { description: '届满日依据暂定日历时给出（显示“暂定”）；否则为 null' },
);

export const DueReply = Type.Object({
  due: Day,
  explanation: Type.Object({
    from: Day,
    workdays: Type.Integer(),
    due: Day,
    ...Skips,
    provisionalYears: Type.Array(Type.Integer()),
  }),
  provisional: Provisional,
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
  provisionalYears: Type.Array(Type.Object({ year: Type.Integer(), note: Type.String() }), {
    description: '本年、下一年中尚未录入、按暂定日历计算的年份',
  }),
  clocksWithoutDue: Type.Integer(),
  clocksProvisional: Type.Integer({ description: '届满日为暂定的进行中计时数' }),
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

export const ProvisionalYearReply = Type.Object({
  year: Type.Integer(),
  basis: Type.String({ description: '推算依据' }),
  note: Type.String({ description: '暂定说明' }),
  days: Type.Array(
    Type.Object({
      day: Day,
      kind: Type.Literal('holiday'),
      name: Type.String({ description: '春节，或 春节补假' }),
      why: Type.String({ description: '为何放假：农历除夕、补2月6日（星期六）…' }),
    }),
  ),
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
  provisional: Provisional,
  error: Nullable(Type.String()),
  text: Type.String(),
  ...Skips,
});

export const ClockReply = Type.Object({
  id: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  kind: Nullable(Type.String()),
  label: Type.String(),
  startedAt: Instant,
  limit: Type.Object({ value: Type.Integer(), unit: Type.String() }),
  status: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('stopped')]),
  dueAt: Nullable(Instant),
  dueError: Nullable(Type.String()),
  provisional: Provisional,
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

export function presentProvisionalYear(y: ProvisionalYearView): Static<typeof ProvisionalYearReply> {
  return y;
}

export function presentYear<T extends CalendarYear>(y: T): Omit<T, 'updatedAt'> & { updatedAt: string } {
  return { ...y, updatedAt: y.updatedAt.toISOString() };
}

export function presentClock(c: ClockDetail): Static<typeof ClockReply> {
  return {
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    kind: c.kind,
    label: c.label,
    startedAt: c.startedAt.toISOString(),
    limit: c.limit,
    status: c.status,
    dueAt: c.dueAt?.toISOString() ?? null,
    dueError: c.dueError,
    provisional: c.provisional,
    // Explanations stored before provisional years existed have no such field.
    explanation: c.explanation ? { ...c.explanation, provisional: c.explanation.provisional ?? null } : null,
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
