// /api/info/emergencies/*: emergency reports (突发事件信息), thin over the use cases.
import { errorResponses, IdParams } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import { countyChoices } from '../../org/index.ts';
import { requireInfoReader } from '../info.policy.ts';
import type { ItemRow } from '../items/items.repository.ts';
import {
  BoardQuery,
  BoardView,
  CountiesView,
  EmergencyBody,
  EmergencyView,
  FollowUpBody,
  SavedEmergencyView,
} from './emergencies.schema.ts';
import { emergencyBoard, getEmergency } from './read-emergencies.ts';
import { editRegistration, followUpEmergency, reportEmergency } from './report-emergency.ts';

const TAGS = ['政务信息'];
const saved = (r: ItemRow) => ({
  id: r.id,
  initialId: r.initialId ?? r.id,
  status: r.status,
  dueAt: r.dueAt?.toISOString() ?? null,
});

export function registerEmergencyRoutes(app: App): void {
  app.get(
    '/api/info/emergencies',
    {
      schema: {
        tags: TAGS,
        summary: '突发事件信息看板：报送倒计时、超时标记与统计（view=mine 只看本单位）',
        querystring: BoardQuery,
        response: { 200: BoardView, ...errorResponses(401, 403) },
      },
    },
    async (request) => emergencyBoard(request.ctx(), request.query),
  );

  app.get(
    '/api/info/emergencies/counties',
    {
      schema: {
        tags: TAGS,
        summary: '事发县（市、区）选项：河南省各省辖市及所辖县级行政区',
        response: { 200: CountiesView, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requireInfoReader(request.ctx());
      return { counties: countyChoices() };
    },
  );

  app.post(
    '/api/info/emergencies',
    {
      schema: {
        tags: TAGS,
        summary: '报告突发事件：登记并开始报送计时，或 submit=true 直接报送首报（即时通知办公室和分管领导）',
        body: EmergencyBody,
        response: { 201: SavedEmergencyView, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(saved(await reportEmergency(request.ctx(), request.body))),
  );

  app.get(
    '/api/info/emergencies/:id',
    {
      schema: {
        tags: TAGS,
        summary: '一起突发事件：首报、续报、终报与时间线',
        params: IdParams,
        response: { 200: EmergencyView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getEmergency(request.ctx(), request.params.id),
  );

  app.put(
    '/api/info/emergencies/:id',
    {
      schema: {
        tags: TAGS,
        summary: '补充已登记的突发事件（submit=true 同时报送首报）',
        params: IdParams,
        body: EmergencyBody,
        response: { 200: SavedEmergencyView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saved(await editRegistration(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/api/info/emergencies/:id/reports',
    {
      schema: {
        tags: TAGS,
        summary: '续报或终报（挂在首报之下，同一时间线）',
        params: IdParams,
        body: FollowUpBody,
        response: { 201: SavedEmergencyView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(saved(await followUpEmergency(request.ctx(), request.params.id, request.body))),
  );
}
