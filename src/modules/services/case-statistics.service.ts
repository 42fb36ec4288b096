// 办件统计: cases by item in a period — received (online, at the counter), decided, approved,
// refused, the on-time rate and the average working days used — in the reader's scope.
import { requirePermission } from '../../platform/access/policy.ts';
import { endOfChinaDay, startOfChinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { decidedByItem, receivedByItem } from './case-queue.repository.ts';
import { listItems } from './catalogue.service.ts';
import { caseScopeWhere } from './services.policy.ts';

export interface StatsQuery {
  from: string; // YYYY-MM-DD
  to: string;
  itemCode?: string;
}

/** Cases by item in a period: received, decided, approved, on time, average working days. */
export async function caseStatistics(ctx: Ctx, q: StatsQuery) {
  const scope = requirePermission(ctx.actor, 'services:stats');
  const period = {
    scoped: caseScopeWhere(ctx.actor, scope),
    itemCode: q.itemCode,
    from: startOfChinaDay(q.from),
    to: endOfChinaDay(q.to),
  };
  const received = await receivedByItem(ctx.db, period);
  const decided = await decidedByItem(ctx.db, period);
  const items = await listItems(ctx, { includeInactive: true });
  const rows = items
    .map((i) => {
      const rec = received.filter((r) => r.itemCode === i.code);
      const dec = decided.filter((r) => r.itemCode === i.code);
      const decidedN = dec.reduce((s, r) => s + r.n, 0);
      const onTimeN = dec.reduce((s, r) => s + Number(r.onTime), 0);
      const daySum = dec.reduce((s, r) => s + (r.avgDays === null ? 0 : Number(r.avgDays) * r.n), 0);
      return {
        itemCode: i.code,
        itemName: i.name,
        received: rec.reduce((s, r) => s + r.n, 0),
        receivedOnline: rec.filter((r) => r.channel === 'online').reduce((s, r) => s + r.n, 0),
        receivedCounter: rec.filter((r) => r.channel === 'counter').reduce((s, r) => s + r.n, 0),
        decided: decidedN,
        approved: dec.filter((r) => r.decision === 'approve').reduce((s, r) => s + r.n, 0),
        refused: dec.filter((r) => r.decision === 'refuse').reduce((s, r) => s + r.n, 0),
        onTime: onTimeN,
        onTimeRate: decidedN ? Math.round((onTimeN / decidedN) * 1000) / 10 : null,
        averageWorkdays: decidedN ? Math.round((daySum / decidedN) * 10) / 10 : null,
      };
    })
    .filter((r) => r.received > 0 || r.decided > 0 || r.itemCode === q.itemCode);
  const totals = rows.reduce(
    (s, r) => ({
      received: s.received + r.received,
      decided: s.decided + r.decided,
      approved: s.approved + r.approved,
      refused: s.refused + r.refused,
      onTime: s.onTime + r.onTime,
      days: s.days + (r.averageWorkdays ?? 0) * r.decided,
    }),
    { received: 0, decided: 0, approved: 0, refused: 0, onTime: 0, days: 0 },
  );
  return {
    from: q.from,
    to: q.to,
    items: rows,
    totals: {
      received: totals.received,
      decided: totals.decided,
      approved: totals.approved,
      refused: totals.refused,
      onTimeRate: totals.decided ? Math.round((totals.onTime / totals.decided) * 1000) / 10 : null,
      averageWorkdays: totals.decided ? Math.round((totals.days / totals.decided) * 10) / 10 : null,
    },
  };
}
