// /api/audit: the audit admin reads the log and verifies its chain. Nobody else may.
import { type TSchema, Type } from '@sinclair/typebox';
import { requirePermission } from '../access/policy.ts';
import { contentDisposition } from '../files/files.service.ts';
import { errorResponses, fileReply, noStore, Paging } from '../http/route.ts';
import type { Module } from '../module.ts';
import { listAuditActions } from './actions.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';
import { checkpointJob } from './audit-checkpoint.ts';
import { AUDIT_EXPORT_MAX_ROWS, exportAudit } from './audit-export.ts';
import { listAuditObjectTypes } from './objects.ts';
import { PLATFORM_AUDIT_OBJECTS } from './platform-objects.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const tags = ['审计'];
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const AuditRecord = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  result: Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]),
  ip: Nullable(Type.String()),
  requestId: Nullable(Type.String()),
  detail: Type.Unknown({ description: '动作的细节（JSON）' }),
  prevHash: Type.String(),
  hash: Type.String({ description: 'HMAC-SM3(审计密钥; 上一条的哈希 ‖ 本条内容)，密钥起点之前为 SM3' }),
  actionName: Type.String({ description: '操作的中文名称（未登记的旧操作为其代码）' }),
  operator: Type.Object({
    name: Type.String({
      description: '账号的姓名；无账号时为记录的名称（系统、访客、登录失败时输入的用户名）',
    }),
    username: Nullable(Type.String({ description: '用户名（与姓名不同时）' })),
    unit: Nullable(Type.String({ description: '所在单位' })),
  }),
  object: Nullable(
    Type.Object({
      typeName: Type.String({ description: '对象类型的中文名称' }),
      label: Nullable(Type.String({ description: '对象的标题或编号；为空时对象已不存在或该类型无从解析' })),
      link: Nullable(Type.String({ description: '工作台中的页面，仅当查看者有权打开时给出' })),
    }),
  ),
});
const Result = Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]);
const AuditFilter = {
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  actor: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64 })),
  objectType: Type.Optional(Type.String({ maxLength: 64 })),
  objectId: Type.Optional(Type.String({ maxLength: 64 })),
  result: Type.Optional(Result),
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AuditCatalogue = Type.Object({
  actions: Type.Array(
    Type.Object({
      action: Type.String(),
      name: Type.String(),
      module: Type.String({ description: '登记该操作的模块' }),
    }),
  ),
  objectTypes: Type.Array(Type.Object({ type: Type.String(), name: Type.String(), module: Type.String() })),
});
const VerifyResult = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer({ description: '校验的记录数' }),
  firstBroken: Nullable(
    Type.Object({
      seq: Nullable(Type.Integer({ description: '第一条不成立的记录；为空时指检查点文件' })),
      reason: Type.String(),
    }),
  ),
  keyedFrom: Nullable(Type.Integer({ description: '自该条起以 HMAC-SM3（审计密钥）校验，之前为 SM3' })),
  checkpoints: Type.Object({
    found: Type.Integer({ description: '数据库之外的链尾检查点数' }),
    latest: Nullable(Type.Object({ seq: Type.Integer(), at: Type.String({ format: 'date-time' }) })),
  }),
});

export const auditModule: Module = {
  name: 'audit',
  // The daily checkpoint of the chain's head, written outside the database (audit-checkpoint.ts).
  jobs: [checkpointJob],
  settings: [AUDIT_EXPORT_MAX_ROWS],
  auditObjects: PLATFORM_AUDIT_OBJECTS,
  register(app) {
    app.get(
      '/api/audit/catalogue',
      {
        schema: {
          tags,
          summary: '审计日志的操作与对象类型（中文名称，按登记的模块），供筛选',
          response: { 200: AuditCatalogue, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        requirePermission(request.ctx().actor, 'audit:read');
        return {
          actions: listAuditActions().map((a) => ({ action: a.action, name: a.name, module: a.owner })),
          objectTypes: listAuditObjectTypes().map((t) => ({ type: t.type, name: t.name, module: t.owner })),
        };
      },
    );
    app.get(
      '/api/audit.xlsx',
      {
        schema: {
          tags,
          summary: '导出审计日志（Excel，按筛选条件，条数上限见系统设置；导出本身记入审计日志）',
          querystring: Type.Object(AuditFilter, { additionalProperties: false }),
          response: { 200: fileReply('审计日志 xlsx', XLSX), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const file = await exportAudit(request.ctx(), request.query);
        noStore(reply);
        return reply
          .type(XLSX)
          .header('content-disposition', contentDisposition(file.fileName, false))
          .header('x-content-type-options', 'nosniff')
          .send(file.data);
      },
    );
    app.get(
      '/api/audit',
      {
        schema: {
          tags,
          summary: '审计日志（审计管理员）',
          querystring: Type.Object({ ...AuditFilter, ...Paging }, { additionalProperties: false }),
          response: {
            200: Type.Object({ total: Type.Integer(), items: Type.Array(AuditRecord) }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const page = await listAudit(request.ctx(), request.query);
        return { total: page.total, items: page.items.map((r) => ({ ...r, at: r.at.toISOString() })) };
      },
    );
    app.post(
      '/api/audit/verify',
      {
        schema: {
          tags,
          summary: '校验审计链（HMAC-SM3 与链尾检查点）',
          response: { 200: VerifyResult, ...errorResponses(401, 403) },
        },
      },
      async (request) => verifyAuditChain(request.ctx()),
    );
  },
};
