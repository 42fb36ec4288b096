// The case flow after submission (行政许可法 第三十二条 to 第四十四条): accept or not, 补正 with the
// clocks paused, review with on-site inspection (time not counted), extension by a leader (+10
// working days at most), public notice where the item's handler asks for one, the decision, and the
// certificate or decision letter. Every step locks the case, checks permission and scope, writes
// its timeline entry and audit record in one transaction.

import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import {
  chinaDay,
  endOfChinaDay,
  extendClock,
  getClock,
  loadWorkingCalendar,
  startClock,
  stopClock,
  workingDaysBetween,
} from '../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { notify } from '../../platform/notify/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import {
  appendEvent,
  type CaseRow,
  CLOCK_SUBJECT,
  issueDocument,
  lockCase,
  OPEN_STATUSES,
  pauseCaseClocks,
  refreshCase,
  resumeCaseClocks,
  STATUS_LABELS,
  toCaseView,
} from './case-support.ts';
import { getItem, type ItemRow } from './catalogue.service.ts';
import { itemHandler, type ReleaseFacts } from './item-handlers.ts';
import { feesSettled, listPayments } from './payments.ts';
import { requireCase } from './services.policy.ts';
import { DOCUMENT_PREFIX } from './services.settings.ts';
import type { CaseStatus } from './services.table.ts';

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** 行政许可法 第四十二条: the head of the agency may extend by 10 working days, once and at most. */
export const MAX_EXTENSION_WORKDAYS = 10;
/** 行政许可法 第四十四条: certificates within 10 working days of the decision. */
export const CERTIFICATE_WORKDAYS = 10;

function stateError(row: CaseRow, action: string): AppError {
  return new AppError('CASE_STATE', {
    status: 409,
    message: `办件当前状态为“${STATUS_LABELS[row.status]}”，不能${action}`,
    extra: { caseStatus: row.status },
  });
}

function requireText(value: string | undefined, field: string, label: string, max = 2000): string {
  const s = (value ?? '').trim();
  if (!s) throw validationError(field, `${label}：必填`);
  if (s.length > max) throw validationError(field, `${label}：最多 ${max} 字`);
  return s;
}

const fmtDay = (d: Date | null) =>
  d ? chinaDay(d).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : '（日历缺少该年度，暂无法计算）';

async function tellApplicant(tx: Ctx, row: CaseRow, title: string, body: string): Promise<void> {
  if (!row.applicantAccountId) return;
  await notify(tx, {
    accountIds: [row.applicantAccountId],
    title,
    body,
    link: `/account/cases/${row.id}`,
    category: 'services',
    sms: true,
  });
}

async function itemOf(tx: Ctx, row: CaseRow): Promise<ItemRow> {
  return getItem(tx, row.itemCode, { includeInactive: true });
}

async function stopIfOpen(tx: Ctx, clockId: string | null, reason: string): Promise<void> {
  if (!clockId) return;
  const c = await getClock(tx, clockId);
  if (c.status !== 'stopped') await stopClock(tx, clockId, { reason });
}

// ---- 受理 / 不予受理 ----

/** 受理: the statutory clock (20 working days) and the promised clock start now. */
export async function acceptCase(ctx: Ctx, id: string, input: { note?: string } = {}): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:accept');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:accept', row);
    if (row.status !== 'submitted') throw stateError(row, '受理');
    const item = await itemOf(tx, row);
    await stopIfOpen(tx, row.acceptanceClockId, '已受理');
    const statutory = await startClock(tx, {
      subjectType: CLOCK_SUBJECT,
      subjectId: row.id,
      label: `法定办理期限：${item.name}（${row.receiptCode}）`,
      startedAt: tx.now,
      limit: { value: item.statutoryWorkdays, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    const promised = await startClock(tx, {
      subjectType: CLOCK_SUBJECT,
      subjectId: row.id,
      label: `承诺办结时限：${item.name}（${row.receiptCode}）`,
      startedAt: tx.now,
      limit: { value: row.promisedWorkdays, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    const doc = await issueDocument(
      tx,
      row.id,
      'acceptance_notice',
      await getSetting(tx, DOCUMENT_PREFIX),
      `${row.applicantName}：你（单位）提出的“${item.name}”申请，材料齐全、符合法定形式，决定予以受理。法定办理期限为 ${item.statutoryWorkdays} 个工作日（至${fmtDay(statutory.dueAt)}），承诺办结时限为 ${row.promisedWorkdays} 个工作日（至${fmtDay(promised.dueAt)}）。补正、现场核查、公示等时间不计入办理时限。`,
    );
    await appendEvent(tx, row.id, {
      kind: 'accepted',
      title: '已受理',
      publicNote: `受理通知书 ${doc.number}。法定期限届满日：${fmtDay(statutory.dueAt)}；承诺办结日：${fmtDay(promised.dueAt)}。`,
      internalNote: input.note?.trim() || null,
    });
    const fresh = await refreshCase(tx, row.id, {
      status: 'accepted',
      acceptedAt: tx.now,
      acceptedBy: tx.actor.id,
      statutoryClockId: statutory.id,
      promisedClockId: promised.id,
      acceptanceClockId: row.acceptanceClockId,
    });
    await recordAudit(tx, {
      action: 'services.case.accept',
      objectType: 'service_case',
      objectId: row.id,
      detail: {
        statutoryDueAt: statutory.dueAt?.toISOString() ?? null,
        promisedDueAt: promised.dueAt?.toISOString() ?? null,
      },
    });
    await tellApplicant(
      tx,
      fresh,
      `已受理：${item.name}`,
      `您的申请（查询码 ${row.receiptCode}）已受理，法定期限届满日 ${fmtDay(statutory.dueAt)}。`,
    );
    if (fresh.unitId)
      await notify(tx, {
        unitId: fresh.unitId,
        title: `待审查：${item.name}`,
        body: `办件 ${row.receiptCode} 已受理，请审查办理。`,
        link: `/admin/services/cases/${row.id}`,
        category: 'services',
      });
    return fresh;
  });
}

/** 不予受理, with the reasons (a notice the applicant receives). */
export async function notAcceptCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:accept');
  const reason = requireText(input.reason, 'reason', '不予受理理由');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:accept', row);
    if (row.status !== 'submitted') throw stateError(row, '作出不予受理决定');
    const item = await itemOf(tx, row);
    await stopIfOpen(tx, row.acceptanceClockId, '不予受理');
    const doc = await issueDocument(
      tx,
      row.id,
      'not_accepted_notice',
      await getSetting(tx, DOCUMENT_PREFIX),
      `${row.applicantName}：你（单位）提出的“${item.name}”申请，经审查，决定不予受理。理由：${reason}。如不服本决定，可以自收到本通知之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。`,
    );
    await appendEvent(tx, row.id, {
      kind: 'not_accepted',
      title: '不予受理',
      publicNote: `不予受理通知书 ${doc.number}。理由：${reason}`,
    });
    const fresh = await refreshCase(tx, row.id, {
      status: 'not_accepted',
      decision: 'not_accept',
      decidedAt: tx.now,
      decidedBy: tx.actor.id,
      closedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'services.case.not_accept',
      objectType: 'service_case',
      objectId: row.id,
      detail: { reason },
    });
    await tellApplicant(
      tx,
      fresh,
      `不予受理：${item.name}`,
      `您的申请（查询码 ${row.receiptCode}）不予受理。理由：${reason}`,
    );
    return fresh;
  });
}

// ---- 补正 ----

const COMPLETION_FROM: CaseStatus[] = ['submitted', 'accepted', 'under_review'];

/** 一次性告知补正: lists what is missing; the clocks stop counting until the applicant supplements. */
export async function requestCompletion(
  ctx: Ctx,
  id: string,
  input: { items: string[]; note?: string },
): Promise<CaseRow> {
  if (!('services:accept' in ctx.actor.permissions) && !('services:review' in ctx.actor.permissions))
    requirePermission(ctx.actor, 'services:accept');
  const perm = 'services:accept' in ctx.actor.permissions ? 'services:accept' : 'services:review';
  const items = (input.items ?? []).map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw validationError('items', '需补正的内容：至少一项');
  if (items.some((s) => s.length > 200)) throw validationError('items', '需补正的内容：每项最多 200 字');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, perm, row);
    if (!COMPLETION_FROM.includes(row.status)) throw stateError(row, '告知补正');
    const item = await itemOf(tx, row);
    await pauseCaseClocks(tx, row, '补正材料');
    const list = items.map((s, i) => `${i + 1}. ${s}`).join('；');
    const doc = await issueDocument(
      tx,
      row.id,
      'completion_notice',
      await getSetting(tx, DOCUMENT_PREFIX),
      `${row.applicantName}：你（单位）提出的“${item.name}”申请，需补正以下材料或内容：${list}。请通过网上办事或到政务受理中心窗口补正。补正期间不计入办理时限。${input.note?.trim() ? `说明：${input.note.trim()}` : ''}`,
    );
    await appendEvent(tx, row.id, {
      kind: 'completion_requested',
      title: '一次性告知补正',
      publicNote: `补正材料通知书 ${doc.number}。需补正：${list}。补正期间办理时限暂停计算。`,
      internalNote: input.note?.trim() || null,
      detail: { items },
    });
    const fresh = await refreshCase(tx, row.id, { status: 'completion_requested', resumeStatus: row.status });
    await recordAudit(tx, {
      action: 'services.case.request_completion',
      objectType: 'service_case',
      objectId: row.id,
      detail: { items },
    });
    await tellApplicant(
      tx,
      fresh,
      `请补正材料：${item.name}`,
      `您的申请（查询码 ${row.receiptCode}）需补正：${list}`,
    );
    return fresh;
  });
}

// ---- 审查 / 现场核查 ----

export async function startReview(ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    if (row.status !== 'accepted') throw stateError(row, '开始审查');
    await appendEvent(tx, row.id, { kind: 'review_started', title: '承办处室审查中' });
    await recordAudit(tx, { action: 'services.case.review', objectType: 'service_case', objectId: row.id });
    return refreshCase(tx, row.id, { status: 'under_review' });
  });
}

/** 现场核查 starts: the clocks pause (行政许可法 第四十五条: not counted). */
export async function startInspection(
  ctx: Ctx,
  id: string,
  input: { inspectors: string; note?: string },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const inspectors = requireText(input.inspectors, 'inspectors', '核查人员', 200);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    if (row.status !== 'accepted' && row.status !== 'under_review') throw stateError(row, '开始现场核查');
    await pauseCaseClocks(tx, row, '现场核查');
    await appendEvent(tx, row.id, {
      kind: 'inspection_started',
      title: '现场核查',
      publicNote: '承办处室组织现场核查，核查期间不计入办理时限。',
      internalNote: `核查人员：${inspectors}${input.note?.trim() ? `；${input.note.trim()}` : ''}`,
      detail: { inspectors },
    });
    await recordAudit(tx, {
      action: 'services.case.inspection_start',
      objectType: 'service_case',
      objectId: row.id,
      detail: { inspectors },
    });
    return refreshCase(tx, row.id, { status: 'inspection', resumeStatus: 'under_review' });
  });
}

/** 现场核查 ends (on the day given, or today) with its findings; the clocks resume. */
export async function finishInspection(
  ctx: Ctx,
  id: string,
  input: { findings: string; at?: Date },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const findings = requireText(input.findings, 'findings', '核查结论');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    if (row.status !== 'inspection') throw stateError(row, '结束现场核查');
    await resumeCaseClocks(tx, row, '现场核查结束', input.at);
    await appendEvent(tx, row.id, {
      kind: 'inspection_finished',
      title: '现场核查完成',
      internalNote: findings,
      at: input.at,
      detail: { findings },
    });
    await recordAudit(tx, {
      action: 'services.case.inspection_finish',
      objectType: 'service_case',
      objectId: row.id,
    });
    return refreshCase(tx, row.id, { status: 'under_review', resumeStatus: null });
  });
}

// ---- 延长 ----

/** 延期: approved by a leader (services:extend), at most 10 working days in all. */
export async function extendCase(
  ctx: Ctx,
  id: string,
  input: { days: number; reason: string },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:extend');
  const reason = requireText(input.reason, 'reason', '延期理由', 500);
  if (!Number.isInteger(input.days) || input.days < 1)
    throw validationError('days', '延长天数：应为正整数（工作日）');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:extend', row);
    if (
      !row.statutoryClockId ||
      !['accepted', 'under_review', 'inspection', 'public_notice', 'completion_requested'].includes(
        row.status,
      )
    )
      throw stateError(row, '延长办理期限');
    if (row.extensionDays + input.days > MAX_EXTENSION_WORKDAYS)
      throw validationError(
        'days',
        `延长天数：法定最多延长 ${MAX_EXTENSION_WORKDAYS} 个工作日，本件已延长 ${row.extensionDays} 个工作日`,
      );
    const clock = await extendClock(tx, row.statutoryClockId, {
      amount: input.days,
      approvedBy: tx.actor.displayName,
      reason,
    });
    await appendEvent(tx, row.id, {
      kind: 'extended',
      title: `延长办理期限 ${input.days} 个工作日`,
      publicNote: `经本机关负责人批准，办理期限延长 ${input.days} 个工作日，法定期限届满日变更为${fmtDay(clock.dueAt)}。理由：${reason}`,
    });
    await recordAudit(tx, {
      action: 'services.case.extend',
      objectType: 'service_case',
      objectId: row.id,
      detail: { days: input.days, reason, dueAt: clock.dueAt?.toISOString() ?? null },
    });
    const fresh = await refreshCase(tx, row.id, { extensionDays: row.extensionDays + input.days });
    await tellApplicant(
      tx,
      fresh,
      '办理期限延长',
      `您的申请（查询码 ${row.receiptCode}）办理期限延长 ${input.days} 个工作日，届满日 ${fmtDay(clock.dueAt)}。`,
    );
    return fresh;
  });
}

// ---- 公示 ----

/** The item's handler decides whether a pre-decision notice (公示) is needed, and how long. */
export async function publicNoticeNeeded(ctx: Ctx, row: CaseRow): Promise<{ days: number } | null> {
  const h = itemHandler(row.itemCode);
  return h?.needsPublicNotice ? h.needsPublicNotice(ctx, toCaseView(ctx, row)) : null;
}

/** 公示 starts for the handler's number of days; the clocks pause meanwhile. */
export async function startPublicNotice(ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    if (row.status !== 'accepted' && row.status !== 'under_review') throw stateError(row, '开始公示');
    const need = await publicNoticeNeeded(tx, row);
    if (!need) throw new AppError('NOTICE_NOT_NEEDED', { status: 409, message: '该办件无需公示' });
    const endsAt = endOfChinaDay(addDays(chinaDay(tx.now), need.days));
    await pauseCaseClocks(tx, row, '许可前公示');
    await appendEvent(tx, row.id, {
      kind: 'notice_started',
      title: `许可前公示 ${need.days} 日`,
      publicNote: `公示期至${fmtDay(endsAt)}，公示期间不计入办理时限。`,
      detail: { days: need.days, endsAt: endsAt.toISOString() },
    });
    await recordAudit(tx, {
      action: 'services.case.notice_start',
      objectType: 'service_case',
      objectId: row.id,
      detail: { days: need.days },
    });
    return refreshCase(tx, row.id, {
      status: 'public_notice',
      resumeStatus: 'under_review',
      noticeEndsAt: endsAt,
    });
  });
}

/** 公示 ends (not before its last day) with what came of it; the clocks resume. */
export async function finishPublicNotice(ctx: Ctx, id: string, input: { outcome: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const outcome = requireText(input.outcome, 'outcome', '公示结果', 1000);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    if (row.status !== 'public_notice') throw stateError(row, '结束公示');
    if (row.noticeEndsAt && tx.now < row.noticeEndsAt)
      throw new AppError('NOTICE_RUNNING', {
        status: 409,
        message: `公示期至${fmtDay(row.noticeEndsAt)}，期满后才能结束公示`,
      });
    await resumeCaseClocks(tx, row, '公示期满');
    await appendEvent(tx, row.id, { kind: 'notice_finished', title: '公示期满', publicNote: outcome });
    await recordAudit(tx, {
      action: 'services.case.notice_finish',
      objectType: 'service_case',
      objectId: row.id,
    });
    return refreshCase(tx, row.id, { status: 'under_review', resumeStatus: null, noticeDone: true });
  });
}

// ---- 决定 ----

export interface DecisionInput {
  decision: 'approve' | 'refuse';
  /** 审查意见 (internal) */
  opinion: string;
  /** Refusal reasons, shown to the applicant (required for refusal). */
  reasons?: string;
  /** Issue the certificate or decision letter in the same step when nothing is due (default true). */
  issueNow?: boolean;
}

async function usedWorkdays(tx: Ctx, row: CaseRow, pausedTotal: number): Promise<number | null> {
  if (!row.acceptedAt) return null;
  try {
    const cal = await loadWorkingCalendar(tx);
    return Math.max(0, workingDaysBetween(cal, chinaDay(row.acceptedAt), chinaDay(tx.now)) - pausedTotal);
  } catch {
    return null;
  }
}

/** 作出决定: approval runs the handler's onApprove in this transaction (it may refuse, e.g. quota). */
export async function decideCase(ctx: Ctx, id: string, input: DecisionInput): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:decide');
  const opinion = requireText(input.opinion, 'opinion', '审查意见');
  const reasons = input.decision === 'refuse' ? requireText(input.reasons, 'reasons', '不予许可理由') : null;
  const after = await inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:decide', row);
    if (row.status !== 'accepted' && row.status !== 'under_review') throw stateError(row, '作出许可决定');
    const item = await itemOf(tx, row);
    const handler = itemHandler(row.itemCode);
    if (input.decision === 'approve' && !row.noticeDone) {
      const need = await publicNoticeNeeded(tx, row);
      if (need)
        throw new AppError('PUBLIC_NOTICE_REQUIRED', {
          status: 409,
          message: `该办件须先进行 ${need.days} 日许可前公示，期满后才能准予许可`,
        });
    }
    let handlerApproved = row.handlerApproved;
    if (input.decision === 'approve' && handler?.onApprove) {
      await handler.onApprove(tx, toCaseView(tx, { ...row, status: 'approved', decidedAt: tx.now }));
      handlerApproved = true;
    }
    const stopReason = input.decision === 'approve' ? '作出准予许可决定' : '作出不予许可决定';
    let statutoryDue: Date | null = null;
    let paused = 0;
    if (row.statutoryClockId) {
      const c = await getClock(tx, row.statutoryClockId);
      if (c.status !== 'stopped') {
        const s = await stopClock(tx, row.statutoryClockId, { reason: stopReason });
        statutoryDue = s.dueAt;
        paused = s.explanation?.pausedTotal ?? 0;
      } else statutoryDue = c.dueAt;
    }
    let promisedDue: Date | null = null;
    if (row.promisedClockId) {
      const c = await getClock(tx, row.promisedClockId);
      promisedDue =
        c.status !== 'stopped'
          ? (await stopClock(tx, row.promisedClockId, { reason: stopReason })).dueAt
          : c.dueAt;
    }
    const onTime = Boolean(statutoryDue && tx.now <= statutoryDue && (!promisedDue || tx.now <= promisedDue));
    const used = await usedWorkdays(tx, row, paused);
    const prefix = await getSetting(tx, DOCUMENT_PREFIX);
    if (input.decision === 'refuse') {
      const doc = await issueDocument(
        tx,
        row.id,
        'refusal_decision',
        prefix,
        `${row.applicantName}：你（单位）提出的“${item.name}”申请，经审查，决定不予行政许可。理由：${reasons}。如不服本决定，可以自收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。`,
      );
      await appendEvent(tx, row.id, {
        kind: 'refused',
        title: '不予许可',
        publicNote: `不予行政许可决定书 ${doc.number}。理由：${reasons}`,
        internalNote: opinion,
      });
      await recordAudit(tx, {
        action: 'services.case.refuse',
        objectType: 'service_case',
        objectId: row.id,
        detail: { reasons, onTime, usedWorkdays: used },
      });
      const fresh = await refreshCase(tx, row.id, {
        status: 'refused',
        decision: 'refuse',
        decidedAt: tx.now,
        decidedBy: tx.actor.id,
        closedAt: tx.now,
        onTime,
        usedWorkdays: used,
      });
      await tellApplicant(
        tx,
        fresh,
        `不予许可：${item.name}`,
        `您的申请（查询码 ${row.receiptCode}）不予许可。理由：${reasons}`,
      );
      return fresh;
    }
    const certClock = await startClock(tx, {
      subjectType: CLOCK_SUBJECT,
      subjectId: row.id,
      label: `发证期限：${item.name}（${row.receiptCode}）`,
      startedAt: tx.now,
      limit: { value: CERTIFICATE_WORKDAYS, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    await appendEvent(tx, row.id, {
      kind: 'approved',
      title: '准予许可',
      publicNote: '审查通过，决定准予行政许可。',
      internalNote: opinion,
    });
    await recordAudit(tx, {
      action: 'services.case.approve',
      objectType: 'service_case',
      objectId: row.id,
      detail: { onTime, usedWorkdays: used, handlerApproved },
    });
    const fresh = await refreshCase(tx, row.id, {
      status: 'approved',
      decision: 'approve',
      decidedAt: tx.now,
      decidedBy: tx.actor.id,
      onTime,
      usedWorkdays: used,
      handlerApproved,
      certificateClockId: certClock.id,
    });
    await tellApplicant(
      tx,
      fresh,
      `准予许可：${item.name}`,
      `您的申请（查询码 ${row.receiptCode}）已准予许可。`,
    );
    if (input.issueNow !== false && feesSettled(item.fees.free, await listPayments(tx, row.id)))
      return issueInTx(tx, fresh.id);
    return fresh;
  });
  return after;
}

// ---- 发证 ----

async function issueInTx(tx: Ctx, id: string): Promise<CaseRow> {
  const row = await lockCase(tx, id);
  if (row.status !== 'approved') throw stateError(row, '发证');
  const item = await itemOf(tx, row);
  if (!feesSettled(item.fees.free, await listPayments(tx, row.id)))
    throw new AppError('FEES_DUE', {
      status: 409,
      message: '尚有应缴费用未缴纳（或未核定），缴费后才能发证',
    });
  const handler = itemHandler(row.itemCode);
  let issued: { certificateId: string; number: string; downloadUrl: string };
  if (handler?.issueCertificate) issued = await handler.issueCertificate(tx, toCaseView(tx, row));
  else {
    const doc = await issueDocument(
      tx,
      row.id,
      'approval_decision',
      await getSetting(tx, DOCUMENT_PREFIX),
      `${row.applicantName}：你（单位）提出的“${item.name}”申请，符合法定条件、标准，根据${item.legalBasis.map((b) => `${b.instrument}${b.article && b.article !== '—' ? b.article : ''}`).join('、')}的规定，决定准予行政许可。`,
    );
    issued = { certificateId: doc.id, number: doc.number, downloadUrl: `/services/documents/${doc.id}` };
  }
  await stopIfOpen(tx, row.certificateClockId, '已发证');
  await appendEvent(tx, row.id, {
    kind: 'issued',
    title: handler?.issueCertificate ? '已发证' : '已出具准予行政许可决定书',
    publicNote: `文号（证号）：${issued.number}。`,
    detail: issued,
  });
  await recordAudit(tx, {
    action: 'services.case.issue',
    objectType: 'service_case',
    objectId: row.id,
    detail: issued,
  });
  const fresh = await refreshCase(tx, row.id, {
    status: 'completed',
    closedAt: tx.now,
    certificateId: issued.certificateId,
    certificateNumber: issued.number,
    certificateUrl: issued.downloadUrl,
  });
  await tellApplicant(
    tx,
    fresh,
    `已办结：${item.name}`,
    `您的申请（查询码 ${row.receiptCode}）已办结，证号（文号）${issued.number}。`,
  );
  return fresh;
}

/** 发证: the handler's certificate, or a decision letter for items without one. */
export async function issueCertificate(ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:decide');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:decide', row);
    return issueInTx(tx, id);
  });
}

// ---- 撤回 / 撤销 ----

async function closeWithRelease(
  tx: Ctx,
  row: CaseRow,
  status: 'withdrawn' | 'revoked',
  reason: string,
  usedQuantity?: number,
): Promise<{ fresh: CaseRow; facts: ReleaseFacts }> {
  const facts = row.handlerApproved
    ? ((await itemHandler(row.itemCode)?.onRelease?.(tx, toCaseView(tx, row), reason, {
        kind: status,
        usedQuantity,
      })) ?? {})
    : {};
  for (const clockId of [
    row.acceptanceClockId,
    row.statutoryClockId,
    row.promisedClockId,
    row.certificateClockId,
  ])
    await stopIfOpen(tx, clockId, status === 'withdrawn' ? '申请人撤回' : '撤销');
  const fresh = await refreshCase(tx, row.id, {
    status,
    closedAt: tx.now,
    handlerApproved: false,
    resumeStatus: null,
  });
  return { fresh, facts };
}

/** 撤回申请: by the applicant (or the counter on their behalf) before the case is finished. */
export async function withdrawCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  const reason = requireText(input.reason, 'reason', '撤回原因', 500);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    const own = tx.actor.id && row.applicantAccountId === tx.actor.id;
    if (!own) requireCase(tx.actor, 'services:counter', row);
    if (!OPEN_STATUSES.includes(row.status)) throw stateError(row, '撤回');
    await appendEvent(tx, row.id, { kind: 'withdrawn', title: '申请人撤回申请', publicNote: reason });
    const { fresh, facts } = await closeWithRelease(tx, row, 'withdrawn', reason);
    await recordAudit(tx, {
      action: 'services.case.withdraw',
      objectType: 'service_case',
      objectId: row.id,
      detail: { reason, ...facts },
    });
    return fresh;
  });
}

/** The revocation reason: 4 to 500 characters (the public timeline and the certificate check show it). */
export function revocationReason(value: string | undefined): string {
  const reason = requireText(value, 'reason', '撤销理由', 500);
  if (reason.length < 4) throw validationError('reason', '撤销理由：请至少写 4 个字');
  return reason;
}

/**
 * 撤销许可 — the one revocation path, whichever page it starts from (the case page or the permit
 * register): inside the caller's transaction, after the caller has authorized. Locks the case (before
 * anything the item handler locks), refuses a case that is not approved or completed (a second
 * revocation among them), closes it as revoked with the reason on the public timeline, stops its
 * clocks, lets the item handler give back what the approval took (quota, once: the handler ran only
 * while `handlerApproved`) and revoke its certificate, tells the applicant, and writes one audit record.
 */
export async function revokeCaseInTx(
  tx: Ctx,
  id: string,
  input: { reason: string; usedQuantity?: number; via: 'case' | 'permit' },
): Promise<CaseRow> {
  const reason = revocationReason(input.reason);
  const row = await lockCase(tx, id);
  if (row.status === 'revoked')
    throw new AppError('CASE_ALREADY_REVOKED', {
      status: 409,
      message: '该行政许可已经撤销，不能重复撤销',
      extra: { caseStatus: row.status },
    });
  if (row.status !== 'approved' && row.status !== 'completed') throw stateError(row, '撤销');
  await appendEvent(tx, row.id, { kind: 'revoked', title: '撤销行政许可', publicNote: reason });
  const { fresh, facts } = await closeWithRelease(tx, row, 'revoked', reason, input.usedQuantity);
  await recordAudit(tx, {
    action: 'services.case.revoke',
    objectType: 'service_case',
    objectId: row.id,
    detail: { reason, receiptCode: row.receiptCode, via: input.via, ...facts },
  });
  await tellApplicant(
    tx,
    fresh,
    '行政许可已撤销',
    `您的许可（查询码 ${row.receiptCode}${fresh.certificateNumber ? `，证号 ${fresh.certificateNumber}` : ''}）已于${chinaDay(tx.now)}撤销。理由：${reason}`,
  );
  return fresh;
}

/** 撤销许可 from the case page: services:decide on the case's scope. */
export async function revokeCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:decide');
  const reason = revocationReason(input.reason);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:decide', row);
    return revokeCaseInTx(tx, row.id, { reason, via: 'case' });
  });
}
