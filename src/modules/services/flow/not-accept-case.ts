// 不予受理 (行政许可法 第三十二条): the application is refused at acceptance, with the reasons in a
// numbered notice that tells the applicant how to seek review.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { fmtDay, refreshCase, stopIfOpen } from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';
import { pastAcceptanceLimit } from './deem-accepted.ts';
import { requireText } from './flow-rules.ts';

/** 不予受理, with the reasons (a notice the applicant receives). */
export async function notAcceptCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:accept');
  const reason = requireText(input.reason, 'reason', '不予受理理由');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:accept', row);
    requireCaseState(row, ['submitted'], '作出不予受理决定');
    // 第三十二条: no decision within the acceptance limit means accepted; 不予受理 is too late.
    if (pastAcceptanceLimit(row, tx.now))
      throw new AppError('CASE_DEEMED_ACCEPTED', {
        message: `该办件受理审查期限已于${fmtDay(row.acceptanceDueAt)}届满，依法视为受理（行政许可法第三十二条），不能再作出不予受理决定；请受理后依法审查并作出许可决定`,
      });
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
      text: '不予受理',
      note: `不予受理通知书 ${doc.number}。理由：${reason}`,
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
