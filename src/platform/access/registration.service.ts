// Public registration (公众注册): citizens with their ID number, organisations with their unified
// social credit code. The answer never says whether a number is registered already: the person who
// holds it gets a notice instead, and an address that registers again and again is asked a question.
import { eq } from 'drizzle-orm';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { formatInstant } from '../calendar/china-date.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { sm3 } from '../crypto/sm.ts';
import { AppError, type FieldError } from '../errors.ts';
import { humanCheckNeeded, requireHumanCheck } from '../human-check/index.ts';
import { notify } from '../notify/index.ts';
import { accounts } from './access.table.ts';
import {
  creditCodeProblem,
  idNumberProblem,
  maskIdNumber,
  maskPhone,
  normalizeCreditCode,
  normalizeIdNumber,
} from './identity.ts';

/** The version of the personal-information notice (个人信息保护告知) a registration agrees to. */
export const PRIVACY_NOTICE_VERSION = '2026-03';

/** The one answer to every registration that passed the checks, whether or not it opened an account. */
export const REGISTRATION_ANSWER =
  '注册申请已受理。如该证件此前未注册，账号已开通，请用刚才设置的用户名和密码登录；如该证件已注册，请直接登录或找回密码。';

const ACTION = 'account.register';

export interface PublicRegistration {
  kind: 'citizen' | 'org';
  username: string;
  password: string;
  displayName: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  email?: string;
  /** The notice version the person agreed to before giving their number. */
  consent?: string;
  humanCheck?: { id?: string; answer?: string };
}

function problemsOf(ctx: Ctx, input: PublicRegistration): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (input.consent !== PRIVACY_NOTICE_VERSION)
    add('consent', '请先阅读《个人信息保护告知》并勾选同意，再填写证件号码');
  if (input.displayName.trim().length < 2)
    add('displayName', input.kind === 'org' ? '单位名称：至少 2 个字' : '姓名：至少 2 个字');
  if (input.kind === 'citizen') {
    if (!input.idNumber?.trim()) add('idNumber', '居民身份证号码：必填');
    else {
      const p = idNumberProblem(input.idNumber, ctx.now);
      if (p) add('idNumber', `居民身份证号码：${p}`);
    }
  } else {
    if (!input.creditCode?.trim()) add('creditCode', '统一社会信用代码：必填');
    else {
      const p = creditCodeProblem(input.creditCode);
      if (p) add('creditCode', `统一社会信用代码：${p}`);
    }
  }
  const phone = input.phone?.trim();
  const email = input.email?.trim();
  if (phone && !/^1\d{10}$/.test(phone)) add('phone', '手机号码：应为 11 位数字');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) add('email', '电子邮箱：格式不正确');
  if (!phone && !email) add('phone', '手机号码与电子邮箱至少填写一项（忘记密码时验证码发往这里）');
  const pw = passwordProblems(
    input.password,
    {
      minLength: ctx.deps.config.PASSWORD_MIN_LENGTH,
      maxAgeDays: ctx.deps.config.PASSWORD_MAX_AGE_DAYS,
      history: ctx.deps.config.PASSWORD_HISTORY,
    },
    input.username,
  );
  if (pw.length) add('password', `密码：${pw.join('；')}`);
  return errors;
}

/** A refusal: audited (which fields, never their values), nothing else changes. */
async function refuse(ctx: Ctx, input: PublicRegistration, error: AppError): Promise<never> {
  await recordAuditAlone(ctx, {
    action: ACTION,
    result: 'failure',
    actorId: null,
    actorName: input.username.slice(0, 64),
    objectType: 'account',
    detail: { kind: input.kind, reason: error.code, fields: error.errors?.map((e) => e.field) ?? [] },
  });
  throw error;
}

/**
 * Opens a citizen's or an organisation's account, or — when the number is registered already — tells
 * the holder someone tried. Both answer REGISTRATION_ANSWER; neither signs anyone in.
 */
export async function registerPublicAccount(
  ctx: Ctx,
  input: PublicRegistration,
): Promise<{ message: string }> {
  const freePerHour = ctx.deps.config.HUMAN_CHECK_AFTER;
  if (await humanCheckNeeded(ctx, { actions: [ACTION], freePerHour })) {
    try {
      await requireHumanCheck(ctx, input.humanCheck);
    } catch (e) {
      if (e instanceof AppError) return refuse(ctx, input, e);
      throw e;
    }
  }
  const errors = problemsOf(ctx, input);
  if (errors.length)
    return refuse(
      ctx,
      input,
      new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors }),
    );
  const hash = await hashPassword(input.password);
  const idNumber = input.kind === 'citizen' ? normalizeIdNumber(input.idNumber!) : null;
  const creditCode = input.kind === 'org' ? normalizeCreditCode(input.creditCode!) : null;
  const phone = input.phone?.trim() || null;
  const email = input.email?.trim() || null;
  const taken = await inTransaction(ctx, async (tx) => {
    const [byName] = await tx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, input.username));
    if (byName) return true;
    const idHash = idNumber ? sm3(`id:${idNumber}`) : null;
    const [holder] = await tx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(idHash ? eq(accounts.idNumberHash, idHash) : eq(accounts.creditCode, creditCode!));
    if (holder) {
      const what = idNumber ? '居民身份证号码' : '统一社会信用代码';
      await notify(tx, {
        accountIds: [holder.id],
        category: 'security',
        title: `有人尝试用您的${what}注册账号`,
        body: `${formatInstant(tx.now)}，有人在网上办事大厅用您的${what}注册新账号（来源地址 ${tx.ip ?? '未知'}），未予开通。如是您本人，请用原账号登录，忘记密码可使用“找回密码”；如不是您本人，请留意账号安全。`,
        link: '/account/login',
        email: true,
        sms: true,
      });
      await recordAudit(tx, {
        action: ACTION,
        result: 'denied',
        actorId: null,
        actorName: input.username.slice(0, 64),
        objectType: 'account',
        objectId: holder.id,
        detail: { kind: input.kind, reason: 'identity-registered', holderNotified: true },
      });
      return false;
    }
    const [row] = await tx.db
      .insert(accounts)
      .values({
        kind: input.kind,
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash: hash,
        passwordChangedAt: tx.now,
        idNumberEnc: idNumber ? tx.deps.cipher.encrypt(idNumber) : null,
        idNumberMask: idNumber ? maskIdNumber(idNumber) : null,
        idNumberHash: idHash,
        creditCode,
        phoneEnc: phone ? tx.deps.cipher.encrypt(phone) : null,
        phoneMask: phone ? maskPhone(phone) : null,
        email,
        createdAt: tx.now,
        updatedAt: tx.now,
      })
      .returning();
    await recordAudit(
      { ...tx, actor: { ...tx.actor, id: row.id, username: row.username } },
      {
        action: ACTION,
        objectType: 'account',
        objectId: row.id,
        detail: { kind: row.kind, consent: PRIVACY_NOTICE_VERSION },
      },
    );
    return false;
  });
  // A user name is chosen by the person, not a fact about them: saying it is taken reveals nothing
  // they did not pick (and without it nobody could choose another).
  if (taken) {
    const message = '用户名已被使用，请换一个';
    return refuse(
      ctx,
      input,
      new AppError('CONFLICT', { message, errors: [{ field: 'username', message }] }),
    );
  }
  return { message: REGISTRATION_ANSWER };
}
