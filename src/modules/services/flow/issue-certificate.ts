// 发证 (行政许可法 第三十九条, 第四十四条): once the fees are settled, the item handler's certificate,
// or a numbered 准予行政许可决定书 for items without one; the certificate clock stops and the case closes.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { refreshCase, stopIfOpen } from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { toCaseView } from '../case-handler.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { itemHandler } from '../item-handlers.ts';
import { feesSettled, listPayments } from '../payments.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';

/** 发证 inside the caller's transaction, after the caller has authorized (decideCase issues at once). */
export async function issueInTx(tx: Ctx, id: string): Promise<CaseRow> {
  const row = await lockCase(tx, id);
  requireCaseState(row, ['approved'], '发证');
  const item = await itemOf(tx, row);
  if (!feesSettled(item.fees.free, await listPayments(tx, row.id)))
    throw new AppError('FEES_DUE', { message: '尚有应缴费用未缴纳（或未核定），缴费后才能发证' });
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
    text: handler?.issueCertificate ? '已发证' : '已出具准予行政许可决定书',
    note: `文号（证号）：${issued.number}。`,
    data: issued,
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
