// The counter's day queue as a query: cases received on a day, and every case still waiting for
// acceptance, in the reader's scope, oldest first.
import { and, asc, eq, gte, lte, or } from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import { chinaDay, endOfChinaDay, startOfChinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { type CaseListItem, calendarOrNull, presentListItem } from './case-read.service.ts';
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
  const cal = await calendarOrNull(ctx);
  const today = chinaDay(ctx.now);
  return rows.map(({ c, itemName }) => presentListItem(c, itemName, cal, today));
}
