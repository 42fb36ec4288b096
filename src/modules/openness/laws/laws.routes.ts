// /api/openness/laws: the laws library for the workbench, thin over the use cases.
import { errorResponses, IdParams } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { LawPageView, LawPatchBody, LawsQuery, LawView, NewLawBody } from './laws.schema.ts';
import { createLaw, getLaw, listLaws, updateLaw } from './laws.service.ts';

const TAGS = ['政务公开'];

export function registerLawRoutes(app: App): void {
  app.get(
    '/api/openness/laws',
    {
      schema: {
        tags: TAGS,
        summary: '政策法规库：按类别、时效性、核实情况和关键词筛选，按施行日期倒序',
        querystring: LawsQuery,
        response: { 200: LawPageView, ...errorResponses(401, 403) },
      },
    },
    async (request) => listLaws(request.ctx(), request.query),
  );

  app.get(
    '/api/openness/laws/:id',
    {
      schema: {
        tags: TAGS,
        summary: '政策法规条目（含全文）',
        params: IdParams,
        response: { 200: LawView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getLaw(request.ctx(), request.params.id),
  );

  app.post(
    '/api/openness/laws',
    {
      schema: {
        tags: TAGS,
        summary: '录入政策法规',
        body: NewLawBody,
        response: { 201: LawView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await createLaw(request.ctx(), request.body)),
  );

  app.patch(
    '/api/openness/laws/:id',
    {
      schema: {
        tags: TAGS,
        summary: '修改政策法规（时效性、全文、核实情况等）',
        params: IdParams,
        body: LawPatchBody,
        response: { 200: LawView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateLaw(request.ctx(), request.params.id, request.body),
  );
}
