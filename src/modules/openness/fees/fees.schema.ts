// Request and reply schemas of the fee items' API (/api/openness/fees). Staff views: the public
// reads the page /openness/fees, which shows verified items only.
import { Type } from '@sinclair/typebox';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);
const FeeStatusT = Type.Union([Type.Literal('in_force'), Type.Literal('abolished')]);

export const FeeItemView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  basis: Type.Array(Type.String()),
  standard: Type.String(),
  collector: Type.String(),
  status: FeeStatusT,
  statusLabel: Type.String(),
  abolishedOn: Nullable(Type.String()),
  abolishedBy: Type.String(),
  verified: Type.Boolean({ description: '已核实：只有已核实的项目在公开页面上公布' }),
  verifyNote: Type.String({ description: '核实情况（仅工作人员可见）' }),
  sort: Type.Integer(),
  updatedAt: Type.String(),
});

const FeeFields = {
  code: Type.String({ maxLength: 20 }),
  name: Type.String({ maxLength: 120 }),
  kind: Type.String({ maxLength: 60 }),
  basis: Type.Optional(Type.String({ maxLength: 4000, description: '收费依据，每行一份文件' })),
  standard: Type.Optional(Type.String({ maxLength: 4000 })),
  collector: Type.String({ maxLength: 200 }),
  status: Type.String({ maxLength: 20 }),
  abolishedOn: Type.Optional(Nullable(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }))),
  abolishedBy: Type.Optional(Type.String({ maxLength: 600 })),
  verified: Type.Optional(Type.Boolean()),
  verifyNote: Type.Optional(Type.String({ maxLength: 1000 })),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
};

export const NewFeeItemBody = Type.Object(FeeFields, { additionalProperties: false });
export const FeeItemPatchBody = Type.Partial(Type.Object(FeeFields), { additionalProperties: false });
