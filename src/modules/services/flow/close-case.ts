// Closing a case early (撤回, 撤销): the item handler gives back what the approval took (quota, once:
// only while `handlerApproved`), every clock stops, and the case closes in the given status.
import type { Ctx } from '../../../platform/context.ts';
import type { CaseRow } from '../case.repository.ts';
import { refreshCase, stopIfOpen } from '../case-clocks.ts';
import { toCaseView } from '../case-handler.ts';
import { itemHandler, type ReleaseFacts } from '../item-handlers.ts';

export async function closeWithRelease(
  tx: Ctx,
  row: CaseRow,
  status: 'withdrawn' | 'revoked',
  reason: string,
  usedQuantity?: number,
): Promise<{ fresh: CaseRow; facts: ReleaseFacts }> {
  const facts = row.handlerApproved
    ? ((await itemHandler(row.itemCode)?.onRelease?.(tx, toCaseView(tx, row), reason, {
        kind: status,
        usedQuantity,
      })) ?? {})
    : {};
  for (const clockId of [
    row.acceptanceClockId,
    row.statutoryClockId,
    row.promisedClockId,
    row.certificateClockId,
  ])
    await stopIfOpen(tx, clockId, status === 'withdrawn' ? '申请人撤回' : '撤销');
  const fresh = await refreshCase(tx, row.id, {
    status,
    closedAt: tx.now,
    handlerApproved: false,
    resumeStatus: null,
  });
  return { fresh, facts };
}
