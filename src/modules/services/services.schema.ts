// Request and reply schemas of the services API (TypeBox): every body and query closed
// (additionalProperties: false); every reply lists its fields.
import { type TSchema, Type } from '@sinclair/typebox';
import { Paging, Uuid } from '../../platform/http/route.ts';
import { CASE_ACTIONS } from './case-state.ts';
import {
  CASE_STAGES,
  CASE_STATUSES,
  DATA_STATUSES,
  DOCUMENT_KINDS,
  ITEM_KINDS,
  NOT_COUNTED_KINDS,
} from './services.table.ts';

const obj = <T extends Record<string, TSchema>>(props: T) =>
  Type.Object(props, { additionalProperties: false });
const text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期 YYYY-MM-DD' });

export const ItemCodeParams = obj({
  code: Type.String({ pattern: '^[A-Z]{2,6}-\\d{2,4}$', description: '事项编码，如 LIC-01' }),
});
export const CaseParams = obj({ id: Uuid });
export const MaterialParams = obj({ id: Uuid, materialId: Uuid });
export const PaymentParams = obj({ id: Uuid, paymentId: Uuid });

/** Form values as JSON: scalars and lists of strings; validated against the item's form definition. */
export const FormValuesBody = Type.Record(
  Type.String({ maxLength: 50 }),
  Type.Union([
    Type.String({ maxLength: 5000 }),
    Type.Number(),
    Type.Boolean(),
    Type.Null(),
    Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 }),
  ]),
  { maxProperties: 200 },
);

const FieldTypeSchema = Type.Union([
  Type.Literal('text'),
  Type.Literal('textarea'),
  Type.Literal('integer'),
  Type.Literal('number'),
  Type.Literal('date'),
  Type.Literal('select'),
  Type.Literal('radio'),
  Type.Literal('checkbox'),
  Type.Literal('county'),
  Type.Literal('idNumber'),
  Type.Literal('creditCode'),
  Type.Literal('phone'),
]);

const FormField = Type.Object(
  {
    name: text(50, 1),
    label: text(100, 1),
    type: FieldTypeSchema,
    required: Type.Optional(Type.Boolean()),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    pattern: Type.Optional(text(200)),
    patternMessage: Type.Optional(text(100)),
    options: Type.Optional(Type.Array(obj({ value: text(100, 1), label: text(100, 1) }), { maxItems: 100 })),
    unit: Type.Optional(text(20)),
    help: Type.Optional(text(300)),
    showIf: Type.Optional(obj({ field: text(50, 1), in: Type.Array(text(100), { maxItems: 50 }) })),
  },
  { additionalProperties: false },
);

export const FormDefinitionSchema = obj({
  sections: Type.Array(obj({ title: text(100, 1), fields: Type.Array(FormField, { maxItems: 100 }) }), {
    minItems: 1,
    maxItems: 30,
  }),
  materials: Type.Array(
    obj({
      code: Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$' }),
      name: text(100, 1),
      required: Type.Boolean(),
      formats: Type.Array(Type.Union([Type.Literal('pdf'), Type.Literal('jpg'), Type.Literal('png')]), {
        minItems: 1,
        uniqueItems: true,
      }),
      note: Type.Optional(text(200)),
    }),
    { maxItems: 50 },
  ),
});

export const SaveFormBody = Type.Object(
  { form: FormDefinitionSchema, note: Type.Optional(text(200)) },
  { additionalProperties: false },
);

export const ItemPatchBody = Type.Object(
  {
    name: Type.Optional(text(100, 2)),
    kind: Type.Optional(Type.Union([Type.Literal('on_the_spot'), Type.Literal('promised')])),
    conditions: Type.Optional(text(5000, 1)),
    place: Type.Optional(text(300, 1)),
    hours: Type.Optional(text(200, 1)),
    phone: Type.Optional(text(50, 1)),
    procedure: Type.Optional(Type.Array(text(500, 1), { minItems: 1, maxItems: 20 })),
    promisedWorkdays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    topics: Type.Optional(Type.Array(text(30, 1), { maxItems: 10 })),
    lifeEvents: Type.Optional(Type.Array(text(30, 1), { maxItems: 10 })),
    form: Type.Optional(FormDefinitionSchema),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CaseListQuery = obj({
  stage: Type.Optional(Type.Union(CASE_STAGES.map((s) => Type.Literal(s)))),
  status: Type.Optional(Type.Union(CASE_STATUSES.map((s) => Type.Literal(s)))),
  itemCode: Type.Optional(text(20)),
  channel: Type.Optional(Type.Union([Type.Literal('online'), Type.Literal('counter')])),
  countyCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  receiptCode: Type.Optional(text(20)),
  dueWithin: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  overdue: Type.Optional(Type.Boolean()),
  ...Paging,
});

export const NoteBody = obj({ note: Type.Optional(text(1000)) });
export const ReasonBody = obj({ reason: text(2000, 1) });
export const CompletionBody = obj({
  items: Type.Array(text(200, 1), { minItems: 1, maxItems: 30 }),
  note: Type.Optional(text(1000)),
});
const Paper = obj({
  specCode: text(40, 1),
  copies: Type.Integer({ minimum: 1, maximum: 99 }),
  note: Type.Optional(text(200)),
});
export const SupplementBody = obj({
  note: Type.Optional(text(1000)),
  paper: Type.Array(Paper, { maxItems: 50 }),
});
export const InspectionBody = obj({ inspectors: text(200, 1), note: Type.Optional(text(1000)) });
export const InspectionFinishBody = obj({
  findings: text(2000, 1),
  at: Type.Optional(Type.String({ format: 'date-time' })),
});
export const ExtensionBody = obj({ days: Type.Integer({ minimum: 1, maximum: 10 }), reason: text(500, 1) });
export const NoticeFinishBody = obj({ outcome: text(1000, 1) });
export const NotCountedBody = obj({
  kind: text(40, 1),
  reason: text(500, 1),
  expectedEnd: Type.Optional(Type.String({ maxLength: 10 })),
});
export const NotCountedFinishBody = obj({
  outcome: text(1000, 1),
  at: Type.Optional(Type.String({ format: 'date-time' })),
});
export const DecisionBody = obj({
  decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
  opinion: text(2000, 1),
  reasons: Type.Optional(text(2000)),
  issueNow: Type.Optional(Type.Boolean()),
});
export const FeeBody = obj({
  feeCode: text(20, 1),
  amountYuan: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
  basis: Type.Optional(text(500)),
});
export const PaymentBody = obj({ receiptNo: text(40, 1), driver: Type.Optional(text(20)) });
export const StatsQuery = obj({ from: Day, to: Day, itemCode: Type.Optional(text(20)) });
export const DayQuery = obj({ day: Type.Optional(Day) });
export const RangeQuery = obj({ from: Day, to: Day });
export const ApplicantQuery = obj({
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('org')]),
  idNumber: Type.Optional(text(18)),
  creditCode: Type.Optional(text(18)),
});
export const WalkInBody = obj({
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('org')]),
  name: text(60, 1),
  idNumber: Type.Optional(text(18)),
  creditCode: Type.Optional(text(18)),
  phone: text(11, 1),
});
export const CounterCaseBody = obj({
  itemCode: text(20, 1),
  applicantAccountId: Uuid,
  values: FormValuesBody,
  paper: Type.Array(Paper, { maxItems: 50 }),
  acceptNow: Type.Optional(Type.Boolean()),
  requestKey: Type.Optional(
    Type.String({
      minLength: 16,
      maxLength: 64,
      pattern: '^[A-Za-z0-9_-]+$',
      description: '请求编号（幂等键）：表单打开时生成，重复提交时不变，同一编号只登记一次',
    }),
  ),
});

// ---- replies ----
// Every reply lists its fields (a field left out of a schema never leaves the server): staff views
// of items and cases; no sealed personal data (SM4) and no internal ids beyond what the pages link to.

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Stamp = Type.String({ format: 'date-time' });
const union = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Channel = union(['online', 'counter']);
const Status = union(CASE_STATUSES);
const Stage = union(CASE_STAGES);

const FormFieldView = Type.Object({
  name: Type.String(),
  label: Type.String(),
  type: FieldTypeSchema,
  required: Type.Optional(Type.Boolean()),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  pattern: Type.Optional(Type.String()),
  patternMessage: Type.Optional(Type.String()),
  options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: Type.String() }))),
  unit: Type.Optional(Type.String()),
  help: Type.Optional(Type.String()),
  showIf: Type.Optional(Type.Object({ field: Type.String(), in: Type.Array(Type.String()) })),
});

export const FormDefinitionView = Type.Object({
  sections: Type.Array(
    Type.Object({
      title: Type.String(),
      fields: Type.Array(FormFieldView),
      // A table section (分树种采伐量): the fields are its cells, row by row, one per column.
      table: Type.Optional(
        Type.Object({ columns: Type.Array(Type.String()), note: Type.Optional(Type.String()) }),
      ),
    }),
  ),
  materials: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      required: Type.Boolean(),
      formats: Type.Array(union(['pdf', 'jpg', 'png'])),
      note: Type.Optional(Type.String()),
    }),
  ),
});

const FeesView = Type.Object({
  free: Type.Boolean(),
  lines: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), basis: Type.String(), standard: Type.String() }),
  ),
  note: Type.Optional(Type.String()),
});

/** A service item (办事事项) as the acceptance centre keeps it: the guide and the application form. */
export const ItemView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  kind: union(ITEM_KINDS),
  category: Type.String(),
  legalBasis: Type.Array(
    Type.Object({ instrument: Type.String(), article: Type.String(), confidence: Type.String() }),
  ),
  conditions: Type.String(),
  place: Type.String(),
  hours: Type.String(),
  phone: Type.String(),
  procedure: Type.Array(Type.String()),
  statutoryWorkdays: Type.Integer(),
  promisedWorkdays: Type.Integer(),
  fees: FeesView,
  topics: Type.Array(Type.String()),
  lifeEvents: Type.Array(Type.String()),
  audiences: Type.Array(union(['citizen', 'org'])),
  form: FormDefinitionView,
  handlingUnitCode: Type.String(),
  issuingLevels: Type.Array(Type.String()),
  dataStatus: union(DATA_STATUSES),
  verificationNote: Type.String(),
  active: Type.Boolean(),
  sort: Type.Integer(),
  updatedAt: Stamp,
  /** false where a business module defines the form in code (e.g. 林木采伐许可). */
  formEditable: Type.Optional(Type.Boolean()),
});

export const ItemList = Type.Object({ items: Type.Array(ItemView) });

export const FormVersionSaved = Type.Object({
  code: Type.String(),
  form: FormDefinitionView,
  version: Type.Integer(),
  savedAt: Stamp,
});

export const FormVersionList = Type.Object({
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      note: Type.String(),
      savedAt: Stamp,
      savedByName: Type.String(),
      fields: Type.Integer(),
      materials: Type.Integer(),
      form: FormDefinitionView,
    }),
  ),
});

/** Where a case stands, in the list row and on the detail page alike. */
const CaseStanding = {
  channel: Channel,
  status: Status,
  statusLabel: Type.String(),
  stage: Stage,
  stageLabel: Type.String(),
  countyCode: Nullable(Type.String()),
  submittedAt: Stamp,
  acceptedAt: Nullable(Stamp),
};

/** A case as a row of a list: the queue, the counter's day, the home card. */
export const CaseListItemView = Type.Object({
  id: Type.String(),
  receiptCode: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  applicantIdMask: Nullable(Type.String()),
  phoneMask: Nullable(Type.String()),
  ...CaseStanding,
  dueAt: Nullable(Stamp),
  promisedDueAt: Nullable(Stamp),
  daysLeft: Nullable(Type.Integer({ description: '剩余工作日（0 为今日到期，负数为超期）' })),
  dueProvisional: Nullable(
    Type.String({ description: '届满日为暂定的原因（所跨年度放假安排尚未公布），否则为 null' }),
  ),
  closedAt: Nullable(Stamp),
  onTime: Nullable(Type.Boolean()),
});

export const CaseList = Type.Object({
  total: Type.Integer(),
  /** More cases than `total` (the count stops there). */
  totalCapped: Type.Boolean(),
  /** The total is the planner's estimate ("more than"), not a count. */
  totalEstimated: Type.Boolean(),
  items: Type.Array(CaseListItemView),
});

const ClockView = Type.Object({
  id: Type.String(),
  label: Type.String(),
  status: union(['running', 'paused', 'stopped']),
  limit: Type.Number(),
  dueAt: Nullable(Stamp),
  daysLeft: Nullable(Type.Integer()),
  dueError: Nullable(Type.String()),
  provisional: Nullable(Type.String({ description: '届满日为暂定的原因，否则为 null' })),
  text: Type.String({ description: '届满日的计算说明' }),
  pausedWorkdays: Type.Number(),
  extensionWorkdays: Type.Number(),
});

/** 第四十五条: a procedure whose time the item does not count, with its basis. */
const NotCountedView = Type.Object({
  kind: union(NOT_COUNTED_KINDS),
  name: Type.String(),
  basis: Type.String(),
  confidence: Type.String(),
});

/** A case for the workbench: everything staff need on one page, and what the reader may do next. */
export const CaseDetailView = Type.Object({
  id: Type.String(),
  receiptCode: Type.String(),
  item: Type.Object({
    code: Type.String(),
    name: Type.String(),
    kind: union(ITEM_KINDS),
    statutoryWorkdays: Type.Integer(),
    promisedWorkdays: Type.Integer(),
    fees: FeesView,
    hasHandler: Type.Boolean(),
    notCounted: Type.Array(NotCountedView),
  }),
  form: FormDefinitionView,
  values: Type.Record(Type.String(), Type.Unknown()),
  valueTexts: Type.Array(Type.Object({ name: Type.String(), label: Type.String(), text: Type.String() })),
  applicant: Type.Object({
    accountId: Nullable(Type.String()),
    kind: union(['citizen', 'org']),
    name: Type.String(),
    idMask: Nullable(Type.String()),
    phoneMask: Nullable(Type.String()),
  }),
  ...CaseStanding,
  decidedAt: Nullable(Stamp),
  closedAt: Nullable(Stamp),
  decision: Nullable(union(['approve', 'refuse', 'not_accept'])),
  deemedAccepted: Type.Boolean({ description: '视为受理（行政许可法第三十二条）：受理审查期限届满未作决定' }),
  acceptanceOverdue: Type.Boolean({ description: '仍待受理但受理审查期限已届满（受理即按视为受理处理）' }),
  notCounted: Nullable(
    Type.Object({
      kind: union(NOT_COUNTED_KINDS),
      name: Type.String(),
      basis: Type.String(),
      reason: Type.String(),
      startedAt: Stamp,
      expectedEnd: Nullable(Day),
      documentNumber: Type.String(),
    }),
  ),
  promisedWorkdays: Type.Integer(),
  classifyNote: Nullable(Type.String()),
  extensionDays: Type.Integer(),
  maxExtensionDays: Type.Integer(),
  noticeEndsAt: Nullable(Stamp),
  noticeDone: Type.Boolean(),
  noticeNeeded: Nullable(Type.Object({ days: Type.Integer() })),
  usedWorkdays: Nullable(Type.Integer()),
  onTime: Nullable(Type.Boolean()),
  certificate: Nullable(
    Type.Object({ id: Nullable(Type.String()), number: Type.String(), url: Nullable(Type.String()) }),
  ),
  clocks: Type.Object({
    acceptance: Nullable(ClockView),
    statutory: Nullable(ClockView),
    promised: Nullable(ClockView),
    certificate: Nullable(ClockView),
  }),
  timeline: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Stamp,
      kind: Type.String(),
      title: Type.String(),
      publicNote: Nullable(Type.String()),
      internalNote: Nullable(Type.String()),
      actorName: Nullable(Type.String()),
      visible: Type.Boolean(),
    }),
  ),
  materials: Type.Array(
    Type.Object({
      id: Type.String(),
      specCode: Type.String(),
      specName: Type.String(),
      source: union(['online', 'paper']),
      fileName: Nullable(Type.String()),
      contentType: Nullable(Type.String()),
      sizeBytes: Nullable(Type.Integer()),
      copies: Nullable(Type.Integer()),
      note: Nullable(Type.String()),
      round: Type.Integer(),
      receivedAt: Stamp,
      url: Nullable(Type.String()),
    }),
  ),
  documents: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: union(DOCUMENT_KINDS),
      number: Type.String(),
      title: Type.String(),
      issuedAt: Stamp,
      url: Type.String(),
      pdfUrl: Type.String({ description: '文书 PDF（书面告知可打印送达）' }),
    }),
  ),
  payments: Type.Array(
    Type.Object({
      id: Type.String(),
      feeCode: Type.String(),
      feeName: Type.String(),
      basis: Type.String(),
      amountYuan: Type.Number(),
      status: union(['due', 'paid', 'waived']),
      driver: Nullable(Type.String()),
      receiptNo: Nullable(Type.String()),
      paidAt: Nullable(Stamp),
    }),
  ),
  feesSettled: Type.Boolean(),
  actions: Type.Array(union(CASE_ACTIONS)),
  receiptUrl: Type.String(),
});

export const HomeSummaryView = Type.Object({
  stages: Type.Partial(Type.Object(Object.fromEntries(CASE_STAGES.map((s) => [s, Type.Integer()])))),
  overdue: Type.Integer(),
  receivedToday: Type.Integer(),
  nearDeadlineWorkdays: Type.Integer(),
  nearDeadline: Type.Array(CaseListItemView),
});

const Rate = Nullable(Type.Number({ description: '百分比，保留一位小数' }));
const Average = Nullable(Type.Number({ description: '平均工作日，保留一位小数' }));

export const StatsView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      itemCode: Type.String(),
      itemName: Type.String(),
      received: Type.Integer(),
      receivedOnline: Type.Integer(),
      receivedCounter: Type.Integer(),
      decided: Type.Integer(),
      approved: Type.Integer(),
      refused: Type.Integer(),
      onTime: Type.Integer(),
      onTimeRate: Rate,
      averageWorkdays: Average,
    }),
  ),
  totals: Type.Object({
    received: Type.Integer(),
    decided: Type.Integer(),
    approved: Type.Integer(),
    refused: Type.Integer(),
    onTimeRate: Rate,
    averageWorkdays: Average,
  }),
});

const ApplicantView = Type.Object({
  accountId: Type.String(),
  kind: union(['citizen', 'org']),
  displayName: Type.String(),
  idNumberMask: Nullable(Type.String()),
  creditCode: Nullable(Type.String()),
  phoneMask: Nullable(Type.String()),
  username: Type.String(),
});

export const ApplicantFound = Type.Object({ applicant: Nullable(ApplicantView) });
export const WalkInRegistered = Type.Object({ applicant: ApplicantView, created: Type.Boolean() });

export const CounterQueueView = Type.Object({ day: Type.String(), items: Type.Array(CaseListItemView) });

export const CounterStatsView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  staff: Type.Array(
    Type.Object({
      actorId: Type.String(),
      name: Type.String(),
      registered: Type.Integer(),
      accepted: Type.Integer(),
      notAccepted: Type.Integer(),
      completionRequests: Type.Integer(),
      supplements: Type.Integer(),
      payments: Type.Integer(),
      total: Type.Integer(),
    }),
  ),
});
