// 一次性告知补正 (行政许可法 第三十二条): everything missing is listed at once in a numbered notice;
// the clocks stop counting until the applicant supplements.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { pauseCaseClocks, refreshCase } from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';
import type { CaseStatus } from '../services.table.ts';
import { pastAcceptanceLimit } from './deem-accepted.ts';
import { refuseWhileNotCounted } from './not-counted.ts';

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
    requireCaseState(row, COMPLETION_FROM, '告知补正');
    refuseWhileNotCounted(row, '告知补正');
    // 视为受理: the time to ask for 补正 (within the acceptance limit) has passed (第三十二条).
    // Past the limit while still waiting, the law has accepted it already (the job may not have run).
    if (row.deemedAccepted || pastAcceptanceLimit(row, tx.now)) throw new AppError('CASE_DEEMED_ACCEPTED');
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
      text: '一次性告知补正',
      note: `补正材料通知书 ${doc.number}。需补正：${list}。补正期间办理时限暂停计算。`,
      staffNote: input.note?.trim() || null,
      data: { items },
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
