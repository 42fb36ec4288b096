// Request schemas and staff views of applications for disclosure (/api/openness/applications).
import { Type } from '@sinclair/typebox';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const Status = Type.Union([
  Type.Literal('received'),
  Type.Literal('supplement'),
  Type.Literal('processing'),
  Type.Literal('consulting'),
  Type.Literal('answered'),
  Type.Literal('abandoned'),
]);

export const ApplicationsQuery = Type.Object(
  {
    status: Str(20),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const ApplicationListItemView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  applicantName: Type.String(),
  applicantTypeLabel: Type.String(),
  description: Type.String(),
  status: Status,
  statusLabel: Type.String(),
  receivedDay: Type.String(),
  dueDay: Nullable(Type.String()),
  dueLabel: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
});

export const ApplicationListView = Type.Object({
  items: Type.Array(ApplicationListItemView),
  total: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
});

const ClockViewT = Type.Object({
  clockId: Type.String(),
  label: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('stopped')]),
  statusLabel: Type.String(),
  dueDay: Nullable(Type.String()),
  provisional: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
  explanation: Type.String(),
});

export const ApplicationDetailView = Type.Composite([
  ApplicationListItemView,
  Type.Object({
    submittedVia: Type.String(),
    idNumberMasked: Type.String(),
    idKindLabel: Type.String(),
    contactPerson: Type.String(),
    phone: Type.String(),
    email: Nullable(Type.String()),
    address: Nullable(Type.String()),
    docNumber: Type.String(),
    formWanted: Type.String(),
    channelWanted: Type.String(),
    supplementRequest: Nullable(Type.String()),
    supplementText: Nullable(Type.String()),
    consultParty: Nullable(Type.String()),
    extendedDays: Type.Integer(),
    reply: Nullable(
      Type.Object({
        type: Type.String(),
        typeLabel: Type.String(),
        reason: Nullable(Type.String()),
        reasonLabel: Nullable(Type.String()),
        text: Type.String(),
        where: Nullable(Type.String()),
        number: Type.String(),
        day: Type.String(),
      }),
    ),
    clocks: Type.Array(ClockViewT),
    timeline: Type.Array(
      Type.Object({
        at: Type.String(),
        text: Type.String(),
        note: Nullable(Type.String()),
        staffNote: Nullable(Type.String()),
        visibility: Type.String(),
        actorName: Nullable(Type.String()),
      }),
    ),
  }),
]);

export const CounterApplicationBody = Type.Object(
  {
    submittedVia: Str(20),
    receivedOn: Str(10),
    applicantType: Str(30),
    name: Str(200),
    idNumber: Str(40),
    contactPerson: Str(100),
    phone: Str(40),
    email: Str(300),
    address: Str(400),
    description: Str(4000),
    docNumber: Str(200),
    formWanted: Str(20),
    channelWanted: Str(20),
  },
  { additionalProperties: false },
);

export const SubmittedApplicationView = Type.Object({
  id: Type.String(),
  number: Type.String(),
  receiptCode: Type.String(),
  password: Type.String(),
  receivedDay: Type.String(),
  dueDay: Nullable(Type.String()),
  dueProvisional: Nullable(Type.String()),
});

export const SupplementRequestBody = Type.Object({ items: Str(4000) }, { additionalProperties: false });
export const SupplementBody = Type.Object({ text: Str(8000) }, { additionalProperties: false });
export const ConsultBody = Type.Object(
  { party: Str(400), matter: Str(2000) },
  { additionalProperties: false },
);
export const ConsultEndBody = Type.Object({ outcome: Str(4000) }, { additionalProperties: false });
export const ExtendBody = Type.Object(
  {
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    approvedBy: Str(100),
    reason: Str(1000),
  },
  { additionalProperties: false },
);
export const AnswerBody = Type.Object(
  { replyType: Str(30), reason: Str(40), text: Str(12000), where: Str(1000) },
  { additionalProperties: false },
);

export const ReplyVocabView = Type.Object({
  replyTypes: Type.Array(
    Type.Object({
      value: Type.String(),
      label: Type.String(),
      reasons: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
      needsWhere: Type.Boolean(),
      needsText: Type.Boolean(),
    }),
  ),
  applicantTypes: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  submittedVia: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  forms: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  channels: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
  maxExtensionDays: Type.Integer(),
});
