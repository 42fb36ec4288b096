// Request and reply schemas of the laws library's API (/api/openness/laws). Staff views: the
// public reads /openness/laws, which lists verified entries only.
import { Type } from '@sinclair/typebox';
import { Paging } from '../../../platform/http/route.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const KindT = Type.Union([
  Type.Literal('law'),
  Type.Literal('administrative_regulation'),
  Type.Literal('local_regulation'),
  Type.Literal('departmental_rule'),
  Type.Literal('normative_document'),
]);
const ValidityT = Type.Union([Type.Literal('in_force'), Type.Literal('amended'), Type.Literal('repealed')]);

const LawCommon = {
  id: Type.String(),
  kind: KindT,
  kindLabel: Type.String(),
  title: Type.String(),
  issuer: Type.String(),
  docNumber: Type.String(),
  adoptedOn: Nullable(Type.String()),
  effectiveOn: Nullable(Type.String()),
  validity: ValidityT,
  validityLabel: Type.String({ description: '时效性：现行有效、尚未施行、已修订、已废止' }),
  note: Type.String(),
  verified: Type.Boolean({ description: '已核实：只有已核实的条目公开、可被站内搜索找到' }),
  verifyNote: Type.String({ description: '核实情况（仅工作人员可见）' }),
  updatedAt: Type.String(),
};

export const LawListItemView = Type.Object(LawCommon);
export const LawView = Type.Object({ ...LawCommon, body: Type.String() });

export const LawPageView = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  unverified: Type.Integer({ description: '全库待核实的条目数' }),
  items: Type.Array(LawListItemView),
});

export const LawsQuery = Type.Object(
  {
    kind: Type.Optional(KindT),
    validity: Type.Optional(ValidityT),
    verified: Type.Optional(Type.Union([Type.Literal('yes'), Type.Literal('no')])),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
);

const LawFields = {
  kind: Type.String({ maxLength: 40 }),
  title: Type.String({ maxLength: 400 }),
  issuer: Type.String({ maxLength: 200 }),
  docNumber: Type.Optional(Type.String({ maxLength: 120 })),
  adoptedOn: Type.Optional(Nullable(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }))),
  effectiveOn: Type.Optional(Nullable(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }))),
  validity: Type.Optional(Type.String({ maxLength: 20 })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  body: Type.Optional(Type.String({ maxLength: 400_000 })),
  verified: Type.Optional(Type.Boolean()),
  verifyNote: Type.Optional(Type.String({ maxLength: 1000 })),
};

export const NewLawBody = Type.Object(LawFields, { additionalProperties: false });
export const LawPatchBody = Type.Partial(Type.Object(LawFields), { additionalProperties: false });
