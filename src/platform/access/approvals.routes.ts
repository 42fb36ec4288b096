// /api/approvals (三员分立·双人审批) and /api/counter/accounts (窗口重置): registered by the access module.
import { type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { errorResponses, IdParams, noStore, Paging, Uuid } from '../http/route.ts';
import type { App } from '../module.ts';
import { APPROVAL_KINDS, APPROVAL_STATUSES, type ApprovalKind, type ApprovalStatus } from './access.table.ts';
import {
  cancelApproval,
  confirmApproval,
  getApproval,
  listApprovals,
  proposeApproval,
  rejectApproval,
} from './approvals.service.ts';
import {
  CITIZEN_DOCUMENTS,
  findAccountAtCounter,
  issueCounterReset,
  ORG_DOCUMENTS,
} from './counter-reset.service.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const ApprovalKindT = Type.Union(APPROVAL_KINDS.map((v) => Type.Literal(v))) as unknown as TUnion<
  TLiteral<ApprovalKind>[]
>;
const ApprovalStatusT = Type.Union(APPROVAL_STATUSES.map((v) => Type.Literal(v))) as unknown as TUnion<
  TLiteral<ApprovalStatus>[]
>;
const DateTime = Type.String({ format: 'date-time' });
const Person = Type.Object({ id: Uuid, username: Type.String(), displayName: Type.String() });
const ApprovalView = Type.Object({
  id: Uuid,
  kind: ApprovalKindT,
  kindLabel: Type.String(),
  summary: Type.String(),
  account: Person,
  role: Nullable(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })),
  email: Nullable(Type.String()),
  reason: Type.String(),
  status: ApprovalStatusT,
  statusLabel: Type.String(),
  proposedBy: Person,
  proposedAt: DateTime,
  expiresAt: DateTime,
  decidedBy: Nullable(Person),
  decidedAt: Nullable(DateTime),
  decisionNote: Nullable(Type.String()),
  canConfirm: Type.Boolean(),
  canReject: Type.Boolean(),
  canCancel: Type.Boolean(),
});
const CounterAccount = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('citizen'), Type.Literal('org')]),
  username: Type.String(),
  displayName: Type.String(),
  identity: Type.String({ description: '身份证号（脱敏）或统一社会信用代码' }),
  phoneMask: Nullable(Type.String()),
  emailMask: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
});
const PublicKind = Type.Union([Type.Literal('citizen'), Type.Literal('org')]);
const tags = ['账号与权限'];

export function registerApprovalRoutes(app: App): void {
  app.get(
    '/api/approvals',
    {
      schema: {
        tags,
        summary: '双人审批申请（三员管理员）',
        querystring: Type.Object(
          {
            status: Type.Optional(ApprovalStatusT),
            accountId: Type.Optional(Uuid),
            ...Paging,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(ApprovalView) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return listApprovals(request.ctx(), request.query);
    },
  );
  app.get(
    '/api/approvals/:id',
    {
      schema: {
        tags,
        summary: '双人审批申请详情',
        params: IdParams,
        response: { 200: ApprovalView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getApproval(request.ctx(), request.params.id),
  );
  app.post(
    '/api/approvals',
    {
      schema: {
        tags,
        summary: '提出双人审批申请（管理员角色的授予与撤销，管理员口令、动态口令、邮箱的重置与变更）',
        body: Type.Object(
          {
            kind: ApprovalKindT,
            accountId: Uuid,
            roleId: Type.Optional(Nullable(Uuid)),
            email: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
            reason: Type.String({ minLength: 1, maxLength: 500, description: '事由' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ApprovalView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await proposeApproval(request.ctx(), request.body)),
  );
  const Note = Type.Object(
    { note: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  );
  app.post(
    '/api/approvals/:id/confirm',
    {
      schema: {
        tags,
        summary: '确认申请（另一位管理员；确认即生效）',
        params: IdParams,
        body: Note,
        response: { 200: ApprovalView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => confirmApproval(request.ctx(), request.params.id, request.body.note),
  );
  app.post(
    '/api/approvals/:id/reject',
    {
      schema: {
        tags,
        summary: '驳回申请（须写理由）',
        params: IdParams,
        body: Type.Object({ note: Type.String({ maxLength: 500 }) }, { additionalProperties: false }),
        response: { 200: ApprovalView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => rejectApproval(request.ctx(), request.params.id, request.body.note),
  );
  app.post(
    '/api/approvals/:id/cancel',
    {
      schema: {
        tags,
        summary: '撤回自己提出的申请',
        params: IdParams,
        response: { 200: ApprovalView, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => cancelApproval(request.ctx(), request.params.id),
  );

  app.post(
    '/api/counter/accounts/lookup',
    {
      schema: {
        tags,
        summary: '窗口：按证件号码查找公众账号（核验证件后重置密码用）',
        body: Type.Object(
          { kind: PublicKind, number: Type.String({ minLength: 1, maxLength: 30 }) },
          { additionalProperties: false },
        ),
        response: { 200: CounterAccount, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return findAccountAtCounter(request.ctx(), request.body);
    },
  );
  app.post(
    '/api/counter/accounts/:id/reset',
    {
      schema: {
        tags,
        summary: '窗口：核验证件原件后出具密码重置码（本人凭码自设新密码）',
        params: IdParams,
        body: Type.Object(
          {
            kind: PublicKind,
            number: Type.String({ minLength: 1, maxLength: 30, description: '证件上的号码（再次核对）' }),
            documentType: Type.String({
              maxLength: 30,
              description: `个人：${CITIZEN_DOCUMENTS.join('、')}；单位：${ORG_DOCUMENTS.join('、')}`,
            }),
            checked: Type.Boolean({ description: '已核验证件原件，来人与证件相符' }),
            agentName: Type.Optional(Type.String({ maxLength: 50 })),
            agentIdNumber: Type.Optional(Type.String({ maxLength: 30 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ account: CounterAccount, code: Type.String(), expiresAt: DateTime }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return issueCounterReset(request.ctx(), { ...request.body, accountId: request.params.id });
    },
  );
}
