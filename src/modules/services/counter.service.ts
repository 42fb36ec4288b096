// 政务受理中心窗口: find or register a walk-in applicant (a public account is created or linked by
// ID number or credit code), the day's queue, and per-staff counter statistics.
import crypto from 'node:crypto';
import { createAccount } from '../../platform/access/access.factories.ts';
import type { accounts } from '../../platform/access/access.table.ts';
import { isValidCreditCode, isValidIdNumber, maskPhone } from '../../platform/access/identity.ts';
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { chinaDay, endOfChinaDay, startOfChinaDay } from '../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { sm3 } from '../../platform/crypto/sm.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { findAccountByIdentity, staffAccountIds } from './applicant.repository.ts';
import { eventCountsByActor } from './case-queue.repository.ts';
import { type CaseListItem, listCasesOfDay } from './counter-queue.ts';
import { caseScopeWhere } from './services.policy.ts';

export interface ApplicantView {
  accountId: string;
  kind: 'citizen' | 'org';
  displayName: string;
  idNumberMask: string | null;
  creditCode: string | null;
  phoneMask: string | null;
  username: string;
}

function present(a: typeof accounts.$inferSelect): ApplicantView {
  return {
    accountId: a.id,
    kind: a.kind as 'citizen' | 'org',
    displayName: a.displayName,
    idNumberMask: a.idNumberMask,
    creditCode: a.creditCode,
    phoneMask: a.phoneMask,
    username: a.username,
  };
}

function identityErrors(input: {
  kind: 'citizen' | 'org';
  idNumber?: string;
  creditCode?: string;
}): FieldError[] {
  if (input.kind === 'citizen') {
    if (!input.idNumber) return [{ field: 'idNumber', message: '居民身份证号码：必填' }];
    if (!isValidIdNumber(input.idNumber))
      return [{ field: 'idNumber', message: '居民身份证号码：不正确（请核对校验位）' }];
  } else {
    if (!input.creditCode) return [{ field: 'creditCode', message: '统一社会信用代码：必填' }];
    if (!isValidCreditCode(input.creditCode))
      return [{ field: 'creditCode', message: '统一社会信用代码：不正确（请核对校验位）' }];
  }
  return [];
}

async function findByIdentity(
  ctx: Ctx,
  input: { kind: 'citizen' | 'org'; idNumber?: string; creditCode?: string },
) {
  return findAccountByIdentity(
    ctx.db,
    input.kind === 'citizen'
      ? { idNumberHash: sm3(`id:${input.idNumber!.toUpperCase()}`) }
      : { creditCode: input.creditCode!.toUpperCase() },
  );
}

/** Looks a walk-in applicant up by ID number or credit code; null when not registered yet. */
export async function findApplicant(
  ctx: Ctx,
  input: { kind: 'citizen' | 'org'; idNumber?: string; creditCode?: string },
): Promise<ApplicantView | null> {
  requirePermission(ctx.actor, 'services:counter');
  const errors = identityErrors(input);
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  const row = await findByIdentity(ctx, input);
  if (row && row.kind !== input.kind)
    throw new AppError('CONFLICT', { message: '该证件号码已登记为其他类型的账号' });
  return row ? present(row) : null;
}

export interface WalkInInput {
  kind: 'citizen' | 'org';
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone: string;
}

/**
 * 登记来访申请人: links the existing public account with this ID number or credit code, or opens
 * one (with an unusable random password: the applicant sets their own through 忘记密码 or at the
 * counter later). Returns whether it was created.
 */
export async function registerWalkIn(
  ctx: Ctx,
  input: WalkInInput,
): Promise<{ applicant: ApplicantView; created: boolean }> {
  requirePermission(ctx.actor, 'services:counter');
  const errors = identityErrors(input);
  const name = input.name.trim();
  if (name.length < 2 || name.length > 60)
    errors.push({ field: 'name', message: '申请人名称：2 至 60 个字' });
  if (!/^1\d{10}$/.test(input.phone)) errors.push({ field: 'phone', message: '手机号码：应为 11 位数字' });
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return inTransaction(ctx, async (tx) => {
    const existing = await findByIdentity(tx, input);
    if (existing) {
      if (existing.kind !== input.kind)
        throw new AppError('CONFLICT', { message: '该证件号码已登记为其他类型的账号' });
      await recordAudit(tx, {
        action: 'services.counter.applicant_link',
        objectType: 'account',
        objectId: existing.id,
      });
      return { applicant: present(existing), created: false };
    }
    const username = `${input.kind === 'citizen' ? 'p' : 'e'}${crypto.randomBytes(5).toString('hex')}`;
    const row = await createAccount(
      tx.db,
      tx.deps.cipher,
      {
        username,
        displayName: name,
        kind: input.kind,
        password: crypto.randomBytes(24).toString('base64url'),
        mustChangePassword: true,
        idNumber: input.kind === 'citizen' ? input.idNumber!.toUpperCase() : undefined,
        creditCode: input.kind === 'org' ? input.creditCode!.toUpperCase() : undefined,
        phone: input.phone,
      },
      tx.now,
    );
    await recordAudit(tx, {
      action: 'services.counter.applicant_create',
      objectType: 'account',
      objectId: row.id,
      detail: { kind: input.kind, username, phone: maskPhone(input.phone) },
    });
    return { applicant: present(row), created: true };
  });
}

/** The day's counter queue: cases received that day, and every case still waiting for acceptance. */
export async function counterQueue(
  ctx: Ctx,
  input: { day?: string } = {},
): Promise<{ day: string; items: CaseListItem[] }> {
  const scope = requirePermission(ctx.actor, 'services:counter');
  const day = input.day ?? chinaDay(ctx.now);
  return { day, items: await listCasesOfDay(ctx, scope, day) };
}

const COUNTER_EVENTS = [
  'submitted_counter',
  'accepted',
  'not_accepted',
  'completion_requested',
  'supplemented',
  'payment',
] as const;

/** Per staff member in a period: walk-ins registered, accepted, not accepted, 补正 notices, supplements, payments. */
export async function counterStatistics(ctx: Ctx, input: { from: string; to: string }) {
  const scope = requirePermission(ctx.actor, 'services:stats');
  const rows = await eventCountsByActor(ctx.db, {
    scoped: caseScopeWhere(ctx.actor, scope),
    kinds: [...COUNTER_EVENTS],
    from: startOfChinaDay(input.from),
    to: endOfChinaDay(input.to),
  });
  const staff = new Map<
    string,
    { actorId: string; name: string; counts: Record<string, number>; total: number }
  >();
  for (const r of rows) {
    if (!r.actorId) continue;
    const s = staff.get(r.actorId) ?? { actorId: r.actorId, name: r.actorName ?? '', counts: {}, total: 0 };
    s.counts[r.kind] = (s.counts[r.kind] ?? 0) + r.n;
    s.total += r.n;
    staff.set(r.actorId, s);
  }
  // Only staff: an applicant's own supplement is not counter work.
  const staffIds = await staffAccountIds(ctx.db, [...staff.keys()]);
  return {
    from: input.from,
    to: input.to,
    staff: [...staff.values()]
      .filter((s) => staffIds.has(s.actorId))
      .map((s) => ({
        actorId: s.actorId,
        name: s.name,
        registered: s.counts.submitted_counter ?? 0,
        accepted: s.counts.accepted ?? 0,
        notAccepted: s.counts.not_accepted ?? 0,
        completionRequests: s.counts.completion_requested ?? 0,
        supplements: s.counts.supplemented ?? 0,
        payments: s.counts.payment ?? 0,
        total: s.total,
      }))
      .sort((a, b) => b.total - a.total),
  };
}
