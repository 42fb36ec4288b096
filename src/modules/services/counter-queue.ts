// The counter's day queue as a query: cases received on a day, and every case still waiting for
// acceptance, in the reader's scope, oldest first.
import { and, asc, eq, gte, lte, or } from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import {
  chinaDay,
  endOfChinaDay,
  loadWorkingCalendar,
  startOfChinaDay,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { type CaseListItem, daysLeft } from './case-read.service.ts';
import { STAGE_LABELS, STATUS_LABELS, stageOf } from './case-support.ts';
import { caseScopeWhere } from './services.policy.ts';
import { serviceCases, serviceItems } from './services.table.ts';

export type { CaseListItem };

export async function listCasesOfDay(ctx: Ctx, scope: DataScope, day: string): Promise<CaseListItem[]> {
  const t = serviceCases;
  const rows = await ctx.db
    .select({ c: t, itemName: serviceItems.name })
    .from(t)
    .innerJoin(serviceItems, eq(serviceItems.code, t.itemCode))
    .where(
      and(
        caseScopeWhere(ctx.actor, scope),
        or(
          and(gte(t.submittedAt, startOfChinaDay(day)), lte(t.submittedAt, endOfChinaDay(day))),
          eq(t.stage, 'acceptance'),
        ),
      ),
    )
    .orderBy(asc(t.submittedAt))
    .limit(500);
  let cal = null;
  try {
    cal = await loadWorkingCalendar(ctx);
  } catch {
    cal = null;
  }
  const today = chinaDay(ctx.now);
  return rows.map(({ c, itemName }) => {
    const due = stageOf(c.status) === 'acceptance' ? c.acceptanceDueAt : c.statutoryDueAt;
    return {
      id: c.id,
      receiptCode: c.receiptCode,
      itemCode: c.itemCode,
      itemName,
      applicantName: c.applicantName,
      applicantIdMask: c.applicantIdMask,
      phoneMask: c.phoneMask,
      channel: c.channel,
      status: c.status,
      statusLabel: STATUS_LABELS[c.status],
      stage: c.stage,
      stageLabel: STAGE_LABELS[c.stage],
      countyCode: c.countyCode,
      submittedAt: c.submittedAt.toISOString(),
      acceptedAt: c.acceptedAt?.toISOString() ?? null,
      dueAt: c.stage === 'closed' ? null : (due?.toISOString() ?? null),
      promisedDueAt: c.stage === 'closed' ? null : (c.promisedDueAt?.toISOString() ?? null),
      daysLeft: c.stage === 'closed' ? null : daysLeft(cal, today, due),
      closedAt: c.closedAt?.toISOString() ?? null,
      onTime: c.onTime,
    };
  });
}
