// Request and response schemas of the organisation API. Responses list their fields, so stored
// internals (the SM4-encrypted phone) can never leave through them.
import { Type } from '@sinclair/typebox';
import { Paging, Uuid } from '../../platform/http/route.ts';
import { PHONE_PATTERN } from './people.service.ts';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const UnitTypeSchema = Type.Union(
  [
    Type.Literal('department'),
    Type.Literal('division'),
    Type.Literal('affiliated'),
    Type.Literal('city_bureau'),
    Type.Literal('county_bureau'),
  ],
  { description: '单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局' },
);
const DataStatusSchema = Type.Union(
  [Type.Literal('verified'), Type.Literal('partially_verified'), Type.Literal('reconstructed')],
  { description: '名称核实状态：已核实 / 简称已核实 / 推定' },
);
const LeaderRankSchema = Type.Union(
  [Type.Literal('director'), Type.Literal('deputy'), Type.Literal('other')],
  {
    description: '局领导职级：局长 / 副局长 / 其他局领导',
  },
);

const UnitCode = Type.String({
  minLength: 2,
  maxLength: 40,
  pattern: '^[A-Z][A-Z0-9-]*$',
  description: '单位代码（大写字母、数字、连字符），如 HNLY-BGS、C410100',
});
const UnitName = Type.String({ minLength: 2, maxLength: 60, description: '单位全称' });
const ShortName = Nullable(Type.String({ minLength: 1, maxLength: 30, description: '简称' }));
const RegionCode = Nullable(Type.String({ pattern: '^\\d{6}$', description: '行政区划代码（6 位）' }));
const Sort = Type.Integer({ minimum: 0, maximum: 1_000_000, description: '排序号（小者在前）' });

export const UnitsQuery = Type.Object(
  {
    type: Type.Optional(UnitTypeSchema),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const NewUnitBody = Type.Object(
  {
    parentId: Nullable(Uuid),
    code: UnitCode,
    name: UnitName,
    shortName: Type.Optional(ShortName),
    type: UnitTypeSchema,
    regionCode: Type.Optional(RegionCode),
    sort: Type.Optional(Sort),
    dataStatus: Type.Optional(Nullable(DataStatusSchema)),
  },
  { additionalProperties: false },
);

export const UnitPatchBody = Type.Object(
  {
    parentId: Type.Optional(Uuid),
    code: Type.Optional(UnitCode),
    name: Type.Optional(UnitName),
    shortName: Type.Optional(ShortName),
    regionCode: Type.Optional(RegionCode),
    sort: Type.Optional(Sort),
    dataStatus: Type.Optional(Nullable(DataStatusSchema)),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UnitView = Type.Object({
  id: Type.String(),
  parentId: Nullable(Type.String()),
  code: Type.String(),
  name: Type.String(),
  shortName: Nullable(Type.String()),
  type: UnitTypeSchema,
  regionCode: Nullable(Type.String()),
  path: Type.String({ description: '物化路径 /省局id/…/本单位id/' }),
  depth: Type.Integer(),
  sort: Type.Integer(),
  dataStatus: Nullable(Type.String()),
  nameUnverified: Type.Boolean({ description: '名称待核实' }),
  active: Type.Boolean(),
  childCount: Type.Integer(),
  peopleCount: Type.Integer(),
});

export const UnitDetail = Type.Composite([
  UnitView,
  Type.Object({
    ancestors: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: UnitTypeSchema })),
    leaders: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), title: Nullable(Type.String()) }),
    ),
  }),
]);

export const PeopleQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    includeSubunits: Type.Optional(Type.Boolean({ default: false })),
    q: Type.Optional(Type.String({ maxLength: 50, description: '姓名或职务' })),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
    ...Paging,
  },
  { additionalProperties: false },
);

const Phone = Nullable(
  Type.String({ pattern: PHONE_PATTERN, description: '手机号码或带区号的固定电话，如 0371-65901234' }),
);
const PersonFields = {
  unitId: Uuid,
  name: Type.String({ minLength: 2, maxLength: 30, description: '姓名' }),
  title: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50, description: '职务' }))),
  leaderRank: Type.Optional(Nullable(LeaderRankSchema)),
  phone: Type.Optional(Phone),
  email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 100 }))),
  sort: Type.Optional(Sort),
};

export const NewPersonBody = Type.Object(PersonFields, { additionalProperties: false });
export const PersonPatchBody = Type.Object(
  {
    ...PersonFields,
    unitId: Type.Optional(Uuid),
    name: Type.Optional(PersonFields.name),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PersonView = Type.Object({
  id: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  leaderRank: Nullable(LeaderRankSchema),
  phoneMask: Nullable(Type.String()),
  email: Nullable(Type.String()),
  sort: Type.Integer(),
  active: Type.Boolean(),
});

export const PersonDetail = Type.Composite([
  PersonView,
  Type.Object({
    charges: Type.Array(Type.Object({ unitId: Type.String(), code: Type.String(), name: Type.String() })),
    canRevealPhone: Type.Boolean(),
  }),
]);

export const LeaderView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  leaderRank: LeaderRankSchema,
  unitId: Type.String(),
  sort: Type.Integer(),
  charges: Type.Array(
    Type.Object({ unitId: Type.String(), code: Type.String(), name: Type.String(), type: UnitTypeSchema }),
  ),
});

export const ChargesBody = Type.Object(
  { unitIds: Type.Array(Uuid, { maxItems: 100, uniqueItems: true, description: '分管单位' }) },
  { additionalProperties: false },
);
