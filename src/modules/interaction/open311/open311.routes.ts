// /open311/v2/ — Open311 GeoReport v2 (georeport.ts): services.json, services/{code}.json,
// requests.json (GET with the spec's filters, POST form-encoded with api_key),
// requests/{id}.json, tokens/{token}.json; errors as the spec's [{ code, description }]. And the
// security administrator's API to issue and revoke the clients' keys (/api/interaction/open311/clients).
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { errorResponses, IdParams, noStore } from '../../../platform/http/route.ts';
import type { App } from '../../../platform/module.ts';
import {
  type GeoForm,
  GeoReportError,
  getRequest,
  getRequests,
  getToken,
  listServices,
  postRequest,
  serviceDefinition,
} from './georeport.ts';
import { issueOpen311Client, listOpen311Clients, revokeOpen311Client } from './open311-clients.ts';

const BASE = '/open311/v2';
const tags = ['Open311 GeoReport v2'];
const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

const GeoErrors = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }), {
  description: 'GeoReport 错误：[{ code, description }]',
});
// The platform answers some refusals itself, before the handler, in its problem format (a session
// cookie without the CSRF token → 403 CSRF_INVALID): those statuses accept either shape.
const GeoOrProblem = Type.Union([GeoErrors, Type.Ref('Problem')]);
const geoErrors = { 400: GeoOrProblem, 403: GeoOrProblem, 404: GeoErrors };

const Service = Type.Object({
  service_code: Type.String(),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean(),
  type: Type.String(),
  keywords: Type.String(),
  group: Type.String(),
});
const Definition = Type.Object({
  service_code: Type.String(),
  attributes: Type.Array(
    Type.Object({
      variable: Type.Boolean(),
      code: Type.String(),
      datatype: Type.String(),
      required: Type.Boolean(),
      datatype_description: Type.String(),
      order: Type.Integer(),
      description: Type.String(),
      values: Type.Array(Type.Object({ key: Type.String(), name: Type.String() })),
    }),
  ),
});
const Request = Type.Object({
  service_request_id: Type.String(),
  status: Type.String({ description: 'open / closed' }),
  status_notes: Nullable(Type.String()),
  service_name: Type.String(),
  service_code: Type.String(),
  description: Type.String(),
  agency_responsible: Nullable(Type.String()),
  service_notice: Nullable(Type.String()),
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Nullable(Type.String()),
  address: Nullable(Type.String()),
  address_id: Nullable(Type.String()),
  zipcode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  long: Nullable(Type.Number()),
  media_url: Nullable(Type.String()),
});
const Posted = Type.Array(
  Type.Object({
    service_request_id: Type.String(),
    token: Type.String(),
    service_notice: Type.String(),
    account_id: Nullable(Type.String()),
  }),
);
const TokenReply = Type.Array(Type.Object({ service_request_id: Type.String(), token: Type.String() }));

/** `mailbox.json` → `mailbox`; another format is the spec's error. */
function jsonName(file: string): string {
  if (file.endsWith('.json')) return file.slice(0, -5);
  throw new GeoReportError(400, 'Only the json format is served here / 本接口提供 .json 格式');
}

async function geo<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T | undefined> {
  noStore(reply);
  try {
    return await run();
  } catch (e) {
    if (e instanceof GeoReportError) {
      reply.code(e.status).send(e.body);
      return undefined;
    }
    throw e;
  }
}

const limit = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

export function registerOpen311Routes(app: App): void {
  app.get(
    `${BASE}/services.json`,
    {
      schema: { tags, summary: '服务列表（可受理的栏目）', response: { 200: Type.Array(Service) } },
      config: limit(120),
    },
    async (request, reply) => geo(reply, () => listServices(request.ctx())),
  );
  app.get(
    `${BASE}/services/:file`,
    {
      schema: {
        tags,
        summary: '服务定义（属性：来信类别），路径为 services/{service_code}.json',
        params: Type.Object({ file: Type.String() }),
        response: { 200: Definition, ...geoErrors },
      },
      config: limit(120),
    },
    async (request, reply) =>
      geo(reply, () => serviceDefinition(request.ctx(), jsonName(request.params.file))),
  );
  app.get(
    `${BASE}/requests.json`,
    {
      schema: {
        tags,
        summary:
          '本客户端提交的来信（需 api_key；筛选：service_request_id、service_code、start_date、end_date、status，默认近 90 天，最多 1000 条）',
        response: { 200: Type.Array(Request), ...geoErrors },
      },
      config: limit(120),
    },
    async (request, reply) => geo(reply, () => getRequests(request.ctx(), request.query as GeoForm)),
  );
  app.post(
    `${BASE}/requests.json`,
    {
      schema: {
        tags,
        summary:
          '提交来信（application/x-www-form-urlencoded：api_key、service_code、lat+long 或 address_string 或 address_id、attribute[category]、first_name、last_name、phone、email、description）',
        response: { 200: Posted, ...geoErrors },
      },
      config: limit(60),
    },
    async (request, reply) => geo(reply, () => postRequest(request.ctx(), (request.body ?? {}) as GeoForm)),
  );
  app.get(
    `${BASE}/requests/:file`,
    {
      schema: {
        tags,
        summary: '一封来信，路径为 requests/{service_request_id}.json（需 api_key）',
        params: Type.Object({ file: Type.String() }),
        response: { 200: Type.Array(Request), ...geoErrors },
      },
      config: limit(120),
    },
    async (request, reply) =>
      geo(reply, () => getRequest(request.ctx(), jsonName(request.params.file), request.query as GeoForm)),
  );
  app.get(
    `${BASE}/tokens/:file`,
    {
      schema: {
        tags,
        summary: '由 token 查 service_request_id，路径为 tokens/{token}.json（需 api_key）',
        params: Type.Object({ file: Type.String() }),
        response: { 200: TokenReply, ...geoErrors },
      },
      config: limit(120),
    },
    async (request, reply) =>
      geo(reply, () => getToken(request.ctx(), jsonName(request.params.file), request.query as GeoForm)),
  );

  // The security administrator's keys.
  const Client = Type.Object({
    id: Type.String(),
    name: Type.String(),
    contact: Type.String(),
    keyPrefix: Type.String(),
    active: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
    lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
  });
  const admin = ['互动交流'];
  app.get(
    '/api/interaction/open311/clients',
    {
      schema: {
        tags: admin,
        summary: 'Open311 接口客户端（安全管理员）',
        response: { 200: Type.Object({ items: Type.Array(Client) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listOpen311Clients(request.ctx()) }),
  );
  app.post(
    '/api/interaction/open311/clients',
    {
      schema: {
        tags: admin,
        summary: '签发接口密钥（密钥只显示这一次）',
        body: Type.Object(
          { name: Type.String({ maxLength: 60 }), contact: Type.String({ maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Intersect([Client, Type.Object({ apiKey: Type.String() })]),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => issueOpen311Client(request.ctx(), request.body),
  );
  app.post(
    '/api/interaction/open311/clients/:id/revoke',
    {
      schema: {
        tags: admin,
        summary: '吊销接口密钥',
        params: IdParams,
        response: { 200: Client, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => revokeOpen311Client(request.ctx(), request.params.id),
  );
}
