// Overdue escalation (超期督办): an open case past its statutory due date is reported once to the
// leaders in charge of the division that handles it (分管厅领导), besides the clock reminders the
// platform already sends to the division itself.
import { and, eq, inArray, lt, ne } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import type { Ctx } from '../../platform/context.ts';
import { type Reminder, registerReminderSource } from '../../platform/notify/index.ts';
import { leadersChargedWith } from '../org/index.ts';
import { serviceCases, serviceItems } from './services.table.ts';

export async function collectOverdueEscalations(ctx: Ctx): Promise<Reminder[]> {
  const rows = await ctx.db
    .select({ c: serviceCases, itemName: serviceItems.name })
    .from(serviceCases)
    .innerJoin(serviceItems, eq(serviceItems.code, serviceCases.itemCode))
    .where(
      and(
        ne(serviceCases.stage, 'closed'),
        ne(serviceCases.stage, 'acceptance'),
        lt(serviceCases.statutoryDueAt, ctx.now),
      ),
    )
    .limit(500);
  const out: Reminder[] = [];
  const leadersOf = new Map<string, string[]>();
  for (const { c, itemName } of rows) {
    if (!c.unitId || !c.statutoryDueAt) continue;
    if (!leadersOf.has(c.unitId)) {
      const people = await leadersChargedWith(ctx.db, c.unitId);
      const ids = people.length
        ? (
            await ctx.db
              .select({ id: accounts.id })
              .from(accounts)
              .where(
                inArray(
                  accounts.personId,
                  people.map((p) => p.id),
                ),
              )
          ).map((a) => a.id)
        : [];
      leadersOf.set(c.unitId, ids);
    }
    const accountIds = leadersOf.get(c.unitId) ?? [];
    if (!accountIds.length) continue;
    out.push({
      key: `services:overdue:${c.id}:${c.statutoryDueAt.toISOString()}`,
      accountIds,
      title: `办件超期：${itemName}`,
      body: `办件 ${c.receiptCode}（${c.applicantName}）已超过法定办理期限，请督促承办处室办理。`,
      link: `/admin/services/cases/${c.id}`,
      category: 'deadline',
      email: true,
    });
  }
  return out;
}

registerReminderSource({ name: 'services.overdue', collect: collectOverdueEscalations });
