// Request schemas of the services API (TypeBox): every body and query closed (additionalProperties: false).
import { type TSchema, Type } from '@sinclair/typebox';
import { Paging, Uuid } from '../../platform/http/route.ts';
import { CASE_STAGES, CASE_STATUSES } from './services.table.ts';

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

const FormField = Type.Object(
  {
    name: text(50, 1),
    label: text(100, 1),
    type: Type.Union([
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
    ]),
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
});
