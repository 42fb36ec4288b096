// 许可前公示 starts, for as many days as the item's handler asks; the clocks pause meanwhile.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay, endOfChinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseRow } from '../case.repository.ts';
import { fmtDay, pauseCaseClocks, refreshCase } from '../case-clocks.ts';
import { publicNoticeNeeded } from '../case-handler.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { requireCaseState } from '../case-state.ts';
import { appendEvent } from '../case-timeline.ts';
import { publicBasis } from '../catalogue/not-counted.data.ts';
import { requireCase } from '../services.policy.ts';
import { refuseWhileNotCounted } from './not-counted.ts';

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** 公示 starts for the handler's number of days; the clocks pause meanwhile. */
export async function startPublicNotice(ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx.actor, 'services:review');
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    requireCase(tx.actor, 'services:review', row);
    requireCaseState(row, ['accepted', 'under_review'], '开始公示');
    refuseWhileNotCounted(row, '开始公示');
    const need = await publicNoticeNeeded(tx, row);
    if (!need) throw new AppError('NOTICE_NOT_NEEDED', { message: '该办件无需公示' });
    const endsAt = endOfChinaDay(addDays(chinaDay(tx.now), need.days));
    // 公示 pauses the clocks only where the item's rule says so (DOMAIN §3), cited on the case.
    const basis = (await itemOf(tx, row)).notCounted.find((p) => p.kind === 'public_notice');
    if (basis) await pauseCaseClocks(tx, row, '许可前公示');
    await appendEvent(tx, row.id, {
      kind: 'notice_started',
      text: `许可前公示 ${need.days} 日`,
      note: basis
        ? `公示期至${fmtDay(endsAt)}。依照${publicBasis(basis)}，公示期间不计入办理时限。`
        : `公示期至${fmtDay(endsAt)}。本事项无公示期不计入办理时限的规定，办理时限照常计算。`,
      data: { days: need.days, endsAt: endsAt.toISOString() },
    });
    await recordAudit(tx, {
      action: 'services.case.notice_start',
      objectType: 'service_case',
      objectId: row.id,
      detail: { days: need.days },
    });
    return refreshCase(tx, row.id, {
      status: 'public_notice',
      resumeStatus: 'under_review',
      noticeEndsAt: endsAt,
    });
  });
}
