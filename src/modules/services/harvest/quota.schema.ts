// Request and response schemas of the quota API.
import { Type } from '@sinclair/typebox';
import { Paging } from '../../../platform/http/route.ts';
import { FOREST_CATEGORIES, HARVEST_TYPES } from './harvest.form.ts';

const literals = <K extends string>(o: Record<K, string>, description: string) =>
  Type.Union(
    (Object.keys(o) as K[]).map((k) => Type.Literal(k)),
    { description },
  );

export const ForestCategoryT = literals(
  FOREST_CATEGORIES,
  '森林类别：public_welfare 公益林，commercial 商品林',
);
export const HarvestTypeT = literals(
  HARVEST_TYPES,
  '采伐类型：final 主伐，tending 抚育采伐，renewal 更新采伐，upgrading 低质低效林改造，other 其他',
);
const RegionCode = Type.String({ pattern: '^41\\d{4}$', description: '县级行政区划代码' });
const CityCode = Type.String({ pattern: '^41\\d{4}$', description: '省辖市行政区划代码' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100, description: '年度' });
const Volume = Type.Number({ description: '立方米（最多 2 位小数）' });

export const QuotaQuery = Type.Object(
  {
    year: Type.Optional(Year),
    countyCode: Type.Optional(RegionCode),
    cityCode: Type.Optional(CityCode),
    forestCategory: Type.Optional(ForestCategoryT),
    harvestType: Type.Optional(HarvestTypeT),
    ...Paging,
  },
  { additionalProperties: false },
);

export const QuotaTotalsQuery = Type.Object(
  { year: Year, forestCategory: Type.Optional(ForestCategoryT), harvestType: Type.Optional(HarvestTypeT) },
  { additionalProperties: false },
);

export const AllocateBody = Type.Object(
  {
    countyCode: RegionCode,
    year: Year,
    forestCategory: ForestCategoryT,
    harvestType: HarvestTypeT,
    volume: Volume,
    basis: Type.String({ minLength: 1, maxLength: 200, description: '下达文件文号或说明' }),
  },
  { additionalProperties: false },
);

export const AdjustBody = Type.Object(
  {
    amount: Type.Number({ description: '调整数量（立方米），调增为正、调减为负' }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const LedgerQuery = Type.Object({ ...Paging }, { additionalProperties: false });

export const QuotaView = Type.Object({
  id: Type.String(),
  countyCode: Type.String(),
  countyName: Type.String(),
  cityCode: Type.String(),
  cityName: Type.String(),
  period: Type.String({ description: '五年规划期，如 2026–2030（十五五）' }),
  year: Type.Integer(),
  forestCategory: Type.String(),
  forestCategoryLabel: Type.String(),
  harvestType: Type.String(),
  harvestTypeLabel: Type.String(),
  allocated: Type.Number(),
  consumed: Type.Number(),
  remaining: Type.Number(),
  updatedAt: Type.String(),
});

export const QuotaDetail = Type.Composite([
  QuotaView,
  Type.Object({
    ledger: Type.Object({
      allocated: Type.Number(),
      consumed: Type.Number(),
      remaining: Type.Number(),
      entries: Type.Integer(),
      consistent: Type.Boolean({ description: '余额与台账合计一致' }),
    }),
  }),
]);

export const LedgerView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  amount: Type.Number(),
  remainingAfter: Type.Number(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  receiptCode: Type.Union([Type.String(), Type.Null()]),
  permitId: Type.Union([Type.String(), Type.Null()]),
  basis: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  at: Type.String(),
});

const Totals = {
  allocated: Type.Number(),
  consumed: Type.Number(),
  remaining: Type.Number(),
};

export const CityTotalsView = Type.Object({
  year: Type.Integer(),
  items: Type.Array(Type.Object({ cityCode: Type.String(), cityName: Type.String(), ...Totals })),
  total: Type.Object(Totals),
});
