// Roles and grants (角色与授权), kept by the security admin. The administrator roles' permissions are
// fixed, no business role may carry an administrator's permission, and the administrator roles
// themselves are granted and withdrawn only through two-person approval (approvals.service.ts).
import { asc, count, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { forgetSessions } from '../auth/session-cache.ts';
import { revokeAccountSessions } from '../auth/sessions.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError, notFound, validationError } from '../errors.ts';
import { type AdminKind, accountRoles, type DataScope, roles } from './access.table.ts';
import { type AccountView, mustGet, presentAccounts } from './accounts.service.ts';
import { adminKindOf, isKnownPermission } from './permissions.ts';
import { ForbiddenError, requireAnyPermission, requirePermission } from './policy.ts';

export interface RoleInput {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
  dataScope: DataScope;
}

function checkRolePermissions(adminKind: AdminKind | null, permissions: string[]) {
  for (const p of permissions) {
    if (!isKnownPermission(p)) throw validationError('permissions', `未知的权限：${p}`);
    const kind = adminKindOf(p);
    if (adminKind && kind !== adminKind)
      throw validationError('permissions', `管理员角色只能含本类管理权限，不能含“${p}”`);
    if (!adminKind && kind)
      throw validationError('permissions', `业务角色不能含管理员权限“${p}”（三员分立）`);
  }
}

export async function listRoles(ctx: Ctx) {
  requireAnyPermission(ctx.actor, 'security:roles', 'security:grants');
  const rows = await ctx.db.select().from(roles).orderBy(asc(roles.builtin), asc(roles.code));
  const counts = await ctx.db
    .select({ roleId: accountRoles.roleId, n: count() })
    .from(accountRoles)
    .groupBy(accountRoles.roleId);
  return rows.map((r) => ({ ...r, accounts: counts.find((c) => c.roleId === r.id)?.n ?? 0 }));
}

export async function createRole(ctx: Ctx, input: RoleInput) {
  requirePermission(ctx.actor, 'security:roles');
  checkRolePermissions(null, input.permissions);
  return inTransaction(ctx, async (tx) => {
    const [dup] = await tx.db.select({ id: roles.id }).from(roles).where(eq(roles.code, input.code));
    if (dup)
      throw new AppError('CONFLICT', {
        message: '角色代码已存在',
        errors: [{ field: 'code', message: '角色代码已存在' }],
      });
    const [row] = await tx.db
      .insert(roles)
      .values({ ...input, description: input.description ?? '', createdAt: tx.now, updatedAt: tx.now })
      .returning();
    await recordAudit(tx, {
      action: 'role.create',
      objectType: 'role',
      objectId: row.id,
      detail: { ...input },
    });
    return { ...row, accounts: 0 };
  });
}

export async function updateRole(ctx: Ctx, id: string, patch: Partial<Omit<RoleInput, 'code'>>) {
  requirePermission(ctx.actor, 'security:roles');
  return inTransaction(ctx, async (tx) => {
    const [role] = await tx.db.select().from(roles).where(eq(roles.id, id));
    if (!role) throw notFound('ROLE_NOT_FOUND', '角色不存在');
    if (role.adminKind && (patch.permissions || patch.dataScope))
      throw validationError('permissions', '三员管理员角色的权限固定，不能修改');
    if (patch.permissions) checkRolePermissions(role.adminKind, patch.permissions);
    const [row] = await tx.db
      .update(roles)
      .set({ ...patch, updatedAt: tx.now })
      .where(eq(roles.id, id))
      .returning();
    forgetSessions(); // every holder's cached actor has the old permissions
    await recordAudit(tx, {
      action: 'role.update',
      objectType: 'role',
      objectId: id,
      detail: {
        before: { permissions: role.permissions, dataScope: role.dataScope, name: role.name },
        patch,
      },
    });
    const [{ n }] = await tx.db.select({ n: count() }).from(accountRoles).where(eq(accountRoles.roleId, id));
    return { ...row, accounts: n };
  });
}

export async function deleteRole(ctx: Ctx, id: string) {
  requirePermission(ctx.actor, 'security:roles');
  await inTransaction(ctx, async (tx) => {
    const [role] = await tx.db.select().from(roles).where(eq(roles.id, id));
    if (!role) throw notFound('ROLE_NOT_FOUND', '角色不存在');
    if (role.builtin) throw new AppError('CONFLICT', { message: '内置角色不能删除' });
    const [{ n }] = await tx.db.select({ n: count() }).from(accountRoles).where(eq(accountRoles.roleId, id));
    if (n > 0) throw new AppError('CONFLICT', { message: `该角色仍授予 ${n} 个账号，请先撤销授权` });
    await tx.db.delete(roles).where(eq(roles.id, id));
    await recordAudit(tx, {
      action: 'role.delete',
      objectType: 'role',
      objectId: id,
      detail: { code: role.code },
    });
  });
}

/** Replaces an account's roles (授权). Keeps the three administrators apart from everything else. */
export async function setAccountRoles(ctx: Ctx, accountId: string, roleIds: string[]): Promise<AccountView> {
  requirePermission(ctx.actor, 'security:grants');
  if (accountId === ctx.actor.id) throw new ForbiddenError('security:grants', '不能给自己授权');
  return inTransaction(ctx, async (tx) => {
    const account = await mustGet(tx, accountId);
    const wanted = roleIds.length ? await tx.db.select().from(roles).where(inArray(roles.id, roleIds)) : [];
    if (wanted.length !== new Set(roleIds).size) throw validationError('roleIds', '含不存在的角色');
    if (account.kind !== 'staff' && wanted.length > 0) throw validationError('roleIds', '公众账号不授予角色');
    const before = await tx.db
      .select({ roleId: accountRoles.roleId, adminKind: roles.adminKind })
      .from(accountRoles)
      .innerJoin(roles, eq(roles.id, accountRoles.roleId))
      .where(eq(accountRoles.accountId, accountId));
    // 三员分立: who holds an administrator role changes only through two-person approval.
    if (wanted.some((r) => r.adminKind) || before.some((r) => r.adminKind))
      throw validationError(
        'roleIds',
        '系统管理员、安全管理员、审计管理员角色的授予与撤销须经双人审批：请在“双人审批”中提出申请，由另一位管理员确认',
      );
    await tx.db.delete(accountRoles).where(eq(accountRoles.accountId, accountId));
    if (wanted.length)
      await tx.db
        .insert(accountRoles)
        .values(wanted.map((r) => ({ accountId, roleId: r.id, grantedBy: ctx.actor.id, grantedAt: tx.now })));
    // New powers take effect at the next sign-in; lost ones at once.
    await revokeAccountSessions(tx, accountId, 'roles-changed');
    await recordAudit(tx, {
      action: 'account.roles.set',
      objectType: 'account',
      objectId: accountId,
      detail: { before: before.map((b) => b.roleId), after: wanted.map((r) => r.code) },
    });
    return (await presentAccounts(tx, [{ ...account }]))[0];
  });
}
