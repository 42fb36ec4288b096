// The counter's day queue as a query: cases received on a day, and every case still waiting for
// acceptance, in the reader's scope, oldest first.
import type { DataScope } from '../../platform/access/access.table.ts';
import { chinaDay, endOfChinaDay, startOfChinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { listCasesOfDayRows } from './case-queue.repository.ts';
import { type CaseListItem, presentListItem } from './case-queue.service.ts';
import { calendarOrNull } from './days-left.ts';
import { caseScopeWhere } from './services.policy.ts';

export type { CaseListItem };

export async function listCasesOfDay(ctx: Ctx, scope: DataScope, day: string): Promise<CaseListItem[]> {
  const rows = await listCasesOfDayRows(ctx.db, {
    scoped: caseScopeWhere(ctx.actor, scope),
    from: startOfChinaDay(day),
    to: endOfChinaDay(day),
    limit: 500,
  });
  const cal = await calendarOrNull(ctx);
  const today = chinaDay(ctx.now);
  return rows.map(({ c, itemName }) => presentListItem(c, itemName, cal, today));
}
