// /api/audit: the audit admin reads the log and verifies its chain. Nobody else may.
import { type TSchema, Type } from '@sinclair/typebox';
import { errorResponses, Paging } from '../http/route.ts';
import type { Module } from '../module.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';
import { checkpointJob } from './audit-checkpoint.ts';

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
  register(app) {
    app.get(
      '/api/audit',
      {
        schema: {
          tags,
          summary: '审计日志（审计管理员）',
          querystring: Type.Object(
            {
              from: Type.Optional(Day),
              to: Type.Optional(Day),
              actor: Type.Optional(Type.String({ maxLength: 64 })),
              action: Type.Optional(Type.String({ maxLength: 64 })),
              objectType: Type.Optional(Type.String({ maxLength: 64 })),
              objectId: Type.Optional(Type.String({ maxLength: 64 })),
              result: Type.Optional(
                Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]),
              ),
              ...Paging,
            },
            { additionalProperties: false },
          ),
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
