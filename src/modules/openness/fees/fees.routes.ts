// /api/openness/fees: the fee items for the workbench, thin over the use cases.
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { FeeItemPatchBody, FeeItemView, NewFeeItemBody } from './fees.schema.ts';
import { createFeeItem, listFeeItems, updateFeeItem } from './fees.service.ts';

const TAGS = ['政务公开'];

export function registerFeeRoutes(app: App): void {
  app.get(
    '/api/openness/fees',
    {
      schema: {
        tags: TAGS,
        summary: '行政事业性收费项目（含待核实的项目与核实情况）',
        response: { 200: Type.Array(FeeItemView), ...errorResponses(401, 403) },
      },
    },
    async (request) => listFeeItems(request.ctx()),
  );

  app.post(
    '/api/openness/fees',
    {
      schema: {
        tags: TAGS,
        summary: '新增收费项目',
        body: NewFeeItemBody,
        response: { 201: FeeItemView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await createFeeItem(request.ctx(), request.body)),
  );

  app.patch(
    '/api/openness/fees/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改收费项目（依据、标准、执收单位、状态与取消文件、核实情况）',
        params: IdParams,
        body: FeeItemPatchBody,
        response: { 200: FeeItemView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateFeeItem(request.ctx(), request.params.id, request.body),
  );
}
