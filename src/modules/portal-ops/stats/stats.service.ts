// Use cases of the visit statistics (访问统计): views and unique visitors per day for the site, a
// column or an article, the daily average, and the most read articles and columns.
import { requirePermission } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { addDays, chinaDayOf, daysBetween } from '../freshness/freshness.rules.ts';
import type { StatScope } from '../portal-ops.table.ts';
import {
  articleTitles,
  columnNames,
  type DayCount,
  dailySeries,
  purgeBefore,
  topTargets,
} from './stats.repository.ts';

const MAX_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface StatsQuery {
  from?: string;
  to?: string;
  columnId?: string;
  articleId?: string;
}

export interface StatsView {
  from: string;
  to: string;
  days: number;
  scope: StatScope;
  target: { id: string; name: string } | null;
  series: DayCount[];
  totals: { views: number; visitors: number };
  /**
   * Per whole day (日均), rounded: over the period's days that are over — today, still being
   * counted, and days to come are left out unless nothing else is left. Visitors are counted per
   * day, so their sum is 访客人次.
   */
  dailyAverage: { views: number; visitors: number };
  /** How many days the average is taken over. */
  averageDays: number;
  /** Today, when the period includes it: its figures so far, drawn as such (截至 asOf). */
  partialDay: string | null;
  asOf: string;
  topArticles: Array<{ id: string; title: string; columnName: string; views: number; visitors: number }>;
  topColumns: Array<{ id: string; name: string; views: number; visitors: number }>;
}

const bad = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field, message }] });

function period(ctx: Ctx, q: StatsQuery): { from: string; to: string; days: number } {
  const today = chinaDayOf(ctx.now);
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -29);
  if (!DAY.test(from) || Number.isNaN(Date.parse(from))) throw bad('from', '开始日期应为 YYYY-MM-DD');
  if (!DAY.test(to) || Number.isNaN(Date.parse(to))) throw bad('to', '结束日期应为 YYYY-MM-DD');
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw bad('from', '开始日期不能晚于结束日期');
  if (days > MAX_DAYS) throw bad('from', `统计区间最长 ${MAX_DAYS} 天`);
  return { from, to, days };
}

/** The days an average is taken over: those that are over, else (a period of today) today so far. */
function averageBase(series: DayCount[], today: string): DayCount[] {
  const over = series.filter((d) => d.day < today);
  return over.length ? over : series.filter((d) => d.day === today);
}

/** Fills the days without a row with zeros, so charts show gaps as 0. */
function fill(rows: DayCount[], from: string, days: number): DayCount[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(from, i);
    return byDay.get(day) ?? { day, views: 0, visitors: 0 };
  });
}

export async function getStats(ctx: Ctx, q: StatsQuery = {}): Promise<StatsView> {
  requirePermission(ctx.actor, 'portal:stats');
  const { from, to, days } = period(ctx, q);
  let scope: StatScope = 'site';
  let target: StatsView['target'] = null;
  if (q.articleId) {
    const a = (await articleTitles(ctx.db, [q.articleId])).get(q.articleId);
    if (!a) throw notFound('ARTICLE_NOT_FOUND', '稿件不存在');
    scope = 'article';
    target = { id: q.articleId, name: a.title };
  } else if (q.columnId) {
    const c = (await columnNames(ctx.db, [q.columnId])).get(q.columnId);
    if (!c) throw notFound('COLUMN_NOT_FOUND', '栏目不存在');
    scope = 'column';
    target = { id: q.columnId, name: c.name };
  }
  const series = fill(await dailySeries(ctx.db, scope, target?.id ?? '', from, to), from, days);
  const totals = series.reduce((t, d) => ({ views: t.views + d.views, visitors: t.visitors + d.visitors }), {
    views: 0,
    visitors: 0,
  });
  const topA = await topTargets(ctx.db, 'article', from, to, 10);
  const titles = await articleTitles(
    ctx.db,
    topA.map((t) => t.targetId),
  );
  const topC = await topTargets(ctx.db, 'column', from, to, 10);
  const names = await columnNames(
    ctx.db,
    topC.map((t) => t.targetId),
  );
  const today = chinaDayOf(ctx.now);
  const base = averageBase(series, today);
  const per = (key: 'views' | 'visitors') =>
    base.length ? Math.round(base.reduce((n, d) => n + d[key], 0) / base.length) : 0;
  return {
    from,
    to,
    days,
    scope,
    target,
    series,
    totals,
    dailyAverage: { views: per('views'), visitors: per('visitors') },
    averageDays: base.length,
    partialDay: from <= today && today <= to ? today : null,
    asOf: ctx.now.toISOString(),
    topArticles: topA
      .filter((t) => titles.has(t.targetId))
      .map((t) => ({
        id: t.targetId,
        title: titles.get(t.targetId)!.title,
        columnName: titles.get(t.targetId)!.columnName,
        views: t.views,
        visitors: t.visitors,
      })),
    topColumns: topC
      .filter((t) => names.has(t.targetId))
      .map((t) => ({
        id: t.targetId,
        name: names.get(t.targetId)!.name,
        views: t.views,
        visitors: t.visitors,
      })),
  };
}

/** Deletes the visitor marks and salts of past days (the hourly job). */
export async function purgeVisitorMarks(ctx: Ctx): Promise<{ marks: number; salts: number }> {
  return purgeBefore(ctx.db, chinaDayOf(ctx.now));
}
