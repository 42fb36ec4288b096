// /api/info/quotas: the weekly quota's compliance view (units × weeks), for the office.
import { type Static, Type } from '@sinclair/typebox';
import { errorResponses } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { quotaCompliance } from './quotas.ts';

const Day = Type.Optional(
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '该日所在周起（止）' }),
);
const QuotaQuery = Type.Object(
  {
    from: Day,
    to: Day,
    type: Type.Optional(
      Type.String({
        maxLength: 20,
        description: '单位类别：division / affiliated / city_bureau / county_bureau',
      }),
    ),
  },
  { additionalProperties: false },
);

const CellState = Type.Union(
  (['met', 'missed', 'open', 'holiday'] as const).map((s) => Type.Literal(s)),
  { description: 'met 完成 / missed 未完成 / open 本周进行中 / holiday 整周节假日不计' },
);

const QuotaView = Type.Object({
  weeks: Type.Array(
    Type.Object({
      monday: Type.String(),
      sunday: Type.String(),
      lastWorkingDay: Type.Union([Type.String(), Type.Null()]),
      counted: Type.Boolean(),
    }),
  ),
  rows: Type.Array(
    Type.Object({
      unitId: Type.String(),
      unitName: Type.String(),
      unitType: Type.String(),
      quota: Type.Integer(),
      cells: Type.Array(Type.Object({ monday: Type.String(), submitted: Type.Integer(), state: CellState })),
      met: Type.Integer(),
      missed: Type.Integer(),
    }),
  ),
});

export function registerQuotaRoutes(app: App): void {
  app.get(
    '/api/info/quotas',
    {
      schema: {
        tags: ['政务信息'],
        summary: '每周报送任务完成情况（单位 × 周；整周节假日不计）',
        querystring: QuotaQuery,
        response: { 200: QuotaView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => quotaCompliance(request.ctx(), request.query as Static<typeof QuotaQuery>),
  );
}
