// /api/me, /api/accounts, /api/roles, /api/permissions, /api/auth/register.
import { type TSchema, Type } from '@sinclair/typebox';
import { eq, inArray } from 'drizzle-orm';
import { mustChange } from '../auth/auth.service.ts';
import { errorResponses, IdParams, noStore, Paging, requireSignedIn, Uuid } from '../http/route.ts';
import type { Module } from '../module.ts';
import { accounts, roles } from './access.table.ts';
import {
  createStaffAccount,
  getAccount,
  listAccounts,
  resetPassword,
  revokeSessionsOf,
  unlockAccount,
  updateAccount,
} from './accounts.service.ts';
import { registerApprovalRoutes } from './approvals.routes.ts';
import { listPermissions, SCOPE_LABELS } from './permissions.ts';
import { requirePermission } from './policy.ts';
import { PRIVACY_NOTICE_VERSION, registerPublicAccount } from './registration.service.ts';
import { createRole, deleteRole, listRoles, setAccountRoles, updateRole } from './roles.service.ts';

const Scope = Type.Union([
  Type.Literal('self'),
  Type.Literal('unit'),
  Type.Literal('subtree'),
  Type.Literal('all'),
]);
const Username = Type.String({
  minLength: 3,
  maxLength: 32,
  pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
  description: '用户名（字母开头）',
});
const tags = ['账号与权限'];
const HumanCheckAnswer = Type.Object(
  {
    id: Type.String({ maxLength: 36, description: '验证问题的编号（HUMAN_CHECK_REQUIRED 答复中给出）' }),
    answer: Type.String({ maxLength: 20 }),
  },
  { additionalProperties: false },
);

// Reply schemas: the document types the workbench's client (web/src/api/openapi.gen.ts), and Fastify
// serialises through them, so a field not listed here never leaves the server.
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const NoContent = Type.Null({ description: '无内容' });
const AccountKindT = Type.Union([Type.Literal('staff'), Type.Literal('citizen'), Type.Literal('org')]);
const AdminKindT = Type.Union([Type.Literal('system'), Type.Literal('security'), Type.Literal('audit')]);
const MeView = Type.Object({
  id: Type.String(),
  kind: AccountKindT,
  username: Type.String(),
  displayName: Type.String(),
  unitId: Nullable(Uuid),
  unitPath: Nullable(Type.String()),
  roles: Type.Array(Type.String(), { description: '角色代码' }),
  roleNames: Type.Record(Type.String(), Type.String(), { description: '角色代码 → 名称' }),
  permissions: Type.Record(Type.String(), Scope, { description: '权限 → 数据范围' }),
  adminKind: Nullable(AdminKindT),
  csrfToken: Nullable(Type.String()),
  mustChangePassword: Type.Boolean(),
  totpEnabled: Type.Boolean(),
  passwordChangedAt: Nullable(DateTime),
});
const AccountView = Type.Object({
  id: Uuid,
  kind: AccountKindT,
  username: Type.String(),
  displayName: Type.String(),
  unitId: Nullable(Uuid),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  locked: Type.Boolean(),
  lockedUntil: Nullable(DateTime),
  locks: Type.Array(
    Type.Object({
      from: Nullable(Type.String({ description: '被暂停登录的来源地址；为空表示所有地址' })),
      until: DateTime,
    }),
  ),
  mustChangePassword: Type.Boolean(),
  totpEnabled: Type.Boolean(),
  idNumberMask: Nullable(Type.String({ description: '身份证号（脱敏）' })),
  creditCode: Nullable(Type.String()),
  phoneMask: Nullable(Type.String({ description: '手机号（脱敏）' })),
  lastLoginAt: Nullable(DateTime),
  roles: Type.Array(
    Type.Object({ id: Uuid, code: Type.String(), name: Type.String(), adminKind: Nullable(AdminKindT) }),
  ),
});
const RoleView = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  adminKind: Nullable(AdminKindT),
  permissions: Type.Array(Type.String()),
  dataScope: Scope,
  builtin: Type.Boolean(),
  accounts: Type.Integer({ description: '持有该角色的账号数' }),
});
const PermissionCatalogue = Type.Object({
  permissions: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), module: Type.String() })),
  scopes: Type.Object({
    self: Type.String(),
    unit: Type.String(),
    subtree: Type.String(),
    all: Type.String(),
  }),
});

export const accessModule: Module = {
  name: 'access',
  register(app) {
    registerApprovalRoutes(app);
    app.get(
      '/api/me',
      { schema: { tags, summary: '当前用户', response: { 200: MeView, ...errorResponses(401) } } },
      async (request, reply) => {
        noStore(reply);
        requireSignedIn(request);
        const ctx = request.ctx();
        const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, request.actor.id!));
        // The workbench shows role names, not codes, on its home page.
        const roleNames = request.actor.roles.length
          ? await ctx.db
              .select({ code: roles.code, name: roles.name })
              .from(roles)
              .where(inArray(roles.code, request.actor.roles))
          : [];
        const { sessionId: _session, ...actor } = request.actor;
        return {
          ...actor,
          id: actor.id!,
          kind: actor.kind as 'staff' | 'citizen' | 'org',
          roleNames: Object.fromEntries(roleNames.map((r) => [r.code, r.name])),
          csrfToken: request.sessionCsrf,
          mustChangePassword: account ? mustChange(ctx, account) : false,
          totpEnabled: account?.totpEnabled ?? false,
          passwordChangedAt: account?.passwordChangedAt.toISOString() ?? null,
        };
      },
    );

    app.get(
      '/api/permissions',
      {
        schema: {
          tags,
          summary: '权限目录',
          response: { 200: PermissionCatalogue, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        requirePermission(request.actor, 'security:roles');
        return { permissions: listPermissions(), scopes: SCOPE_LABELS };
      },
    );

    app.get(
      '/api/accounts',
      {
        schema: {
          tags,
          summary: '账号列表',
          querystring: Type.Object(
            {
              kind: Type.Optional(
                Type.Union([Type.Literal('staff'), Type.Literal('citizen'), Type.Literal('org')]),
              ),
              unitId: Type.Optional(Uuid),
              q: Type.Optional(Type.String({ maxLength: 50 })),
              ...Paging,
            },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ total: Type.Integer(), items: Type.Array(AccountView) }),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => listAccounts(request.ctx(), request.query),
    );

    app.get(
      '/api/accounts/:id',
      {
        schema: {
          tags,
          summary: '账号详情',
          params: IdParams,
          response: { 200: AccountView, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getAccount(request.ctx(), request.params.id),
    );

    app.post(
      '/api/accounts',
      {
        schema: {
          tags,
          summary: '新建工作人员账号（系统管理员）',
          body: Type.Object(
            {
              username: Username,
              displayName: Type.String({ minLength: 1, maxLength: 50 }),
              unitId: Uuid,
              personId: Type.Optional(Type.Union([Uuid, Type.Null()])),
              initialPassword: Type.String({ minLength: 1, maxLength: 128 }),
              email: Type.Optional(
                Type.Union([Type.String({ format: 'email', maxLength: 100 }), Type.Null()]),
              ),
              phone: Type.Optional(Type.Union([Type.String({ pattern: '^1\\d{10}$' }), Type.Null()])),
            },
            { additionalProperties: false },
          ),
          response: { 201: AccountView, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createStaffAccount(request.ctx(), request.body)),
    );

    app.patch(
      '/api/accounts/:id',
      {
        schema: {
          tags,
          summary: '修改账号（姓名、单位、状态）',
          params: IdParams,
          body: Type.Object(
            {
              displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
              unitId: Type.Optional(Uuid),
              status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
              email: Type.Optional(
                Type.Union([Type.String({ format: 'email', maxLength: 100 }), Type.Null()]),
              ),
            },
            { additionalProperties: false, minProperties: 1 },
          ),
          response: { 200: AccountView, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => updateAccount(request.ctx(), request.params.id, request.body),
    );

    app.put(
      '/api/accounts/:id/roles',
      {
        schema: {
          tags,
          summary: '授权（安全管理员）',
          params: IdParams,
          body: Type.Object(
            { roleIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }) },
            { additionalProperties: false },
          ),
          response: { 200: AccountView, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => setAccountRoles(request.ctx(), request.params.id, request.body.roleIds),
    );

    app.post(
      '/api/accounts/:id/unlock',
      {
        schema: {
          tags,
          summary: '解锁账号',
          params: IdParams,
          response: { 204: NoContent, ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await unlockAccount(request.ctx(), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/accounts/:id/reset-password',
      {
        schema: {
          tags,
          summary: '重置口令（下次登录须修改）',
          params: IdParams,
          body: Type.Object(
            { temporaryPassword: Type.String({ minLength: 1, maxLength: 128 }) },
            { additionalProperties: false },
          ),
          response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await resetPassword(request.ctx(), request.params.id, request.body.temporaryPassword);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/accounts/:id/revoke-sessions',
      {
        schema: {
          tags,
          summary: '强制下线',
          params: IdParams,
          response: { 200: Type.Object({ revoked: Type.Integer() }), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => ({
        revoked: await revokeSessionsOf(request.ctx(), request.params.id),
      }),
    );

    const RoleBody = {
      name: Type.String({ minLength: 1, maxLength: 50 }),
      description: Type.Optional(Type.String({ maxLength: 500 })),
      permissions: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, uniqueItems: true }),
      dataScope: Scope,
    };
    app.get(
      '/api/roles',
      {
        schema: {
          tags,
          summary: '角色列表',
          response: { 200: Type.Object({ items: Type.Array(RoleView) }), ...errorResponses(401, 403) },
        },
      },
      async (request) => ({
        items: await listRoles(request.ctx()),
      }),
    );
    app.post(
      '/api/roles',
      {
        schema: {
          tags,
          summary: '新建角色',
          body: Type.Object(
            {
              code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z][a-z0-9_-]*$' }),
              ...RoleBody,
            },
            { additionalProperties: false },
          ),
          response: { 201: RoleView, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createRole(request.ctx(), request.body)),
    );
    app.patch(
      '/api/roles/:id',
      {
        schema: {
          tags,
          summary: '修改角色',
          params: IdParams,
          body: Type.Partial(Type.Object(RoleBody), { additionalProperties: false, minProperties: 1 }),
          response: { 200: RoleView, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateRole(request.ctx(), request.params.id, request.body),
    );
    app.delete(
      '/api/roles/:id',
      {
        schema: {
          tags,
          summary: '删除角色',
          params: IdParams,
          response: { 204: NoContent, ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await deleteRole(request.ctx(), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/register',
      {
        schema: {
          tags: ['认证'],
          summary: '公众注册（个人用身份证号，法人用统一社会信用代码）；无论证件是否已注册，答复相同',
          body: Type.Object(
            {
              kind: Type.Union([Type.Literal('citizen'), Type.Literal('org')]),
              username: Username,
              password: Type.String({ minLength: 1, maxLength: 128 }),
              displayName: Type.String({ minLength: 1, maxLength: 100 }),
              idNumber: Type.Optional(Type.String({ maxLength: 18 })),
              creditCode: Type.Optional(Type.String({ maxLength: 18 })),
              phone: Type.Optional(Type.String({ maxLength: 11 })),
              email: Type.Optional(Type.String({ format: 'email', maxLength: 100 })),
              consent: Type.String({
                maxLength: 20,
                description: `同意的《个人信息保护告知》版本（当前 ${PRIVACY_NOTICE_VERSION}）`,
              }),
              humanCheck: Type.Optional(HumanCheckAnswer),
            },
            { additionalProperties: false },
          ),
          response: {
            202: Type.Object({ message: Type.String() }),
            ...errorResponses(400, 409, 429),
          },
        },
        config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
      },
      async (request, reply) =>
        reply.status(202).send(await registerPublicAccount(request.ctx(), request.body)),
    );
  },
};
