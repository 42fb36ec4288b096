// Recovering a password (找回密码). A citizen or a company asks for a code by user name; it goes to the
// email and phone on the account, never to the screen, and the answer is the same whether the name
// exists or not. The code and a new password then set the password, end every session and unlock the
// name. At the counter (窗口), window staff who have checked the identity document hand the owner a
// longer-lived code on a slip instead. An administrator's code comes from a confirmed two-person
// approval (access/approvals.service.ts). Every step is audited; refusals in their own transaction.
import { eq } from 'drizzle-orm';
import { accounts } from '../access/access.table.ts';
import type { AccountRow } from '../access/actor.ts';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { formatInstant } from '../calendar/china-date.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { humanCheckNeeded, requireHumanCheck } from '../human-check/index.ts';
import { notify } from '../notify/index.ts';
import { assertNewPassword, setPassword } from './auth.service.ts';
import { clearAllFailures } from './login-failures.ts';
import { checkCode, claimCode, codesInLastHour, contactOf, issueCode } from './one-time-codes.ts';
import { revokeAccountSessions } from './sessions.ts';

const REQUEST = 'auth.password.reset-request';
const COMPLETE = 'auth.password.reset';

export function resetRequestAnswer(ctx: Ctx): string {
  return `如该用户名存在且登记了手机号码或电子邮箱，验证码已发出，${ctx.deps.config.RESET_CODE_MINUTES} 分钟内有效。请查收后在下一步填写验证码并设置新密码。没有收到？可过几分钟再申请，或携带身份证件到政务服务大厅窗口办理。`;
}

async function findByName(ctx: Ctx, username: string): Promise<AccountRow | undefined> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.username, username)).limit(1);
  return row;
}

/** Sends a reset code to a public account's email and phone; answers the same for every name. */
export async function requestPasswordReset(
  ctx: Ctx,
  input: { username: string; humanCheck?: { id?: string; answer?: string } },
): Promise<{ message: string }> {
  const username = input.username.trim().slice(0, 64);
  if (await humanCheckNeeded(ctx, { actions: [REQUEST], freePerHour: ctx.deps.config.HUMAN_CHECK_AFTER })) {
    try {
      await requireHumanCheck(ctx, input.humanCheck);
    } catch (e) {
      await recordAuditAlone(ctx, {
        action: REQUEST,
        result: 'failure',
        actorId: null,
        actorName: username,
        detail: { reason: 'human-check' },
      });
      throw e;
    }
  }
  const account = await findByName(ctx, username);
  const contact = account ? contactOf(account) : null;
  // Why nothing was sent, for the audit admin only.
  const why = !account
    ? 'unknown-user'
    : account.kind === 'staff'
      ? 'staff-account'
      : account.status !== 'active'
        ? 'disabled'
        : !contact
          ? 'no-contact'
          : (await codesInLastHour(ctx.db, account.id, 'password-reset', ctx.now)) >=
              ctx.deps.config.RESET_CODES_PER_HOUR
            ? 'rate-limited'
            : null;
  await inTransaction(ctx, async (tx) => {
    if (!why && account && contact) {
      const minutes = tx.deps.config.RESET_CODE_MINUTES;
      await issueCode(tx, {
        account,
        purpose: 'password-reset',
        kind: 'digits',
        validMinutes: minutes,
        channel: contact.channel,
        sentTo: contact.sentTo,
        send: {
          title: '找回密码验证码',
          body: (code) =>
            `您正在找回网上办事账号 ${account.username} 的密码，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略本消息，您的密码不会改变。`,
        },
      });
    }
    await recordAudit(tx, {
      action: REQUEST,
      result: why ? 'denied' : 'success',
      actorId: null,
      actorName: username,
      objectType: 'account',
      objectId: account?.id ?? null,
      detail: why ? { reason: why } : { channel: contact!.channel },
    });
  });
  return { message: resetRequestAnswer(ctx) };
}

/**
 * Sets a new password with a reset code: every session of the account ends, its sign-in locks are
 * lifted, the owner is told. A wrong code or name answers the same.
 */
export async function completePasswordReset(
  ctx: Ctx,
  input: { username: string; code: string; newPassword: string },
): Promise<void> {
  const username = input.username.trim().slice(0, 64);
  const account = await findByName(ctx, username);
  const invalid = async (reason: string): Promise<never> => {
    await recordAuditAlone(ctx, {
      action: COMPLETE,
      result: 'failure',
      actorId: account?.id ?? null,
      actorName: username,
      objectType: 'account',
      objectId: account?.id ?? null,
      detail: { reason },
    });
    const message = '验证码不正确或已失效：请核对用户名与验证码，或重新获取验证码';
    throw new AppError('ONE_TIME_CODE_INVALID', { message, errors: [{ field: 'code', message }] });
  };
  if (account?.status !== 'active') return invalid(account ? 'disabled' : 'unknown-user');
  try {
    await assertNewPassword(ctx, account, input.newPassword);
  } catch (e) {
    await recordAuditAlone(ctx, {
      action: COMPLETE,
      result: 'failure',
      actorId: account.id,
      actorName: username,
      objectType: 'account',
      objectId: account.id,
      detail: { reason: e instanceof AppError ? e.code : 'password' },
    });
    throw e;
  }
  const code = await checkCode(ctx, account.id, 'password-reset', input.code);
  if (!code) return invalid('code');
  const done = await inTransaction(ctx, async (tx) => {
    if (!(await claimCode(tx, code.id))) return false;
    await setPassword(tx, account, input.newPassword, false);
    const sessions = await revokeAccountSessions(tx, account.id, 'password-reset');
    await clearAllFailures(tx.db, account.username);
    await notify(tx, {
      accountIds: [account.id],
      category: 'security',
      title: '您的密码已重设',
      body: `${formatInstant(tx.now)}，您的账号 ${account.username} 凭验证码重设了密码（来源地址 ${tx.ip ?? '未知'}），此前的登录均已退出。如非本人操作，请立即找回密码或联系我们。`,
      email: true,
      sms: true,
    });
    await recordAudit(
      { ...tx, actor: { ...tx.actor, id: account.id, username: account.username } },
      {
        action: COMPLETE,
        objectType: 'account',
        objectId: account.id,
        detail: { channel: code.channel, issuedBy: code.issuedBy, revokedSessions: sessions },
      },
    );
    return true;
  });
  if (!done) await invalid('code');
}
