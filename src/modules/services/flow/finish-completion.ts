// A 补正 received (online or at the counter): the clocks resume, the case goes back to where it was
// when the supplement was requested, and the handling division is told.
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Ctx } from '../../../platform/context.ts';
import { notify } from '../../../platform/notify/index.ts';
import type { CaseRow } from '../case.repository.ts';
import { refreshCase, resumeCaseClocks } from '../case-clocks.ts';
import { STATUS_LABELS } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';

export async function finishCompletion(
  tx: Ctx,
  row: CaseRow,
  title: string,
  note: string | null,
  at?: Date,
): Promise<CaseRow> {
  const back = row.resumeStatus ?? 'submitted';
  await resumeCaseClocks(tx, row, '申请人已补正材料', at);
  await appendEvent(tx, row.id, {
    kind: 'supplemented',
    text: title,
    note: `补正材料已收到，办件恢复办理（${STATUS_LABELS[back]}），补正期间不计入办理时限。`,
    staffNote: note,
  });
  const fresh = await refreshCase(tx, row.id, { status: back, resumeStatus: null });
  await recordAudit(tx, {
    action: 'services.case.supplement',
    objectType: 'service_case',
    objectId: row.id,
    detail: { resumedTo: back },
  });
  if (fresh.unitId && back !== 'submitted')
    await notify(tx, {
      unitId: fresh.unitId,
      title: `办件已补正：${fresh.receiptCode}`,
      body: '申请人已补正材料，请继续办理。',
      link: `/admin/services/cases/${fresh.id}`,
      category: 'services',
    });
  return fresh;
}
