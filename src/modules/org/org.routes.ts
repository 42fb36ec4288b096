// /api/units, /api/people, /api/leaders: thin routes over the organisation's use cases.
import { Type } from '@sinclair/typebox';
import { errorResponses, IdParams } from '../../platform/http/route.ts';
import type { App } from '../../platform/module.ts';
import { listLeaders, setLeaderCharges } from './leaders.service.ts';
import {
  ChargesBody,
  LeaderView,
  NewPersonBody,
  NewUnitBody,
  PeopleQuery,
  PersonDetail,
  PersonPatchBody,
  PersonView,
  UnitDetail,
  UnitPatchBody,
  UnitsQuery,
  UnitView,
} from './org.schema.ts';
import { addPerson, getPerson, listPeople, revealPhone, updatePerson } from './people.service.ts';
import { addUnit, getUnit, listUnits, updateUnit } from './units.service.ts';

const tags = ['机构与人员'];

export function registerOrgRoutes(app: App): void {
  app.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: '单位树（扁平列表，含上级、物化路径、类型与人数）',
        querystring: UnitsQuery,
        response: { 200: Type.Object({ items: Type.Array(UnitView) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listUnits(request.ctx(), request.query) }),
  );

  app.get(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: '单位详情（含上级链与分管局领导）',
        params: IdParams,
        response: { 200: UnitDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getUnit(request.ctx(), request.params.id),
  );

  app.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: '新建单位（系统管理员）',
        body: NewUnitBody,
        response: { 201: UnitView, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await addUnit(request.ctx(), request.body)),
  );

  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: '修改单位；改变上级即移动该单位及其全部下级（系统管理员）',
        params: IdParams,
        body: UnitPatchBody,
        response: { 200: UnitView, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (request) => updateUnit(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: '人员列表（联系电话脱敏）',
        querystring: PeopleQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(PersonView) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listPeople(request.ctx(), request.query),
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: '人员详情',
        params: IdParams,
        response: { 200: PersonDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getPerson(request.ctx(), request.params.id),
  );

  app.get(
    '/api/people/:id/phone',
    {
      schema: {
        tags,
        summary: '查看完整联系电话（按数据范围，记入审计）',
        params: IdParams,
        response: {
          200: Type.Object({ phone: Type.Union([Type.String(), Type.Null()]) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return revealPhone(request.ctx(), request.params.id);
    },
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: '新增人员（系统管理员）',
        body: NewPersonBody,
        response: { 201: PersonDetail, ...errorResponses(400, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await addPerson(request.ctx(), request.body)),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: '修改人员（系统管理员）',
        params: IdParams,
        body: PersonPatchBody,
        response: { 200: PersonDetail, ...errorResponses(400, 403, 404) },
      },
    },
    async (request) => updatePerson(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/api/leaders',
    {
      schema: {
        tags,
        summary: '局领导及其分管单位',
        response: { 200: Type.Object({ items: Type.Array(LeaderView) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listLeaders(request.ctx()) }),
  );

  app.put(
    '/api/people/:id/charges',
    {
      schema: {
        tags,
        summary: '设置局领导的分管单位（系统管理员）',
        params: IdParams,
        body: ChargesBody,
        response: { 200: LeaderView, ...errorResponses(400, 403, 404, 422) },
      },
    },
    async (request) => setLeaderCharges(request.ctx(), request.params.id, request.body.unitIds),
  );
}
