// Signing in and out, the TOTP step, password changes. Every outcome is audited; failures in
// their own transaction so a refused login still leaves its record.
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { accounts, passwordHistory, sessions } from '../access/access.table.ts';
import { type AccountRow, loadActor } from '../access/actor.ts';
import { administratorIds, adminKindOfAccount } from '../access/admins.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { formatInstant } from '../calendar/china-date.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notify/index.ts';
import { clearFailures, countFailure, type Lock, lockFacing } from './login-failures.ts';
import { checkCode, claimCode, contactOf, issueCode, liveCode } from './one-time-codes.ts';
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
  /** A second factor to bind: the binding code went to the owner's email or phone (masked here). */
  totpEnrolment?: { sentTo: string; expiresAt: string };
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

/** The one answer to a name that may not sign in now, whether or not an account has that name. */
function lockedError(ctx: Ctx, until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - ctx.now.getTime()) / 60_000));
  return new AppError('ACCOUNT_LOCKED', {
    message: `登录失败次数过多，已暂停登录，请 ${minutes} 分钟后再试。忘记密码可使用“找回密码”；工作人员可请安全管理员解锁`,
    extra: { lockedUntil: until.toISOString() },
  });
}

/**
 * A failed attempt: counted for the name (from this address and from all), audited, in a transaction
 * of its own so the refusal stays recorded. A lock it sets is audited, and an administrator's account
 * locking is announced to the security administrators.
 */
async function fail(
  ctx: Ctx,
  account: AccountRow | undefined,
  username: string,
  why: string,
): Promise<never> {
  let locks: Lock[] = [];
  await ctx.database.transaction(async (db) => {
    const tx = { ...ctx, db };
    locks = await countFailure(tx, username);
    await recordAudit(tx, {
      action: 'auth.login',
      result: 'failure',
      actorId: account?.id ?? null,
      actorName: username.slice(0, 64),
      objectType: 'account',
      objectId: account?.id ?? null,
      detail: { reason: why, locked: locks.length > 0 },
    });
    for (const lock of locks)
      await recordAudit(tx, {
        action: 'auth.lockout',
        result: 'denied',
        actorId: account?.id ?? null,
        actorName: username.slice(0, 64),
        objectType: 'account',
        objectId: account?.id ?? null,
        detail: { from: lock.source ?? 'all', until: lock.until.toISOString() },
      });
    if (locks.length && account && (await adminKindOfAccount(db, account.id))) {
      const where = locks.some((l) => l.source === null) ? '所有地址' : `地址 ${ctx.ip ?? '未知'}`;
      await notify(tx, {
        accountIds: await administratorIds(db, ['security']),
        category: 'security',
        title: `管理员账号 ${account.username} 已被锁定`,
        body: `管理员账号 ${account.displayName}（${account.username}）连续登录失败，已暂停从${where}登录至 ${formatInstant(locks[0].until)}。如非本人操作，请核查来源地址并考虑强制下线、重置口令（双人审批）。`,
        link: `/admin/accounts?q=${encodeURIComponent(account.username)}`,
        email: true,
      });
    }
  });
  if (locks.length) throw lockedError(ctx, locks[0].until);
  throw new AppError(why === 'totp' ? 'TOTP_INVALID' : 'INVALID_CREDENTIALS');
}

export async function login(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const account = await findAccount(ctx, input.username);
  // Locked names, real or not, get the same answer before any password is looked at.
  const lock = await lockFacing(ctx, input.username);
  if (lock) {
    await recordAuditAlone(ctx, {
      action: 'auth.login',
      result: 'denied',
      actorId: account?.id ?? null,
      actorName: input.username.slice(0, 64),
      objectType: 'account',
      objectId: account?.id ?? null,
      detail: { reason: 'locked', from: lock.source ?? 'all', lockedUntil: lock.until.toISOString() },
    });
    throw lockedError(ctx, lock.until);
  }
  if (!account) {
    await dummyVerify(input.password);
    return fail(ctx, undefined, input.username, 'unknown-user');
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
  let enrol: { sentTo: string; channel: string } | undefined;
  let totpStep: number | null = null;
  if (totpRequired && account.totpSecretEnc && account.totpEnabled) {
    if (!input.totp) throw new AppError('TOTP_REQUIRED', { extra: { totpRequired: true } });
    const secret = ctx.deps.cipher.decrypt(account.totpSecretEnc);
    totpStep = checkTotp(secret, input.totp, ctx.now, account.totpLastStep);
    if (totpStep === null) return fail(ctx, account, account.username, 'totp');
  } else if (totpRequired) {
    // An administrator without a second factor yet (new, or reset through two-person approval): the
    // sign-in completes only after binding one, and binding needs a code that goes to the owner's own
    // email or phone — whoever set or reset the password never sees it.
    const contact = contactOf(account);
    if (!contact) {
      await recordAuditAlone(ctx, {
        action: 'auth.totp.enrol',
        result: 'denied',
        actorId: account.id,
        actorName: account.username,
        objectType: 'account',
        objectId: account.id,
        detail: { reason: 'no-contact' },
      });
      throw new AppError('FORBIDDEN', {
        message:
          '管理员账号须绑定动态口令，绑定码只发给本人，但该账号未登记电子邮箱或手机号码。请联系其他管理员登记（双人审批）后再登录',
      });
    }
    enrol = contact;
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
    let enrolment: LoginResult['totpEnrolment'];
    if (enrol) {
      // A secret is made only once the binding code is given (startTotpEnrolment).
      await tx.db
        .update(accounts)
        .set({ totpSecretEnc: null, totpEnabled: false })
        .where(eq(accounts.id, account.id));
      const live = await liveCode(tx, account.id, 'totp-enrol');
      const resendAfter = 10 * 60_000;
      if (live && tx.now.getTime() - live.createdAt.getTime() < resendAfter)
        enrolment = { sentTo: live.sentTo, expiresAt: live.expiresAt.toISOString() };
      else {
        const hours = tx.deps.config.ENROL_CODE_HOURS;
        const issued = await issueCode(tx, {
          account,
          purpose: 'totp-enrol',
          kind: 'letters',
          validMinutes: hours * 60,
          channel: enrol.channel,
          sentTo: enrol.sentTo,
          send: {
            title: '动态口令绑定码',
            body: (code) =>
              `您的账号 ${account.username} 正在绑定动态口令（双因素认证）。绑定码 ${code}，${hours} 小时内有效，请在工作台登录页填写。如非本人操作，说明有人知道了您的口令：请勿告诉任何人此码，并联系其他管理员。`,
          },
        });
        enrolment = { sentTo: enrol.sentTo, expiresAt: issued.expiresAt.toISOString() };
      }
    }
    await tx.db.update(accounts).set({ lastLoginAt: ctx.now }).where(eq(accounts.id, account.id));
    await clearFailures(tx, account.username);
    const session = await createSession(tx, account, enrol ? 'mfa' : 'active');
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
      totpEnrolment: enrolment,
    } satisfies LoginResult;
  });
  return result ?? fail(ctx, account, account.username, 'totp');
}

/**
 * The binding code that reached the owner: with it the session (still at the second-factor stage)
 * gets a new TOTP secret to scan. Without it nobody — not whoever knows the password — can bind one.
 */
export async function startTotpEnrolment(
  ctx: Ctx,
  sessionId: string,
  code: string,
): Promise<{ secret: string; uri: string }> {
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.id!)).limit(1);
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, sessionId)).limit(1);
  if (!account || session?.stage !== 'mfa' || account.totpEnabled)
    throw new AppError('CONFLICT', { message: '该账号不在绑定动态口令的步骤：请重新登录' });
  const found = await checkCode(ctx, account.id, 'totp-enrol', code);
  const message = '绑定码不正确或已失效：请核对邮件或短信中的绑定码；重新登录可获得新的绑定码';
  const invalid = new AppError('ONE_TIME_CODE_INVALID', { message, errors: [{ field: 'code', message }] });
  if (!found) {
    await recordAuditAlone(ctx, {
      action: 'auth.totp.enrol-code',
      result: 'failure',
      objectType: 'account',
      objectId: account.id,
    });
    throw invalid;
  }
  const secret = newTotpSecret();
  const ok = await inTransaction(ctx, async (tx) => {
    if (!(await claimCode(tx, found.id))) return false;
    await tx.db
      .update(accounts)
      .set({ totpSecretEnc: tx.deps.cipher.encrypt(secret), updatedAt: tx.now })
      .where(eq(accounts.id, account.id));
    await recordAudit(tx, {
      action: 'auth.totp.enrol-code',
      objectType: 'account',
      objectId: account.id,
      detail: { sentTo: found.sentTo },
    });
    return true;
  });
  if (!ok) throw invalid;
  return { secret, uri: totpUri(secret, account.username) };
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
