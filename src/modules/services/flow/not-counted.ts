// 不计入办理时限 (行政许可法 第四十五条): a hearing, tender, auction, testing (检验, 检测, 检疫),
// appraisal or expert review that the item lists. Starting one pauses the case's clocks (platform
// clock sets) and sends the applicant the written notice (书面告知, a numbered 不计入办理时限告知书);
// ending it resumes them from that day and tells the applicant the new due dates. One at a time;
// 现场核查 and 许可前公示 have their own steps (start-inspection, start-public-notice).
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, getClock } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { formatReceiptCode } from '../../../platform/receipts/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import {
  fmtDay,
  fmtDue,
  pauseCaseClocks,
  provisionalSentence,
  refreshCase,
  resumeCaseClocks,
} from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { ITEM_RULE_KINDS } from '../catalogue/not-counted.data.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';
import { NOT_COUNTED_KINDS, type NotCountedKind, type OpenNotCounted } from '../services.table.ts';
import { requireText } from './flow-rules.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 409 while a not-counted procedure is under way: the step must wait until it has ended. */
export function refuseWhileNotCounted(row: CaseRow, action: string): void {
  if (row.notCounted)
    throw new AppError('CASE_TIME_NOT_COUNTED', {
      message: `该办件正在进行${row.notCounted.name}（自${fmtDay(new Date(row.notCounted.startedAt))}起不计入办理时限），结束${row.notCounted.name}后才能${action}`,
    });
}

/** Starts a §45 procedure the item lists: the clocks pause and the applicant is told in writing. */
export async function startNotCounted(
  ctx: Ctx,
  id: string,
  input: { kind: string; reason: string; expectedEnd?: string },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const kind = input.kind as NotCountedKind;
  if (!NOT_COUNTED_KINDS.includes(kind))
    throw validationError('kind', '不计时程序：请从本事项列明的程序中选择');
  if (ITEM_RULE_KINDS.includes(kind))
    throw validationError('kind', '不计时程序：现场核查和许可前公示请使用“现场核查”“开始公示”办理');
  const reason = requireText(input.reason, 'reason', '事由', 500);
  const expectedEnd = input.expectedEnd?.trim() || null;
  if (expectedEnd && (!DAY.test(expectedEnd) || Number.isNaN(Date.parse(`${expectedEnd}T00:00:00Z`))))
    throw validationError('expectedEnd', '预计结束日期：应为日期（如 2026-11-09）');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, ['accepted', 'under_review'], '开始不计入办理时限的程序');
    refuseWhileNotCounted(row, `另行开始其他程序`);
    if (expectedEnd && expectedEnd < chinaDay(tx.now))
      throw validationError('expectedEnd', '预计结束日期：不能早于今天');
    const item = await itemOf(tx, row);
    const proc = item.notCounted.find((p) => p.kind === kind);
    if (!proc)
      throw validationError('kind', `不计时程序：本事项（${item.name}）未列明该程序不计入办理时限的依据`);
    await pauseCaseClocks(tx, row, proc.name);
    const today = fmtDay(tx.now);
    const doc = await issueDocument(
      tx,
      row.id,
      'not_counted_notice',
      await getSetting(tx, DOCUMENT_PREFIX),
      `${row.applicantName}：你（单位）提出的“${item.name}”申请（查询码 ${formatReceiptCode(row.receiptCode)}），本机关依法需要进行${proc.name}。事由：${reason}。依照${proc.basis}，${proc.name}所需时间不计入办理时限，办理时限自${today}起暂停计算${expectedEnd ? `，${proc.name}预计于${fmtDay(new Date(`${expectedEnd}T04:00:00Z`))}结束` : ''}；${proc.name}结束后恢复计算，本机关将另行告知届满日。特此告知。`,
    );
    const open: OpenNotCounted = {
      kind,
      name: proc.name,
      basis: proc.basis,
      reason,
      startedAt: tx.now.toISOString(),
      expectedEnd,
      documentNumber: doc.number,
    };
    await appendEvent(tx, row.id, {
      kind: 'not_counted_started',
      text: `${proc.name}（不计入办理时限）`,
      note: `${proc.name}：${reason}。依照${proc.basis}，所需时间不计入办理时限，自${today}起暂停计时。已书面告知（${doc.title} ${doc.number}）。`,
      data: { kind, documentNumber: doc.number, expectedEnd },
    });
    await recordAudit(tx, {
      action: 'services.case.not_counted_start',
      objectType: 'service_case',
      objectId: row.id,
      detail: { kind, reason, expectedEnd, documentNumber: doc.number },
    });
    const fresh = await refreshCase(tx, row.id, { notCounted: open });
    await tellApplicant(
      tx,
      fresh,
      `${proc.name}，暂停计时：${item.name}`,
      `您的申请（查询码 ${row.receiptCode}）需进行${proc.name}，所需时间不计入办理时限（${proc.basis}）。书面告知：${doc.title} ${doc.number}。`,
    );
    return fresh;
  });
}

/** Ends the procedure under way (on the day given, or today): the clocks resume, the applicant is told. */
export async function finishNotCounted(
  ctx: Ctx,
  id: string,
  input: { outcome: string; at?: string },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const outcome = requireText(input.outcome, 'outcome', '结果', 1000);
  const at = input.at ? new Date(input.at) : undefined;
  if (at && Number.isNaN(at.getTime())) throw validationError('at', '结束时间：应为日期时间');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    const open = row.notCounted;
    if (!open)
      throw new AppError('CASE_TIME_NOT_COUNTED', {
        message: '该办件没有正在进行的不计入办理时限的程序，无需结束',
      });
    if (at && at > tx.now) throw validationError('at', '结束时间：不能晚于现在');
    if (at && at < new Date(open.startedAt))
      throw validationError('at', `结束时间：不能早于${open.name}开始的时间`);
    await resumeCaseClocks(tx, row, `${open.name}结束`, at);
    const fresh = await refreshCase(tx, row.id, { notCounted: null });
    const statutory = fresh.statutoryClockId ? await getClock(tx, fresh.statutoryClockId) : null;
    const promised = fresh.promisedClockId ? await getClock(tx, fresh.promisedClockId) : null;
    const dates = [
      statutory ? `法定期限届满日：${fmtDue(statutory)}` : '',
      promised ? `承诺办结日：${fmtDue(promised)}` : '',
    ]
      .filter(Boolean)
      .join('；');
    const provisional = provisionalSentence(...[statutory, promised].filter((c) => c !== null));
    const ended = fmtDay(at ?? tx.now);
    await appendEvent(tx, row.id, {
      kind: 'not_counted_finished',
      text: `${open.name}结束，恢复计时`,
      note: `${open.name}于${ended}结束，自次日起恢复计算办理时限。${dates}。${provisional}`,
      staffNote: outcome,
      at,
      data: { kind: open.kind, outcome },
    });
    await recordAudit(tx, {
      action: 'services.case.not_counted_finish',
      objectType: 'service_case',
      objectId: row.id,
      detail: { kind: open.kind, at: (at ?? tx.now).toISOString() },
    });
    await tellApplicant(
      tx,
      fresh,
      `${open.name}结束，恢复计时：${row.receiptCode}`,
      `您的申请（查询码 ${row.receiptCode}）${open.name}已于${ended}结束，办理时限恢复计算。${dates}。${provisional}`,
    );
    return fresh;
  });
}
