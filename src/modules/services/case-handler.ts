// What an item handler (item-handlers.ts) sees of a case, and the questions the flow asks it.
import type { Ctx } from '../../platform/context.ts';
import type { CaseRow } from './case.repository.ts';
import { openValues } from './case-values.ts';
import { type CaseView, itemHandler } from './item-handlers.ts';

export function toCaseView(ctx: Ctx, row: CaseRow): CaseView {
  return {
    id: row.id,
    itemCode: row.itemCode,
    receiptCode: row.receiptCode,
    applicantAccountId: row.applicantAccountId,
    applicantKind: row.applicantKind,
    applicantName: row.applicantName,
    countyCode: row.countyCode,
    form: openValues(ctx, row.form),
    status: row.status,
    channel: row.channel,
    submittedAt: row.submittedAt,
    acceptedAt: row.acceptedAt,
    decidedAt: row.decidedAt,
  };
}

/** The item's handler decides whether a pre-decision notice (公示) is needed, and how long. */
export async function publicNoticeNeeded(ctx: Ctx, row: CaseRow): Promise<{ days: number } | null> {
  const h = itemHandler(row.itemCode);
  return h?.needsPublicNotice ? h.needsPublicNotice(ctx, toCaseView(ctx, row)) : null;
}
