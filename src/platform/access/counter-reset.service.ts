// Password reset at the counter (窗口重置): a citizen or a company's agent who cannot recover the
// account online comes to the service hall with the identity document. Window staff look the account
// up by the number on the document, confirm they checked the original, and hand the person a
// one-time reset code on a slip; the person sets the new password themselves (the clerk never learns
// it). The owner's email and phone are told, and everything is audited.
import { eq } from 'drizzle-orm';
import { recordAudit, recordAuditAlone } from '../audit/audit.service.ts';
import { issueCode, maskEmail } from '../auth/one-time-codes.ts';
import { formatInstant } from '../calendar/china-date.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { sm3 } from '../crypto/sm.ts';
import { AppError, type FieldError, notFound } from '../errors.ts';
import { notify } from '../notify/index.ts';
import { accounts } from './access.table.ts';
import {
  creditCodeProblem,
  idNumberProblem,
  maskIdNumber,
  normalizeCreditCode,
  normalizeIdNumber,
} from './identity.ts';
import { requirePermission } from './policy.ts';

export const COUNTER_RESET = 'accounts:counter-reset';

export const CITIZEN_DOCUMENTS = ['居民身份证', '临时居民身份证'] as const;
export const ORG_DOCUMENTS = [
  '营业执照',
  '事业单位法人证书',
  '社会团体法人登记证书',
  '其他登记证书',
] as const;

export interface CounterLookup {
  kind: 'citizen' | 'org';
  /** The number on the document: 居民身份证号码, or 统一社会信用代码. */
  number: string;
}

export interface CounterAccountView {
  id: string;
  kind: 'citizen' | 'org';
  username: string;
  displayName: string;
  identity: string;
  phoneMask: string | null;
  emailMask: string | null;
  status: 'active' | 'disabled';
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
}

function numberProblem(ctx: Ctx, input: CounterLookup): FieldError | null {
  const p =
    input.kind === 'citizen' ? idNumberProblem(input.number, ctx.now) : creditCodeProblem(input.number);
  return p
    ? {
        field: 'number',
        message: `${input.kind === 'citizen' ? '居民身份证号码' : '统一社会信用代码'}：${p}`,
      }
    : null;
}

async function byNumber(ctx: Ctx, input: CounterLookup) {
  const cond =
    input.kind === 'citizen'
      ? eq(accounts.idNumberHash, sm3(`id:${normalizeIdNumber(input.number)}`))
      : eq(accounts.creditCode, normalizeCreditCode(input.number));
  const [row] = await ctx.db.select().from(accounts).where(cond).limit(1);
  return row && row.kind === input.kind ? row : undefined;
}

const present = (row: typeof accounts.$inferSelect): CounterAccountView => ({
  id: row.id,
  kind: row.kind as 'citizen' | 'org',
  username: row.username,
  displayName: row.displayName,
  identity: (row.kind === 'citizen' ? row.idNumberMask : row.creditCode) ?? '',
  phoneMask: row.phoneMask,
  emailMask: row.email ? maskEmail(row.email) : null,
  status: row.status,
});

/** The public account registered with the number on the document in front of the clerk. */
export async function findAccountAtCounter(ctx: Ctx, input: CounterLookup): Promise<CounterAccountView> {
  requirePermission(ctx.actor, COUNTER_RESET);
  const problem = numberProblem(ctx, input);
  if (problem) {
    await recordAuditAlone(ctx, {
      action: 'account.counter-lookup',
      result: 'failure',
      objectType: 'account',
      detail: { kind: input.kind, reason: 'number' },
    });
    throw invalid([problem]);
  }
  const row = await byNumber(ctx, input);
  await recordAuditAlone(ctx, {
    action: 'account.counter-lookup',
    result: row ? 'success' : 'failure',
    objectType: 'account',
    objectId: row?.id ?? null,
    detail: { kind: input.kind, found: Boolean(row) },
  });
  if (!row)
    throw notFound(
      'ACCOUNT_NOT_FOUND',
      input.kind === 'citizen'
        ? '没有用该居民身份证号码注册的账号：可请本人直接注册'
        : '没有用该统一社会信用代码注册的账号：可请单位直接注册',
    );
  return present(row);
}

export interface CounterResetInput extends CounterLookup {
  accountId: string;
  /** The document the clerk checked in the original. */
  documentType: string;
  /** The clerk confirms: original document seen, the person (or the agent) matches it. */
  checked: boolean;
  /** Companies: the agent (经办人) and the number of the agent's 居民身份证. */
  agentName?: string;
  agentIdNumber?: string;
}

/** Issues a reset code for the person at the counter; returns it once, for the slip. */
export async function issueCounterReset(
  ctx: Ctx,
  input: CounterResetInput,
): Promise<{ account: CounterAccountView; code: string; expiresAt: string }> {
  requirePermission(ctx.actor, COUNTER_RESET);
  const errors: FieldError[] = [];
  const problem = numberProblem(ctx, input);
  if (problem) errors.push(problem);
  const documents: readonly string[] = input.kind === 'citizen' ? CITIZEN_DOCUMENTS : ORG_DOCUMENTS;
  if (!documents.includes(input.documentType))
    errors.push({ field: 'documentType', message: `核验的证件：请选择（${documents.join('、')}）` });
  if (!input.checked) errors.push({ field: 'checked', message: '请确认已核验证件原件，且来人与证件相符' });
  if (input.kind === 'org') {
    if (!input.agentName?.trim() || input.agentName.trim().length < 2)
      errors.push({ field: 'agentName', message: '经办人姓名：必填' });
    const agent = input.agentIdNumber ? idNumberProblem(input.agentIdNumber, ctx.now) : '必填';
    if (agent) errors.push({ field: 'agentIdNumber', message: `经办人居民身份证号码：${agent}` });
  }
  const row = errors.length ? undefined : await byNumber(ctx, input);
  if (!errors.length && (!row || row.id !== input.accountId))
    errors.push({ field: 'number', message: '证件号码与所选账号登记的不符：请核对证件' });
  if (!errors.length && row!.status !== 'active')
    errors.push({ field: 'accountId', message: '该账号已停用：请联系系统管理员' });
  if (errors.length) {
    await recordAuditAlone(ctx, {
      action: 'account.counter-reset',
      result: 'failure',
      objectType: 'account',
      objectId: input.accountId,
      detail: { fields: errors.map((e) => e.field) },
    });
    throw invalid(errors);
  }
  const account = row!;
  const hours = ctx.deps.config.COUNTER_RESET_HOURS;
  return inTransaction(ctx, async (tx) => {
    const issued = await issueCode(tx, {
      account,
      purpose: 'password-reset',
      kind: 'letters',
      validMinutes: hours * 60,
      channel: 'counter',
      sentTo: `窗口（${tx.actor.displayName}）`,
      issuedBy: tx.actor.id,
    });
    await notify(tx, {
      accountIds: [account.id],
      category: 'security',
      title: '窗口为您办理了密码重置',
      body: `${formatInstant(tx.now)}，政务服务大厅窗口核验${input.documentType}后，为账号 ${account.username} 出具了密码重置码（${hours} 小时内有效）。如非本人办理，请立即联系我们。`,
      email: true,
      sms: true,
    });
    await recordAudit(tx, {
      action: 'account.counter-reset',
      objectType: 'account',
      objectId: account.id,
      detail: {
        documentType: input.documentType,
        agent:
          input.kind === 'org'
            ? {
                name: input.agentName!.trim(),
                idNumber: maskIdNumber(normalizeIdNumber(input.agentIdNumber!)),
              }
            : null,
        expiresAt: issued.expiresAt.toISOString(),
      },
    });
    return { account: present(account), code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });
}
