// 现场核查 starts; the clocks pause only where the item names a rule that its time is not counted.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { CaseRow } from '../case.repository.ts';
import { pauseCaseClocks, refreshCase } from '../case-clocks.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { publicBasis } from '../catalogue/not-counted.data.ts';
import { requireCase } from '../services.policy.ts';
import { requireText } from './flow-rules.ts';
import { refuseWhileNotCounted } from './not-counted.ts';

/** 现场核查 starts: the clocks pause where the item's rule says its time is not counted. */
export async function startInspection(
  ctx: Ctx,
  id: string,
  input: { inspectors: string; note?: string },
): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  const inspectors = requireText(input.inspectors, 'inspectors', '核查人员', 200);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, ['accepted', 'under_review'], '开始现场核查');
    refuseWhileNotCounted(row, '开始现场核查');
    // 现场核查 pauses the clocks only where the item's rule says so (DOMAIN §3), cited on the case.
    const basis = (await itemOf(tx, row)).notCounted.find((p) => p.kind === 'site_check');
    if (basis) await pauseCaseClocks(tx, row, '现场核查');
    await appendEvent(tx, row.id, {
      kind: 'inspection_started',
      text: '现场核查',
      note: basis
        ? `承办单位组织现场核查。依照${publicBasis(basis)}，核查期间不计入办理时限。`
        : '承办单位组织现场核查。本事项无核查时间不计入办理时限的规定，办理时限照常计算。',
      staffNote: `核查人员：${inspectors}${input.note?.trim() ? `；${input.note.trim()}` : ''}${basis && basis.confidence !== 'verified' ? `；不计时依据：${basis.basis}（${basis.confidence}）` : ''}`,
      data: { inspectors },
    });
    await recordAudit(tx, {
      action: 'services.case.inspection_start',
      objectType: 'service_case',
      objectId: row.id,
      detail: { inspectors },
    });
    return refreshCase(tx, row.id, { status: 'inspection', resumeStatus: 'under_review' });
  });
}
