// 现场核查 ends with its findings: the clocks resume from the day it ended.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { CaseRow } from '../case.repository.ts';
import { refreshCase, resumeCaseClocks } from '../case-clocks.ts';
import { lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { requireText } from './flow-rules.ts';

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
    requireCaseState(row, ['inspection'], '结束现场核查');
    await resumeCaseClocks(tx, row, '现场核查结束', input.at);
    await appendEvent(tx, row.id, {
      kind: 'inspection_finished',
      text: '现场核查完成',
      staffNote: findings,
      at: input.at,
      data: { findings },
    });
    await recordAudit(tx, {
      action: 'services.case.inspection_finish',
      objectType: 'service_case',
      objectId: row.id,
    });
    return refreshCase(tx, row.id, { status: 'under_review', resumeStatus: null });
  });
}
