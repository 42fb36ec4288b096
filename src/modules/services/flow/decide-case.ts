// 作出决定 (行政许可法 第三十四条, 第三十八条): approval or refusal. The statutory and promised clocks
// stop (whether both were kept is recorded); an approval runs the item handler's onApprove in this
// transaction (it may refuse, e.g. quota) and starts the certificate clock, and the certificate is
// issued at once when no fee is due; a refusal issues the numbered decision letter.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import {
  chinaDay,
  getClock,
  loadWorkingCalendar,
  startClock,
  stopClock,
  workingDaysBetween,
} from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { CLOCK_SUBJECT, refreshCase } from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { publicNoticeNeeded, toCaseView } from '../case-handler.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { CERTIFICATE_CLOCK } from '../escalation.ts';
import { itemHandler } from '../item-handlers.ts';
import { feesSettled, listPayments } from '../payments.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';
import { CERTIFICATE_WORKDAYS, requireText } from './flow-rules.ts';
import { issueInTx } from './issue-certificate.ts';
import { refuseWhileNotCounted } from './not-counted.ts';

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
    requireCaseState(row, ['accepted', 'under_review'], '作出许可决定');
    refuseWhileNotCounted(row, '作出许可决定');
    const item = await itemOf(tx, row);
    const handler = itemHandler(row.itemCode);
    if (input.decision === 'approve' && !row.noticeDone) {
      const need = await publicNoticeNeeded(tx, row);
      if (need)
        throw new AppError('PUBLIC_NOTICE_REQUIRED', {
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
        text: '不予许可',
        note: `不予行政许可决定书 ${doc.number}。理由：${reasons}`,
        staffNote: opinion,
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
      kind: CERTIFICATE_CLOCK.kind,
      label: `发证期限：${item.name}（${row.receiptCode}）`,
      startedAt: tx.now,
      limit: { value: CERTIFICATE_WORKDAYS, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    await appendEvent(tx, row.id, {
      kind: 'approved',
      text: '准予许可',
      note: '审查通过，决定准予行政许可。',
      staffNote: opinion,
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
