// /api/harvest/quotas: balances, per-city totals, the ledger, allocation and adjustment.
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import {
  AdjustBody,
  AllocateBody,
  CityTotalsView,
  LedgerQuery,
  LedgerView,
  QuotaDetail,
  QuotaQuery,
  QuotaTotalsQuery,
  QuotaView,
} from './quota.schema.ts';
import {
  adjustQuota,
  allocateQuota,
  getQuota,
  listQuotaLedger,
  listQuotas,
  quotaTotalsByCity,
} from './quota.service.ts';
import { listCities, listQuotaRegions } from './regions.ts';

const tags = ['采伐限额'];

const RegionsView = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      counties: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    }),
  ),
});

export function registerQuotaRoutes(app: App): void {
  app.get(
    '/api/harvest/regions',
    {
      schema: {
        tags,
        summary: '采伐限额编限单位：省辖市及其县级行政区',
        response: { 200: RegionsView, ...errorResponses(401) },
      },
    },
    async () => ({
      items: listCities().map((c) => ({
        ...c,
        counties: listQuotaRegions()
          .filter((r) => r.cityCode === c.code)
          .map((r) => ({ code: r.code, name: r.name })),
      })),
    }),
  );

  app.get(
    '/api/harvest/quotas',
    {
      schema: {
        tags,
        summary: '采伐限额余额（按县、年度、森林类别、采伐类型）',
        querystring: QuotaQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(QuotaView) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listQuotas(request.ctx(), request.query),
  );

  app.get(
    '/api/harvest/quotas/by-city',
    {
      schema: {
        tags,
        summary: '年度采伐限额按省辖市汇总（下达、消耗、剩余）',
        querystring: QuotaTotalsQuery,
        response: { 200: CityTotalsView, ...errorResponses(401, 403) },
      },
    },
    async (request) => quotaTotalsByCity(request.ctx(), request.query),
  );

  app.get(
    '/api/harvest/quotas/:id',
    {
      schema: {
        tags,
        summary: '一条采伐限额及其台账核对',
        params: IdParams,
        response: { 200: QuotaDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getQuota(request.ctx(), request.params.id),
  );

  app.get(
    '/api/harvest/quotas/:id/ledger',
    {
      schema: {
        tags,
        summary: '采伐限额台账（下达、消耗、释放、调整）',
        params: IdParams,
        querystring: LedgerQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(LedgerView) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => listQuotaLedger(request.ctx(), request.params.id, request.query),
  );

  app.post(
    '/api/harvest/quotas/allocations',
    {
      schema: {
        tags,
        summary: '下达采伐限额（森林资源管理处）',
        body: AllocateBody,
        response: { 201: QuotaView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await allocateQuota(request.ctx(), request.body)),
  );

  app.post(
    '/api/harvest/quotas/:id/adjustments',
    {
      schema: {
        tags,
        summary: '调整采伐限额（调增或调减，不得低于已消耗量）',
        params: IdParams,
        body: AdjustBody,
        response: { 200: QuotaView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => adjustQuota(request.ctx(), request.params.id, request.body),
  );
}
