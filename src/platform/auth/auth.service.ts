// Signing in and out, the TOTP step, password changes. Every outcome is audited; failures in
// their own transaction so a refused login still leaves its record.
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { accounts, passwordHistory } from '../access/access.table.ts';
import { type AccountRow, loadActor } from '../access/actor.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  dummyVerify,
  hashPassword,
  isPasswordExpired,
  passwordProblems,
  verifyPassword,
} from './passwords.ts';
import { createSession, promoteSession, revokeAccountSessions, revokeSession } from './sessions.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  /** The session cookie presented with the login, revoked so no old id survives (fixation). */
  previousSessionId?: string | null;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  stage: 'active' | 'totp-enrol';
  mustChangePassword: boolean;
  totpEnrolment?: { secret: string; uri: string };
}

export function policyOf(ctx: Ctx) {
  const c = ctx.deps.config;
  return {
    minLength: c.PASSWORD_MIN_LENGTH,
    maxAgeDays: c.PASSWORD_MAX_AGE_DAYS,
    history: c.PASSWORD_HISTORY,
  };
}

async function findAccount(ctx: Ctx, username: string): Promise<AccountRow | undefined> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.username, username)).limit(1);
  return row;
}

export function mustChange(ctx: Ctx, account: AccountRow): boolean {
  return account.mustChangePassword || isPasswordExpired(account.passwordChangedAt, ctx.now, policyOf(ctx));
}

async function fail(
  ctx: Ctx,
  account: AccountRow | undefined,
  username: string,
  why: string,
): Promise<never> {
  const { LOCKOUT_THRESHOLD, LOCKOUT_MINUTES } = ctx.deps.config;
  let locked = false;
  await ctx.database.transaction(async (db) => {
    const tx = { ...ctx, db };
    if (account) {
      const attempts = account.failedAttempts + 1;
      locked = attempts >= LOCKOUT_THRESHOLD;
      await db
        .update(accounts)
        .set(
          locked
            ? { failedAttempts: 0, lockedUntil: new Date(ctx.now.getTime() + LOCKOUT_MINUTES * 60_000) }
            : { failedAttempts: attempts },
        )
        .where(eq(accounts.id, account.id));
    }
    await recordAudit(tx, {
      action: 'auth.login',
      result: 'failure',
      actorId: account?.id ?? null,
      actorName: username.slice(0, 64),
      objectType: 'account',
      objectId: account?.id ?? null,
      detail: { reason: why, locked },
    });
  });
  if (locked)
    throw new AppError('ACCOUNT_LOCKED', {
      message: `连续 ${LOCKOUT_THRESHOLD} 次登录失败，账号已锁定 ${LOCKOUT_MINUTES} 分钟`,
    });
  throw new AppError(why === 'totp' ? 'TOTP_INVALID' : 'INVALID_CREDENTIALS');
}

export async function login(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const account = await findAccount(ctx, input.username);
  if (!account) {
    await dummyVerify(input.password);
    return fail(ctx, undefined, input.username, 'unknown-user');
  }
  if (account.lockedUntil && account.lockedUntil > ctx.now) {
    await recordAuditAlone(ctx, {
      action: 'auth.login',
      result: 'denied',
      actorId: account.id,
      actorName: account.username,
      objectType: 'account',
      objectId: account.id,
      detail: { reason: 'locked', lockedUntil: account.lockedUntil.toISOString() },
    });
    const minutes = Math.ceil((account.lockedUntil.getTime() - ctx.now.getTime()) / 60_000);
    throw new AppError('ACCOUNT_LOCKED', {
      message: `账号已锁定，请 ${minutes} 分钟后再试，或联系安全管理员解锁`,
      extra: { lockedUntil: account.lockedUntil.toISOString() },
    });
  }
  if (!(await verifyPassword(account.passwordHash, input.password)))
    return fail(ctx, account, account.username, 'password');
  if (account.status !== 'active') {
    await recordAuditAlone(ctx, {
      action: 'auth.login',
      result: 'denied',
      actorId: account.id,
      actorName: account.username,
      detail: { reason: 'disabled' },
    });
    throw new AppError('ACCOUNT_DISABLED');
  }
  const actor = await loadActor(ctx.db, account);
  const totpRequired = Boolean(actor.adminKind) || account.totpEnabled;
  let enrol: { secret: string; uri: string } | undefined;
  let totpStep: number | null = null;
  if (totpRequired && account.totpSecretEnc && account.totpEnabled) {
    if (!input.totp) throw new AppError('TOTP_REQUIRED', { extra: { totpRequired: true } });
    const secret = ctx.deps.cipher.decrypt(account.totpSecretEnc);
    totpStep = checkTotp(secret, input.totp, ctx.now, account.totpLastStep);
    if (totpStep === null) return fail(ctx, account, account.username, 'totp');
  } else if (totpRequired) {
    // An administrator without a second factor yet: sign-in completes only after enrolling one.
    const secret = newTotpSecret();
    enrol = { secret, uri: totpUri(secret, account.username) };
  }
  const result = await inTransaction(ctx, async (tx) => {
    // A TOTP code is good once: claim its time step, unless a concurrent sign-in already did.
    if (totpStep !== null) {
      const claimed = await tx.db
        .update(accounts)
        .set({ totpLastStep: totpStep })
        .where(
          and(
            eq(accounts.id, account.id),
            or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, totpStep)),
          ),
        )
        .returning({ id: accounts.id });
      if (claimed.length === 0) return null;
    }
    if (input.previousSessionId) await revokeSession(tx, input.previousSessionId, 'replaced-at-login');
    if (enrol)
      await tx.db
        .update(accounts)
        .set({ totpSecretEnc: ctx.deps.cipher.encrypt(enrol.secret) })
        .where(eq(accounts.id, account.id));
    await tx.db
      .update(accounts)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: ctx.now })
      .where(eq(accounts.id, account.id));
    const session = await createSession(tx, account.id, enrol ? 'mfa' : 'active');
    await recordAudit(
      { ...tx, actor: { ...actor, sessionId: session.id } },
      {
        action: 'auth.login',
        objectType: 'account',
        objectId: account.id,
        detail: enrol ? { stage: 'totp-enrol' } : null,
      },
    );
    return {
      token: session.token,
      csrfToken: session.csrfToken,
      stage: enrol ? 'totp-enrol' : 'active',
      mustChangePassword: mustChange(ctx, account),
      totpEnrolment: enrol,
    } satisfies LoginResult;
  });
  return result ?? fail(ctx, account, account.username, 'totp');
}

/** Completes an administrator's first sign-in by proving the new TOTP secret works. */
export async function confirmTotpEnrolment(ctx: Ctx, sessionId: string, code: string): Promise<void> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.id!)).limit(1);
  if (!account?.totpSecretEnc) throw new AppError('TOTP_INVALID');
  const step = checkTotp(ctx.deps.cipher.decrypt(account.totpSecretEnc), code, ctx.now, account.totpLastStep);
  if (step === null) {
    await recordAuditAlone(ctx, {
      action: 'auth.totp.enrol',
      result: 'failure',
      objectType: 'account',
      objectId: account.id,
    });
    throw new AppError('TOTP_INVALID');
  }
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(accounts)
      .set({ totpEnabled: true, totpLastStep: step, updatedAt: ctx.now })
      .where(eq(accounts.id, account.id));
    await promoteSession(tx, sessionId);
    await recordAudit(tx, { action: 'auth.totp.enrol', objectType: 'account', objectId: account.id });
  });
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await revokeSession(tx, sessionId, 'logout');
    await recordAudit(tx, { action: 'auth.logout', objectType: 'account', objectId: ctx.actor.id });
  });
}

/** Checks a new password against the policy and the last N; throws naming the field. */
export async function assertNewPassword(
  ctx: Ctx,
  account: AccountRow,
  password: string,
  field = 'newPassword',
) {
  const problems = passwordProblems(password, policyOf(ctx), account.username);
  if (problems.length)
    throw new AppError('PASSWORD_POLICY', {
      message: problems.join('；'),
      errors: problems.map((message) => ({ field, message })),
    });
  const recent = await ctx.db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, account.id))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(policyOf(ctx).history);
  const hashes = new Set([account.passwordHash, ...recent.map((r) => r.hash)]);
  for (const h of [...hashes].slice(0, policyOf(ctx).history)) {
    if (await verifyPassword(h, password)) {
      const message = `不得使用最近 ${policyOf(ctx).history} 次用过的口令`;
      throw new AppError('PASSWORD_REUSED', { message, errors: [{ field, message }] });
    }
  }
}

/** Stores a new password hash, keeping the old one in the history. Caller audits. */
export async function setPassword(ctx: Ctx, account: AccountRow, password: string, mustChangeNext: boolean) {
  const hash = await hashPassword(password);
  await ctx.db
    .insert(passwordHistory)
    .values({ accountId: account.id, passwordHash: account.passwordHash, createdAt: ctx.now });
  await ctx.db
    .update(accounts)
    .set({
      passwordHash: hash,
      passwordChangedAt: ctx.now,
      mustChangePassword: mustChangeNext,
      updatedAt: ctx.now,
    })
    .where(eq(accounts.id, account.id));
}

export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; sessionId: string },
): Promise<void> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.id!)).limit(1);
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await recordAuditAlone(ctx, {
      action: 'auth.password.change',
      result: 'failure',
      objectType: 'account',
      objectId: account.id,
    });
    const message = '当前口令不正确';
    throw new AppError('VALIDATION_FAILED', { message, errors: [{ field: 'currentPassword', message }] });
  }
  await assertNewPassword(ctx, account, input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await setPassword(tx, account, input.newPassword, false);
    // Other sessions of this account end: whoever knew the old password is out.
    const others = await revokeAccountSessions(tx, account.id, 'password-changed', input.sessionId);
    await recordAudit(tx, {
      action: 'auth.password.change',
      objectType: 'account',
      objectId: account.id,
      detail: { revokedSessions: others },
    });
  });
}
