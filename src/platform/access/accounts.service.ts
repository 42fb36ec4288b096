// Accounts (账号): the system admin opens, edits and disables staff accounts; the security admin
// unlocks, resets and signs out. The three administrators are kept apart (三员分立): an administrator's
// own account is changed only through two-person approval (approvals.service.ts).
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { assertNewPassword, setPassword } from '../auth/auth.service.ts';
import { clearAllFailures, locksOf } from '../auth/login-failures.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { forgetSessions } from '../auth/session-cache.ts';
import { revokeAccountSessions } from '../auth/sessions.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { containing } from '../db/like.ts';
import { AppError, notFound, validationError } from '../errors.ts';
import { type AccountKind, type AdminKind, accountRoles, accounts, roles, sessions } from './access.table.ts';
import { adminKindOfAccount } from './admins.ts';
import { maskPhone } from './identity.ts';
import { ForbiddenError, requireAnyPermission, requirePermission } from './policy.ts';

export interface AccountView {
  id: string;
  kind: AccountKind;
  username: string;
  displayName: string;
  unitId: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
  lockedUntil: string | null;
  /** The sign-in locks in force: from one address, or (from null) from every address. */
  locks: Array<{ from: string | null; until: string }>;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  idNumberMask: string | null;
  creditCode: string | null;
  phoneMask: string | null;
  lastLoginAt: string | null;
  roles: Array<{ id: string; code: string; name: string; adminKind: AdminKind | null }>;
}

export async function presentAccounts(
  ctx: Ctx,
  rows: Array<typeof accounts.$inferSelect>,
): Promise<AccountView[]> {
  const ids = rows.map((r) => r.id);
  const grants = ids.length
    ? await ctx.db
        .select({
          accountId: accountRoles.accountId,
          id: roles.id,
          code: roles.code,
          name: roles.name,
          adminKind: roles.adminKind,
        })
        .from(accountRoles)
        .innerJoin(roles, eq(accountRoles.roleId, roles.id))
        .where(inArray(accountRoles.accountId, ids))
    : [];
  const locks = await locksOf(
    ctx.db,
    rows.map((r) => r.username),
    ctx.now,
  );
  return rows.map((r) => {
    const mine = locks.get(r.username) ?? [];
    const until = mine.reduce<Date | null>((a, l) => (!a || l.until > a ? l.until : a), null);
    return {
      id: r.id,
      kind: r.kind,
      username: r.username,
      displayName: r.displayName,
      unitId: r.unitId,
      status: r.status,
      locked: mine.length > 0,
      lockedUntil: until?.toISOString() ?? null,
      locks: mine.map((l) => ({ from: l.source, until: l.until.toISOString() })),
      mustChangePassword: r.mustChangePassword,
      totpEnabled: r.totpEnabled,
      idNumberMask: r.idNumberMask,
      creditCode: r.creditCode,
      phoneMask: r.phoneMask,
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      roles: grants
        .filter((g) => g.accountId === r.id)
        .map(({ id, code, name, adminKind }) => ({ id, code, name, adminKind })),
    };
  });
}

export async function listAccounts(
  ctx: Ctx,
  q: { kind?: AccountKind; unitId?: string; q?: string; page: number; pageSize: number },
) {
  requireAnyPermission(ctx.actor, 'system:accounts', 'security:grants', 'security:lockouts');
  const where: SQL[] = [];
  if (q.kind) where.push(eq(accounts.kind, q.kind));
  if (q.unitId) where.push(eq(accounts.unitId, q.unitId));
  if (q.q) {
    const like = containing(q.q);
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
  requireAnyPermission(ctx.actor, 'system:accounts', 'security:grants', 'security:lockouts');
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!row) throw notFound('ACCOUNT_NOT_FOUND', '账号不存在');
  return (await presentAccounts(ctx, [row]))[0];
}

export async function mustGet(ctx: Ctx, id: string) {
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
  if (problems.length) throw validationError('initialPassword', `初始口令：${problems.join('；')}`);
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
    if (id === ctx.actor.id && patch.status === 'disabled')
      throw validationError('status', '不能停用自己的账号');
    // Second-factor binding codes and reset codes go to this address: it changes only with approval.
    if (
      patch.email !== undefined &&
      (patch.email ?? null) !== before.email &&
      (await adminKindOfAccount(tx.db, id))
    )
      throw validationError(
        'email',
        '管理员账号的电子邮箱（动态口令绑定码与重置码发往此处）须经双人审批变更：请在“双人审批”中提出申请',
      );
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

// ---- lockouts and resets (security admin) ----

export async function unlockAccount(ctx: Ctx, accountId: string): Promise<void> {
  requirePermission(ctx.actor, 'security:lockouts');
  await inTransaction(ctx, async (tx) => {
    const account = await mustGet(tx, accountId);
    const cleared = await clearAllFailures(tx.db, account.username);
    await recordAudit(tx, {
      action: 'account.unlock',
      objectType: 'account',
      objectId: accountId,
      detail: { cleared },
    });
  });
}

/**
 * Sets a temporary password on a staff account; the holder must change it at the next sign-in. An
 * administrator's account is reset only through two-person approval (approvals.service.ts).
 */
export async function resetPassword(ctx: Ctx, accountId: string, temporaryPassword: string): Promise<void> {
  requirePermission(ctx.actor, 'security:lockouts');
  if (accountId === ctx.actor.id)
    throw new ForbiddenError('security:lockouts', '请通过“修改口令”更改自己的口令');
  const account = await mustGet(ctx, accountId);
  if (await adminKindOfAccount(ctx.db, accountId))
    throw new ForbiddenError(
      'security:lockouts',
      '管理员账号的口令须经双人审批重置：请在“双人审批”中提出申请，由另一位管理员确认',
    );
  if (account.kind !== 'staff')
    throw new ForbiddenError(
      'security:lockouts',
      '公众账号由本人通过“找回密码”重设，或由窗口工作人员核验证件后重置',
    );
  await assertNewPassword(ctx, account, temporaryPassword, 'temporaryPassword');
  await inTransaction(ctx, async (tx) => {
    await setPassword(tx, account, temporaryPassword, true);
    await clearAllFailures(tx.db, account.username);
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
