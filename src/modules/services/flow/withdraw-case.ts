// 撤回申请: by the applicant, or by the counter on their behalf, before the case is finished.
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { CaseRow } from '../case.repository.ts';
import { lockCase } from '../case-load.ts';
import { OPEN_STATUSES, requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { requireCase } from '../services.policy.ts';
import { closeWithRelease } from './close-case.ts';
import { requireText } from './flow-rules.ts';

/** 撤回申请: by the applicant (or the counter on their behalf) before the case is finished. */
export async function withdrawCase(ctx: Ctx, id: string, input: { reason: string }): Promise<CaseRow> {
  const reason = requireText(input.reason, 'reason', '撤回原因', 500);
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    const own = tx.actor.id && row.applicantAccountId === tx.actor.id;
    if (!own) requireCase(tx.actor, 'services:counter', row);
    requireCaseState(row, OPEN_STATUSES, '撤回');
    await appendEvent(tx, row.id, { kind: 'withdrawn', text: '申请人撤回申请', note: reason });
    const { fresh, facts } = await closeWithRelease(tx, row, 'withdrawn', reason);
    await recordAudit(tx, {
      action: 'services.case.withdraw',
      objectType: 'service_case',
      objectId: row.id,
      detail: { reason, ...facts },
    });
    return fresh;
  });
}
