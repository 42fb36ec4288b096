// Request schemas and staff views of supervision (/api/supervision/...).
import { type TSchema, Type } from '@sinclair/typebox';
import { Uuid } from '../../platform/http/route.ts';
import {
  EXTENSION_STATUSES,
  ITEM_SOURCES,
  ITEM_STATUSES,
  REPORT_CYCLES,
  REPORT_KINDS,
  REPORT_STATUSES,
  UNIT_ROLES,
  URGENCIES,
} from './supervision.table.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Enum = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ maxLength: 10, description: 'YYYY-MM-DD' });

const AttachmentT = Type.Object(
  { fileId: Uuid, name: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
const MilestoneIn = Type.Object(
  { title: Type.String({ maxLength: 200 }), dueDay: Day },
  { additionalProperties: false },
);

const AssignFields = {
  leadUnitId: Uuid,
  coUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 30, uniqueItems: true })),
  responsiblePerson: Type.Optional(Type.String({ maxLength: 60 })),
  dueDay: Type.Optional(Nullable(Day)),
  milestones: Type.Optional(Type.Array(MilestoneIn, { maxItems: 20 })),
  reportCycle: Type.Optional(Enum(REPORT_CYCLES)),
};

export const AssignBody = Type.Object(AssignFields, { additionalProperties: false });

export const RegisterBody = Type.Object(
  {
    source: Enum(ITEM_SOURCES),
    title: Type.String({ maxLength: 400 }),
    sourceDoc: Type.Optional(Type.String({ maxLength: 200 })),
    sourceText: Type.Optional(Type.String({ maxLength: 12000 })),
    sourceFile: Type.Optional(Nullable(AttachmentT)),
    instructingLeaderId: Type.Optional(Nullable(Uuid)),
    urgency: Type.Optional(Enum(URGENCIES)),
    parentId: Type.Optional(Nullable(Uuid)),
    target: Type.Optional(
      Nullable(
        Type.Object(
          {
            label: Type.String({ maxLength: 100 }),
            value: Type.Number(),
            unit: Type.String({ maxLength: 20 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    published: Type.Optional(Type.Boolean()),
    ...Object.fromEntries(
      Object.entries(AssignFields).map(([k, v]) => [k, k === 'leadUnitId' ? Type.Optional(v) : v]),
    ),
  },
  { additionalProperties: false },
);

export const ReportBody = Type.Object(
  {
    kind: Enum(REPORT_KINDS),
    progress: Type.String({ maxLength: 6000 }),
    percent: Type.Optional(Nullable(Type.Number())),
    reachedValue: Type.Optional(Nullable(Type.Number())),
    valueUnit: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    problems: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    nextSteps: Type.Optional(Type.String({ maxLength: 4000 })),
    attachments: Type.Optional(Type.Array(AttachmentT, { maxItems: 30 })),
    result: Type.Optional(Type.String({ maxLength: 6000 })),
  },
  { additionalProperties: false },
);

export const ReviewBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('accept'), Type.Literal('return')]),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    publicNote: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const CommentBody = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const ReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const TextBody = Type.Object(
  { text: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

export const ExtensionRequestBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2200 })), toDay: Type.Optional(Day) },
  { additionalProperties: false },
);
export const ExtensionDecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
    comment: Type.Optional(Type.String({ maxLength: 2200 })),
  },
  { additionalProperties: false },
);

export const PublishBody = Type.Object({ published: Type.Boolean() }, { additionalProperties: false });

export const ItemsQuery = Type.Object(
  {
    view: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Literal('unit'), Type.Literal('leader'), Type.Literal('office')]),
    ),
    status: Type.Optional(Type.String({ maxLength: 20 })),
    light: Type.Optional(Type.String({ maxLength: 10 })),
    source: Type.Optional(Type.String({ maxLength: 30 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

const LightT = Type.Union([
  Type.Literal('red'),
  Type.Literal('yellow'),
  Type.Literal('green'),
  Type.Literal('none'),
]);

export const ItemListItemView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  title: Type.String(),
  source: Enum(ITEM_SOURCES),
  sourceLabel: Type.String(),
  urgency: Enum(URGENCIES),
  urgencyLabel: Type.String(),
  status: Enum(ITEM_STATUSES),
  statusLabel: Type.String(),
  leadUnitId: Nullable(Type.String()),
  leadUnitName: Type.String(),
  leaderInChargeName: Type.String(),
  instructingLeaderName: Type.String(),
  registeredDay: Type.String(),
  dueDay: Nullable(Type.String()),
  light: LightT,
  lightLabel: Type.String(),
  daysLeft: Nullable(Type.Integer()),
  percent: Type.Integer(),
  target: Nullable(Type.String()),
  escalation: Type.Integer(),
  escalationLabel: Type.String(),
  returnedCount: Type.Integer(),
  parentId: Nullable(Type.String()),
  published: Type.Boolean(),
});

export const ItemListView = Type.Object({
  items: Type.Array(ItemListItemView),
  total: Type.Integer(),
  board: Type.Array(
    Type.Object({
      status: Enum(ITEM_STATUSES),
      label: Type.String(),
      total: Type.Integer(),
      red: Type.Integer(),
      yellow: Type.Integer(),
      green: Type.Integer(),
      none: Type.Integer(),
    }),
  ),
  today: Type.String(),
  warnDays: Type.Integer(),
});

const ReportView = Type.Object({
  id: Type.String(),
  kind: Enum(REPORT_KINDS),
  kindLabel: Type.String(),
  unitName: Type.String(),
  progress: Type.String(),
  percent: Nullable(Type.Integer()),
  reachedValue: Nullable(Type.Number()),
  problems: Type.String(),
  nextSteps: Type.String(),
  attachments: Type.Array(AttachmentT),
  status: Enum(REPORT_STATUSES),
  statusLabel: Type.String(),
  reviewComment: Type.String(),
  publicNote: Type.String(),
  submittedByName: Type.String(),
  submittedAt: Type.String(),
  reviewedAt: Nullable(Type.String()),
});

export const ItemDetailView = Type.Composite([
  ItemListItemView,
  Type.Object({
    sourceDoc: Type.String(),
    sourceText: Type.String(),
    sourceFile: Nullable(AttachmentT),
    responsiblePerson: Type.String(),
    targetLabel: Type.String(),
    targetValue: Nullable(Type.Number()),
    targetUnit: Type.String(),
    reachedValue: Nullable(Type.Number()),
    milestones: Type.Array(
      Type.Object({ title: Type.String(), dueDay: Type.String(), done: Type.Boolean() }),
    ),
    reportCycle: Enum(REPORT_CYCLES),
    reportCycleLabel: Type.String(),
    dueRule: Type.String(),
    result: Type.String(),
    closedAt: Nullable(Type.String()),
    closedOnTime: Nullable(Type.Boolean()),
    extensionCount: Type.Integer(),
    reopenedCount: Type.Integer(),
    bulletinId: Nullable(Type.String()),
    units: Type.Array(Type.Object({ unitId: Type.String(), name: Type.String(), role: Enum(UNIT_ROLES) })),
    clock: Nullable(
      Type.Object({
        clockId: Type.String(),
        status: Type.String(),
        dueDay: Nullable(Type.String()),
        provisional: Nullable(Type.String()),
        explanation: Type.String(),
      }),
    ),
    reports: Type.Array(ReportView),
    extensions: Type.Array(
      Type.Object({
        id: Type.String(),
        unitName: Type.String(),
        reason: Type.String(),
        fromDay: Type.String(),
        toDay: Type.String(),
        status: Enum(EXTENSION_STATUSES),
        statusLabel: Type.String(),
        requestedByName: Type.String(),
        requestedAt: Type.String(),
        decidedByName: Type.String(),
        decidedAt: Nullable(Type.String()),
        decisionComment: Type.String(),
        newDueDay: Nullable(Type.String()),
      }),
    ),
    timeline: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        at: Type.String(),
        kind: Type.String(),
        text: Type.String(),
        note: Nullable(Type.String()),
        staffNote: Nullable(Type.String()),
        actorName: Nullable(Type.String()),
      }),
    ),
    parent: Nullable(Type.Object({ id: Type.String(), number: Type.String(), title: Type.String() })),
    children: Type.Array(ItemListItemView),
    may: Type.Object({
      assign: Type.Boolean(),
      report: Type.Boolean(),
      contribute: Type.Boolean(),
      review: Type.Boolean(),
      signOff: Type.Boolean(),
      reopen: Type.Boolean(),
      comment: Type.Boolean(),
      requestExtension: Type.Boolean(),
      publish: Type.Boolean(),
      decideExtension: Type.Boolean(),
    }),
  }),
]);

export const RegisteredView = Type.Object({
  item: ItemDetailView,
  duplicates: Type.Array(
    Type.Object({ id: Type.String(), number: Type.String(), title: Type.String(), why: Type.String() }),
  ),
});

export const VocabView = Type.Object({
  sources: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  urgencies: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  cycles: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  statuses: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  leaders: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), title: Nullable(Type.String()) }),
  ),
  units: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: Type.String() })),
  ordinaryLimit: Type.String(),
  urgentLimit: Type.String(),
});

export const CircularQuery = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
);

const TallyT = Type.Object({
  key: Type.String(),
  label: Type.String(),
  due: Type.Integer(),
  closedOnTime: Type.Integer(),
  closedLate: Type.Integer(),
  overdue: Type.Integer(),
  open: Type.Integer(),
  extended: Type.Integer(),
  returned: Type.Integer(),
  closureRate: Nullable(Type.Number()),
  onTimeRate: Nullable(Type.Number()),
});

export const CircularView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  today: Type.String(),
  formulas: Type.Object({ closureRate: Type.String(), onTimeRate: Type.String() }),
  total: TallyT,
  byLeader: Type.Array(TallyT),
  byUnit: Type.Array(TallyT),
  bySource: Type.Array(TallyT),
  overdue: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      title: Type.String(),
      unit: Type.String(),
      leader: Type.String(),
      dueDay: Type.String(),
      escalation: Type.Integer(),
    }),
  ),
});
