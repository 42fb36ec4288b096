// 受理 (行政许可法 第三十二条): the acceptance clock stops, the statutory clock (20 working days) and
// the promised clock start, the 受理通知书 is issued, the applicant and the handling division are told.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { startClock } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { notify } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import { CLOCK_SUBJECT, fmtDue, provisionalSentence, refreshCase, stopIfOpen } from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { notCountedSentence } from '../catalogue/not-counted.data.ts';
import { PROMISED_CLOCK, STATUTORY_CLOCK } from '../escalation.ts';
import { requireCase } from '../services.policy.ts';
import { DOCUMENT_PREFIX } from '../services.settings.ts';
import { deemLockedCaseAccepted, pastAcceptanceLimit } from './deem-accepted.ts';

/** 受理: the statutory clock (20 working days) and the promised clock start now. */
export async function acceptCase(ctx: Ctx, id: string, input: { note?: string } = {}): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:accept');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:accept', row);
    requireCaseState(row, ['submitted'], '受理');
    // Past the acceptance limit the law has accepted it as of receipt (第三十二条): a late 受理 does
    // not restart the statutory clock from today.
    if (pastAcceptanceLimit(row, tx.now)) return deemLockedCaseAccepted(tx, row, 'accept');
    const item = await itemOf(tx, row);
    await stopIfOpen(tx, row.acceptanceClockId, '已受理');
    const statutory = await startClock(tx, {
      subjectType: CLOCK_SUBJECT,
      subjectId: row.id,
      kind: STATUTORY_CLOCK.kind,
      label: `法定办理期限：${item.name}（${row.receiptCode}）`,
      startedAt: tx.now,
      limit: { value: item.statutoryWorkdays, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    const promised = await startClock(tx, {
      subjectType: CLOCK_SUBJECT,
      subjectId: row.id,
      kind: PROMISED_CLOCK.kind,
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
      `${row.applicantName}：你（单位）提出的“${item.name}”申请，材料齐全、符合法定形式，决定予以受理。法定办理期限为 ${item.statutoryWorkdays} 个工作日（至${fmtDue(statutory)}），承诺办结时限为 ${row.promisedWorkdays} 个工作日（至${fmtDue(promised)}）。${notCountedSentence(item.notCounted, { completion: true })}。${provisionalSentence(statutory, promised)}`,
    );
    await appendEvent(tx, row.id, {
      kind: 'accepted',
      text: '已受理',
      note: `受理通知书 ${doc.number}。法定期限届满日：${fmtDue(statutory)}；承诺办结日：${fmtDue(promised)}。${provisionalSentence(statutory, promised)}`,
      staffNote: input.note?.trim() || null,
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
      `您的申请（查询码 ${row.receiptCode}）已受理，法定期限届满日 ${fmtDue(statutory)}。${provisionalSentence(statutory)}`,
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
