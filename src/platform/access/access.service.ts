// Accounts, roles and grants. The three administrators are kept apart here (三员分立): the
// system admin keeps accounts, the security admin keeps roles, grants and lockouts, the audit
// admin reads the log; an administrator's account holds one administrator role and nothing else.
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { assertNewPassword, setPassword } from '../auth/auth.service.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { forgetSessions } from '../auth/session-cache.ts';
import { revokeAccountSessions } from '../auth/sessions.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { sm3 } from '../crypto/sm.ts';
import { AppError, notFound } from '../errors.ts';
import {
  type AccountKind,
  type AdminKind,
  accountRoles,
  accounts,
  type DataScope,
  roles,
  sessions,
} from './access.table.ts';
import { isValidCreditCode, isValidIdNumber, maskIdNumber, maskPhone } from './identity.ts';
import { adminKindOf, isKnownPermission } from './permissions.ts';
import { ForbiddenError, requirePermission } from './policy.ts';

const fail = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message: `${message}`, errors: [{ field, message }] });

function requireAny(ctx: Ctx, ...permissions: string[]) {
  if (!permissions.some((p) => p in ctx.actor.permissions)) throw new ForbiddenError(permissions.join('|'));
}

export interface AccountView {
  id: string;
  kind: AccountKind;
  username: string;
  displayName: string;
  unitId: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  idNumberMask: string | null;
  creditCode: string | null;
  phoneMask: string | null;
  lastLoginAt: string | null;
  roles: Array<{ id: string; code: string; name: string }>;
}

async function presentAccounts(ctx: Ctx, rows: Array<typeof accounts.$inferSelect>): Promise<AccountView[]> {
  const ids = rows.map((r) => r.id);
  const grants = ids.length
    ? await ctx.db
        .select({ accountId: accountRoles.accountId, id: roles.id, code: roles.code, name: roles.name })
        .from(accountRoles)
        .innerJoin(roles, eq(accountRoles.roleId, roles.id))
        .where(inArray(accountRoles.accountId, ids))
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    username: r.username,
    displayName: r.displayName,
    unitId: r.unitId,
    status: r.status,
    locked: Boolean(r.lockedUntil && r.lockedUntil > ctx.now),
    lockedUntil: r.lockedUntil && r.lockedUntil > ctx.now ? r.lockedUntil.toISOString() : null,
    mustChangePassword: r.mustChangePassword,
    totpEnabled: r.totpEnabled,
    idNumberMask: r.idNumberMask,
    creditCode: r.creditCode,
    phoneMask: r.phoneMask,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    roles: grants.filter((g) => g.accountId === r.id).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

export async function listAccounts(
  ctx: Ctx,
  q: { kind?: AccountKind; unitId?: string; q?: string; page: number; pageSize: number },
) {
  requireAny(ctx, 'system:accounts', 'security:grants', 'security:lockouts');
  const where: SQL[] = [];
  if (q.kind) where.push(eq(accounts.kind, q.kind));
  if (q.unitId) where.push(eq(accounts.unitId, q.unitId));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(accounts.username, like), ilike(accounts.displayName, like))!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [{ total }] = await ctx.db.select({ total: count() }).from(accounts).where(cond);
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(cond)
    .orderBy(asc(accounts.kind), asc(accounts.username))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, items: await presentAccounts(ctx, rows) };
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountView> {
  requireAny(ctx, 'system:accounts', 'security:grants', 'security:lockouts');
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!row) throw notFound('ACCOUNT_NOT_FOUND', '账号不存在');
  return (await presentAccounts(ctx, [row]))[0];
}

async function mustGet(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!row) throw notFound('ACCOUNT_NOT_FOUND', '账号不存在');
  return row;
}

export interface NewStaffAccount {
  username: string;
  displayName: string;
  unitId: string;
  personId?: string | null;
  initialPassword: string;
  email?: string | null;
  phone?: string | null;
}

/** The system admin opens a staff account; the first sign-in must change the initial password. */
export async function createStaffAccount(ctx: Ctx, input: NewStaffAccount): Promise<AccountView> {
  requirePermission(ctx.actor, 'system:accounts');
  const problems = passwordProblems(
    input.initialPassword,
    {
      minLength: ctx.deps.config.PASSWORD_MIN_LENGTH,
      maxAgeDays: ctx.deps.config.PASSWORD_MAX_AGE_DAYS,
      history: ctx.deps.config.PASSWORD_HISTORY,
    },
    input.username,
  );
  if (problems.length) throw fail('initialPassword', `初始口令：${problems.join('；')}`);
  const hash = await hashPassword(input.initialPassword);
  return inTransaction(ctx, async (tx) => {
    const [exists] = await tx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, input.username));
    if (exists)
      throw new AppError('CONFLICT', {
        message: `用户名“${input.username}”已被使用`,
        errors: [{ field: 'username', message: '用户名已被使用' }],
      });
    const [row] = await tx.db
      .insert(accounts)
      .values({
        kind: 'staff',
        username: input.username,
        displayName: input.displayName,
        unitId: input.unitId,
        personId: input.personId ?? null,
        passwordHash: hash,
        passwordChangedAt: tx.now,
        mustChangePassword: true,
        email: input.email ?? null,
        phoneEnc: input.phone ? tx.deps.cipher.encrypt(input.phone) : null,
        phoneMask: input.phone ? maskPhone(input.phone) : null,
        createdAt: tx.now,
        updatedAt: tx.now,
      })
      .returning();
    await recordAudit(tx, {
      action: 'account.create',
      objectType: 'account',
      objectId: row.id,
      detail: { username: row.username, unitId: row.unitId },
    });
    return (await presentAccounts(tx, [row]))[0];
  });
}

export async function updateAccount(
  ctx: Ctx,
  id: string,
  patch: { displayName?: string; unitId?: string; status?: 'active' | 'disabled'; email?: string | null },
): Promise<AccountView> {
  requirePermission(ctx.actor, 'system:accounts');
  return inTransaction(ctx, async (tx) => {
    const before = await mustGet(tx, id);
    if (id === ctx.actor.id && patch.status === 'disabled') throw fail('status', '不能停用自己的账号');
    const [row] = await tx.db
      .update(accounts)
      .set({ ...patch, updatedAt: tx.now })
      .where(eq(accounts.id, id))
      .returning();
    if (patch.status === 'disabled') await revokeAccountSessions(tx, id, 'account-disabled');
    forgetSessions(); // its unit (data scope) may have changed: no cached actor keeps the old one
    await recordAudit(tx, {
      action: 'account.update',
      objectType: 'account',
      objectId: id,
      detail: {
        before: { displayName: before.displayName, unitId: before.unitId, status: before.status },
        patch,
      },
    });
    return (await presentAccounts(tx, [row]))[0];
  });
}

export interface PublicRegistration {
  kind: 'citizen' | 'org';
  username: string;
  password: string;
  displayName: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  email?: string;
}

/** Citizens (with an ID number) and organisations (with a credit code) open their own accounts. */
export async function registerPublicAccount(ctx: Ctx, input: PublicRegistration): Promise<AccountView> {
  if (input.kind === 'citizen') {
    if (!input.idNumber) throw fail('idNumber', '请填写居民身份证号码');
    if (!isValidIdNumber(input.idNumber)) throw fail('idNumber', '居民身份证号码不正确（请核对校验位）');
  } else {
    if (!input.creditCode) throw fail('creditCode', '请填写统一社会信用代码');
    if (!isValidCreditCode(input.creditCode))
      throw fail('creditCode', '统一社会信用代码不正确（请核对校验位）');
  }
  if (input.phone && !/^1\d{10}$/.test(input.phone)) throw fail('phone', '手机号码应为 11 位数字');
  const problems = passwordProblems(
    input.password,
    {
      minLength: ctx.deps.config.PASSWORD_MIN_LENGTH,
      maxAgeDays: ctx.deps.config.PASSWORD_MAX_AGE_DAYS,
      history: ctx.deps.config.PASSWORD_HISTORY,
    },
    input.username,
  );
  if (problems.length) throw fail('password', problems.join('；'));
  const hash = await hashPassword(input.password);
  const idNumber = input.idNumber?.toUpperCase();
  return inTransaction(ctx, async (tx) => {
    const [byName] = await tx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, input.username));
    if (byName)
      throw new AppError('CONFLICT', {
        message: '用户名已被使用',
        errors: [{ field: 'username', message: '用户名已被使用' }],
      });
    const idHash = idNumber ? sm3(`id:${idNumber}`) : null;
    if (idHash) {
      const [dup] = await tx.db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.idNumberHash, idHash));
      if (dup)
        throw new AppError('CONFLICT', {
          message: '该身份证号码已注册',
          errors: [{ field: 'idNumber', message: '该身份证号码已注册' }],
        });
    }
    if (input.creditCode) {
      const [dup] = await tx.db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.creditCode, input.creditCode.toUpperCase()));
      if (dup)
        throw new AppError('CONFLICT', {
          message: '该统一社会信用代码已注册',
          errors: [{ field: 'creditCode', message: '该统一社会信用代码已注册' }],
        });
    }
    const [row] = await tx.db
      .insert(accounts)
      .values({
        kind: input.kind,
        username: input.username,
        displayName: input.displayName,
        passwordHash: hash,
        passwordChangedAt: tx.now,
        idNumberEnc: idNumber ? tx.deps.cipher.encrypt(idNumber) : null,
        idNumberMask: idNumber ? maskIdNumber(idNumber) : null,
        idNumberHash: idHash,
        creditCode: input.creditCode?.toUpperCase() ?? null,
        phoneEnc: input.phone ? tx.deps.cipher.encrypt(input.phone) : null,
        phoneMask: input.phone ? maskPhone(input.phone) : null,
        email: input.email ?? null,
        createdAt: tx.now,
        updatedAt: tx.now,
      })
      .returning();
    await recordAudit(
      { ...tx, actor: { ...tx.actor, id: row.id, username: row.username } },
      {
        action: 'account.register',
        objectType: 'account',
        objectId: row.id,
        detail: { kind: row.kind },
      },
    );
    return (await presentAccounts(tx, [row]))[0];
  });
}

// ---- roles (security admin) ----

export interface RoleInput {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
  dataScope: DataScope;
}

function checkRolePermissions(adminKind: AdminKind | null, permissions: string[]) {
  for (const p of permissions) {
    if (!isKnownPermission(p)) throw fail('permissions', `未知的权限：${p}`);
    const kind = adminKindOf(p);
    if (adminKind && kind !== adminKind)
      throw fail('permissions', `管理员角色只能含本类管理权限，不能含“${p}”`);
    if (!adminKind && kind) throw fail('permissions', `业务角色不能含管理员权限“${p}”（三员分立）`);
  }
}

export async function listRoles(ctx: Ctx) {
  requireAny(ctx, 'security:roles', 'security:grants');
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
      throw fail('permissions', '三员管理员角色的权限固定，不能修改');
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
    if (wanted.length !== new Set(roleIds).size) throw fail('roleIds', '含不存在的角色');
    const adminRoles = wanted.filter((r) => r.adminKind);
    if (adminRoles.length > 0 && wanted.length > 1)
      throw fail('roleIds', '三员管理员角色不能与其他角色同时授予同一账号（三员分立）');
    if (adminRoles.length > 0 && account.kind !== 'staff')
      throw fail('roleIds', '管理员角色只能授予工作人员账号');
    if (account.kind !== 'staff' && wanted.length > 0) throw fail('roleIds', '公众账号不授予角色');
    const before = await tx.db
      .select({ roleId: accountRoles.roleId })
      .from(accountRoles)
      .where(eq(accountRoles.accountId, accountId));
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

// ---- lockouts and resets (security admin) ----

export async function unlockAccount(ctx: Ctx, accountId: string): Promise<void> {
  requirePermission(ctx.actor, 'security:lockouts');
  await inTransaction(ctx, async (tx) => {
    await mustGet(tx, accountId);
    await tx.db
      .update(accounts)
      .set({ lockedUntil: null, failedAttempts: 0, updatedAt: tx.now })
      .where(eq(accounts.id, accountId));
    await recordAudit(tx, { action: 'account.unlock', objectType: 'account', objectId: accountId });
  });
}

/** Sets a temporary password; the holder must change it at the next sign-in. */
export async function resetPassword(ctx: Ctx, accountId: string, temporaryPassword: string): Promise<void> {
  requirePermission(ctx.actor, 'security:lockouts');
  if (accountId === ctx.actor.id)
    throw new ForbiddenError('security:lockouts', '请通过“修改口令”更改自己的口令');
  const account = await mustGet(ctx, accountId);
  await assertNewPassword(ctx, account, temporaryPassword, 'temporaryPassword');
  await inTransaction(ctx, async (tx) => {
    await setPassword(tx, account, temporaryPassword, true);
    await tx.db
      .update(accounts)
      .set({ lockedUntil: null, failedAttempts: 0 })
      .where(eq(accounts.id, accountId));
    await revokeAccountSessions(tx, accountId, 'password-reset');
    await recordAudit(tx, { action: 'account.password.reset', objectType: 'account', objectId: accountId });
  });
}

export async function revokeSessionsOf(ctx: Ctx, accountId: string): Promise<number> {
  requirePermission(ctx.actor, 'security:lockouts');
  return inTransaction(ctx, async (tx) => {
    await mustGet(tx, accountId);
    const n = await revokeAccountSessions(tx, accountId, 'revoked-by-admin');
    await recordAudit(tx, {
      action: 'account.sessions.revoke',
      objectType: 'account',
      objectId: accountId,
      detail: { sessions: n },
    });
    return n;
  });
}

export async function activeSessionCount(ctx: Ctx, accountId: string): Promise<number> {
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        sql`${sessions.revokedAt} is null`,
        sql`${sessions.expiresAt} > ${ctx.now}`,
      ),
    );
  return n;
}
