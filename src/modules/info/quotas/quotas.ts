// The weekly quota (每周报送任务): each unit that informs (处室, 直属单位, 市县林业局 — not the office
// itself) submits at least N items a week, N a setting per unit type (info.quota.*, default 1; 0:
// not assessed). A week is Monday to Sunday in China time. A week wholly inside a holiday — none of
// its seven days a working day on the platform's calendar (春节's week, say) — is not counted: it
// shows as 节假日 and neither meets nor misses. On the last working day of a counted week, from the
// hour the setting names, the units still short get one reminder (the deadline sweeper's reminder
// source, keyed by unit and week, so it is sent once).
import { and, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { requirePermission } from '../../../platform/access/policy.ts';
import type { Calendar } from '../../../platform/calendar/index.ts';
import { addDays, chinaDay, isWorkingDay, loadWorkingCalendar } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import type { Reminder } from '../../../platform/notify/index.ts';
import { defineSetting, getSetting } from '../../../platform/settings/settings.service.ts';
import { OFFICE_UNIT_CODE, units } from '../../org/index.ts';
import { mondayOf, weekOf } from '../info.periods.ts';
import { QUOTAS } from '../info.settings.ts';
import { infoItems } from '../info.table.ts';

export const QUOTA_REMINDER_HOUR = defineSetting({
  key: 'info.quota.reminderHour',
  label: '政务信息周任务提醒时间（每周最后一个工作日的几点，0–23）',
  description: '到点后向本周尚未完成报送任务的单位发送一次提醒',
  type: 'integer',
  default: 15,
  min: 0,
  max: 23,
});

type QuotaType = keyof typeof QUOTAS;
const TYPES = Object.keys(QUOTAS) as QuotaType[];

export interface QuotaWeek {
  monday: string;
  sunday: string;
  /** The week's last working day (the reminder's day); null for a week wholly inside a holiday. */
  lastWorkingDay: string | null;
  counted: boolean;
}

/** The week of a Monday, with whether it is counted and its last working day. */
export function quotaWeek(cal: Calendar, monday: string): QuotaWeek {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const working = days.filter((d) => isWorkingDay(cal, d));
  return { monday, sunday: days[6], lastWorkingDay: working.at(-1) ?? null, counted: working.length > 0 };
}

interface QuotaUnit {
  id: string;
  /** The short name (资源处) for the grid; fullName (森林资源管理处) for the reminder. */
  name: string;
  fullName: string;
  type: QuotaType;
  quota: number;
}

/** The units assessed, with their quota (types whose quota is 0 left out), in the directory's order. */
async function assessedUnits(ctx: Ctx, type?: QuotaType): Promise<QuotaUnit[]> {
  const office = await getSetting(ctx, OFFICE_UNIT_CODE);
  const quotas = Object.fromEntries(
    await Promise.all(TYPES.map(async (t) => [t, await getSetting(ctx, QUOTAS[t])] as const)),
  ) as Record<QuotaType, number>;
  const rows = await ctx.db
    .select({
      id: units.id,
      name: sql<string>`coalesce(${units.shortName}, ${units.name})`,
      fullName: units.name,
      type: units.type,
    })
    .from(units)
    .where(and(inArray(units.type, type ? [type] : TYPES), eq(units.active, true), ne(units.code, office)))
    // Divisions, affiliated units, city bureaus, then county bureaus; each in the directory's order.
    .orderBy(
      sql`array_position(array['division','affiliated','city_bureau','county_bureau'], ${units.type})`,
      units.sort,
      units.code,
    );
  return rows
    .map((r) => ({ ...r, type: r.type as QuotaType, quota: quotas[r.type as QuotaType] }))
    .filter((u) => u.quota > 0);
}

/** Items submitted (not withdrawn) per unit and week (its Monday) in [from, to). */
async function submittedByWeek(ctx: Ctx, from: Date, to: Date): Promise<Map<string, number>> {
  const monday = sql<string>`to_char(date_trunc('week', ${infoItems.submittedAt} at time zone 'Asia/Shanghai'), 'YYYY-MM-DD')`;
  const rows = await ctx.db
    .select({ unitId: infoItems.unitId, monday, n: sql<number>`count(*)::int` })
    .from(infoItems)
    .where(
      and(gte(infoItems.submittedAt, from), lt(infoItems.submittedAt, to), ne(infoItems.status, 'withdrawn')),
    )
    .groupBy(infoItems.unitId, monday);
  return new Map(rows.map((r) => [`${r.unitId}:${r.monday}`, Number(r.n)]));
}

const MAX_WEEKS = 26;

/**
 * The compliance view (units × weeks): the weeks from `from`'s Monday to `to`'s (default: the last
 * 8 weeks to this one), each cell the count against the quota — met, missed, 节假日 (not counted) or
 * this week still open.
 */
export async function quotaCompliance(ctx: Ctx, query: { from?: string; to?: string; type?: string }) {
  requirePermission(ctx.actor, 'info:review');
  const today = chinaDay(ctx.now);
  const last = mondayOf(query.to ?? today);
  const first = mondayOf(query.from ?? addDays(last, -7 * 7));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(first) || first > last)
    throw validationError('from', '起始周不能晚于截止周');
  const cal = await loadWorkingCalendar(ctx);
  const weeks: QuotaWeek[] = [];
  for (let m = first; m <= last && weeks.length < MAX_WEEKS; m = addDays(m, 7)) weeks.push(quotaWeek(cal, m));
  const unitsList = await assessedUnits(
    ctx,
    TYPES.includes(query.type as QuotaType) ? (query.type as QuotaType) : undefined,
  );
  const counts = await submittedByWeek(
    ctx,
    weekOf(new Date(`${first}T12:00:00+08:00`)).from,
    weekOf(new Date(`${weeks.at(-1)?.monday}T12:00:00+08:00`)).to,
  );
  const thisMonday = mondayOf(today);
  const rows = unitsList.map((u) => {
    const cells = weeks.map((w) => {
      const submitted = counts.get(`${u.id}:${w.monday}`) ?? 0;
      const state = !w.counted
        ? ('holiday' as const)
        : submitted >= u.quota
          ? ('met' as const)
          : w.monday === thisMonday
            ? ('open' as const)
            : ('missed' as const);
      return { monday: w.monday, submitted, state };
    });
    return {
      unitId: u.id,
      unitName: u.name,
      unitType: u.type,
      quota: u.quota,
      cells,
      met: cells.filter((c) => c.state === 'met').length,
      missed: cells.filter((c) => c.state === 'missed').length,
    };
  });
  return { weeks, rows };
}

/** The reminder source: on the last working day of a counted week, from the setting's hour, the units short. */
export async function collectQuotaReminders(ctx: Ctx): Promise<Reminder[]> {
  const today = chinaDay(ctx.now);
  const hour = Number(new Date(ctx.now.getTime() + 8 * 3_600_000).toISOString().slice(11, 13));
  if (hour < (await getSetting(ctx, QUOTA_REMINDER_HOUR))) return [];
  const cal = await loadWorkingCalendar(ctx);
  const week = quotaWeek(cal, mondayOf(today));
  if (!week.counted || week.lastWorkingDay !== today) return [];
  const range = weekOf(ctx.now);
  const counts = await submittedByWeek(ctx, range.from, range.to);
  return (await assessedUnits(ctx))
    .filter((u) => (counts.get(`${u.id}:${week.monday}`) ?? 0) < u.quota)
    .map((u) => {
      const n = counts.get(`${u.id}:${week.monday}`) ?? 0;
      return {
        key: `info.quota:${u.id}:${week.monday}`,
        unitId: u.id,
        title: `政务信息周报送任务提醒：本周（${week.monday.slice(5)} 至 ${week.sunday.slice(5)}）尚未完成`,
        body: `${u.fullName}本周应报送政务信息 ${u.quota} 条，已报送 ${n} 条。今天是本周最后一个工作日，请及时报送。`,
        link: '/admin/info/mine',
        category: 'info',
      };
    });
}
