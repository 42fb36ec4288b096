// /api/audit: the audit admin reads the log and verifies its chain. Nobody else may.
import { Type } from '@sinclair/typebox';
import { Paging } from '../http/route.ts';
import type { Module } from '../module.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const tags = ['审计'];

export const auditModule: Module = {
  name: 'audit',
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
        },
      },
      async (request) => listAudit(request.ctx(), request.query),
    );
    app.post('/api/audit/verify', { schema: { tags, summary: '校验审计链（SM3）' } }, async (request) =>
      verifyAuditChain(request.ctx()),
    );
  },
};
