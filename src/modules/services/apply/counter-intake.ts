// 窗口收件（可当场受理）: POST /api/services/counter/cases as one use case in one transaction —
// registering the application, accepting it on the spot when asked, and reading the reply the clerk
// prints the receipt from. A failure anywhere (a refusal, a crash) leaves nothing behind, and every
// permission the three steps need is checked before the first write. The counter form's request key
// makes a double click or a retry answer with the case the first try made instead of a second one.
import { requirePermission } from '../../../platform/access/policy.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { oncePerKey } from '../../../platform/idempotency/request-keys.ts';
import { getCaseDetail } from '../case-detail.service.ts';
import { acceptCase } from '../flow/accept-case.ts';
import { type CounterApplication, submitAtCounter } from './submit-at-counter.ts';

export interface CounterIntake extends CounterApplication {
  /** 材料齐全，当场受理. */
  acceptNow?: boolean;
  /** The form's request key (幂等键), one per application being filled in. */
  requestKey?: string;
}

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

export async function intakeAtCounter(
  ctx: Ctx,
  input: CounterIntake,
): Promise<{ detail: CaseDetail; created: boolean }> {
  const { acceptNow, requestKey, ...application } = input;
  // Everything the three steps need, before anything is written.
  requirePermission(ctx.actor, 'services:counter');
  if (acceptNow) requirePermission(ctx.actor, 'services:accept');
  requirePermission(ctx.actor, 'services:read');
  return inTransaction(ctx, async (tx) => {
    const made = await oncePerKey(tx, 'services.counter.case', requestKey, async () => {
      const row = await submitAtCounter(tx, application);
      if (acceptNow) await acceptCase(tx, row.id, {});
      return row.id;
    });
    // The reply is read in the same transaction: a reply the clerk may not read undoes the intake.
    return { detail: await getCaseDetail(tx, made.value), created: !made.replayed };
  });
}
