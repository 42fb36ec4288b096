// 审查: the handling division takes up an accepted case.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { CaseRow } from '../case.repository.ts';
import { refreshCase } from '../case-clocks.ts';
import { lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';

export async function startReview(ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, ['accepted'], '开始审查');
    await appendEvent(tx, row.id, { kind: 'review_started', text: '承办单位审查中' });
    await recordAudit(tx, { action: 'services.case.review', objectType: 'service_case', objectId: row.id });
    return refreshCase(tx, row.id, { status: 'under_review' });
  });
}
