// 延长办理期限 (行政许可法 第四十二条): approved by a leader, at most 10 working days in all.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { extendClock } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import type { CaseRow } from '../case.repository.ts';
import { fmtDue, provisionalSentence, refreshCase } from '../case-clocks.ts';
import { lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { MAX_EXTENSION_WORKDAYS, requireText } from './flow-rules.ts';

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
    requireCaseState(
      row,
      ['accepted', 'under_review', 'inspection', 'public_notice', 'completion_requested'],
      '延长办理期限',
    );
    if (!row.statutoryClockId)
      throw new AppError('CONFLICT', { message: '该办件没有法定办理时限，无需延长' });
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
      text: `延长办理期限 ${input.days} 个工作日`,
      note: `经本机关负责人批准，办理期限延长 ${input.days} 个工作日，法定期限届满日变更为${fmtDue(clock)}。${provisionalSentence(clock)}理由：${reason}`,
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
      `您的申请（查询码 ${row.receiptCode}）办理期限延长 ${input.days} 个工作日，届满日 ${fmtDue(clock)}。${provisionalSentence(clock)}`,
    );
    return fresh;
  });
}
