// Request schemas and views of emergency reports (/api/info/emergencies/...).
import { type TSchema, Type } from '@sinclair/typebox';
import { ITEM_STATUSES, REPORT_KINDS } from '../info.table.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const FORM = {
  title: Str(200),
  eventAt: Type.Optional(
    Type.String({ maxLength: 40, description: '事发时间（续报、终报为情况截至时间），ISO 8601' }),
  ),
  countyCode: Str(12),
  place: Str(400),
  nature: Str(800),
  scope: Str(2000),
  casualties: Str(2000),
  trend: Str(2000),
  measures: Str(4000),
  leadersOnSite: Str(800),
  authorName: Str(80),
  contact: Str(120),
};

export const EmergencyBody = Type.Object(
  { ...FORM, submit: Type.Optional(Type.Boolean({ description: 'true 报送首报；false 只登记并开始计时' })) },
  { additionalProperties: false },
);

export const FollowUpBody = Type.Object(
  { ...FORM, kind: Type.String({ maxLength: 20, description: 'followup 续报 / final 终报' }) },
  { additionalProperties: false },
);

export const BoardQuery = Type.Object({ view: Str(10) }, { additionalProperties: false });

const Standing = Lit(['pending', 'overdue_pending', 'on_time', 'late'] as const);

const Timing = {
  dueAt: Nullable(Type.String()),
  submittedAt: Nullable(Type.String()),
  standing: Standing,
  standingLabel: Type.String(),
  overdue: Type.Boolean(),
  remainingMs: Nullable(Type.Number()),
};

export const BoardView = Type.Object({
  now: Type.String(),
  view: Lit(['mine', 'all'] as const),
  limitHours: Type.Integer(),
  reports: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      status: Lit(ITEM_STATUSES),
      statusLabel: Type.String(),
      unitName: Type.String(),
      countyName: Type.String(),
      place: Type.String(),
      nature: Type.String(),
      eventAt: Type.String(),
      ...Timing,
      followUps: Type.Integer(),
      finalAt: Nullable(Type.String()),
    }),
  ),
  registrations: Type.Array(
    Type.Object({ unitName: Type.String(), countyName: Type.String(), eventAt: Type.String(), ...Timing }),
  ),
  counts: Type.Object({
    total: Type.Integer(),
    pending: Type.Integer(),
    overduePending: Type.Integer(),
    onTime: Type.Integer(),
    late: Type.Integer(),
    overdue: Type.Integer(),
    open: Type.Integer(),
  }),
});

export const EmergencyView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: Lit(ITEM_STATUSES),
  statusLabel: Type.String(),
  unitName: Type.String(),
  eventAt: Type.String(),
  countyCode: Nullable(Type.String()),
  ...Timing,
  now: Type.String(),
  closed: Type.Boolean(),
  reports: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Lit(REPORT_KINDS),
      kindLabel: Type.String(),
      title: Type.String(),
      eventAt: Nullable(Type.String()),
      submittedAt: Nullable(Type.String()),
      authorName: Type.String(),
      contact: Type.String(),
      countyName: Type.String(),
      facts: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), value: Type.String() })),
    }),
  ),
  events: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: Type.String(),
      text: Type.String(),
      note: Nullable(Type.String()),
      actorName: Nullable(Type.String()),
    }),
  ),
  can: Type.Object({ edit: Type.Boolean(), followUp: Type.Boolean() }),
});

const Choice = Type.Object({ value: Type.String(), label: Type.String() });

export const CountiesView = Type.Object({
  counties: Type.Array(
    Type.Union([Choice, Type.Object({ label: Type.String(), options: Type.Array(Choice) })]),
  ),
});

export const SavedEmergencyView = Type.Object({
  id: Type.String(),
  initialId: Type.String(),
  status: Lit(ITEM_STATUSES),
  dueAt: Nullable(Type.String()),
});
