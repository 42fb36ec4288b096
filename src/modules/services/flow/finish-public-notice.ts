// 许可前公示 ends, not before its last day, with what came of it; the clocks resume.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseRow } from '../case.repository.ts';
import { fmtDay, refreshCase, resumeCaseClocks } from '../case-clocks.ts';
import { lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { requireText } from './flow-rules.ts';

/** 公示 ends (not before its last day) with what came of it; the clocks resume. */
export async function finishPublicNotice(ctx: Ctx, id: string, input: { outcome: string }): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const outcome = requireText(input.outcome, 'outcome', '公示结果', 1000);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, ['public_notice'], '结束公示');
    if (row.noticeEndsAt && tx.now < row.noticeEndsAt)
      throw new AppError('NOTICE_RUNNING', {
        message: `公示期至${fmtDay(row.noticeEndsAt)}，期满后才能结束公示`,
      });
    await resumeCaseClocks(tx, row, '公示期满');
    await appendEvent(tx, row.id, { kind: 'notice_finished', text: '公示期满', note: outcome });
    await recordAudit(tx, {
      action: 'services.case.notice_finish',
      objectType: 'service_case',
      objectId: row.id,
    });
    return refreshCase(tx, row.id, { status: 'under_review', resumeStatus: null, noticeDone: true });
  });
}
