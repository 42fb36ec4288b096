// Handing a running clock to someone else (转办): the time already spent stays spent, the due
// date does not move; reminders and escalations go to the new unit or person from now on. The
// caller authorizes and audits the transfer itself (it is the subject's event, not the clock's).
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { findClockForUpdate, setClockResponsible } from './calendar.repository.ts';

export async function reassignClock(
  tx: Ctx,
  clockId: string,
  to: { unitId: string | null; accountId?: string | null },
): Promise<void> {
  const clock = await findClockForUpdate(tx.db, clockId);
  if (!clock) throw notFound('CLOCK_NOT_FOUND', '未找到该计时');
  await setClockResponsible(tx.db, clockId, {
    responsibleUnitId: to.unitId,
    responsibleAccountId: to.accountId ?? null,
  });
}
