// Use cases of the freshness monitor (栏目更新监测): every column's last update against its rule,
// the site's health against the national vetoes, and the reminders (提醒) and chase-ups (催办) the
// deadline sweeper sends to the responsible units, each once per overdue period.
import { inScope } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Reminder } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { entryPagePath } from '../../../site/index.ts';
import { requireFreshnessReader } from '../portal-ops.policy.ts';
import { CHASE_EVERY_DAYS, LONG_STALE_DAYS, REMINDER_LEAD_DAYS } from '../portal-ops.settings.ts';
import { listColumnsForFreshness, liveActivityByColumn } from './freshness.repository.ts';
import {
  type CheckStatus,
  type ColumnFreshness,
  chinaDayOf,
  columnFreshness,
  type FreshnessSettings,
  type FreshnessStatus,
  type HealthCheck,
  type SiteHealth,
  siteHealth,
} from './freshness.rules.ts';

export const FRESHNESS_STATUS_LABELS: Record<FreshnessStatus, string> = {
  ok: '正常',
  'due-soon': '即将到期',
  overdue: '已逾期',
  empty: '空白栏目',
  'no-rule': '无更新要求',
  unmonitored: '不监测',
};

export interface Freshness {
  columns: ColumnFreshness[];
  health: SiteHealth;
}

async function freshnessSettings(ctx: Ctx): Promise<FreshnessSettings> {
  return {
    leadDays: await getSetting(ctx, REMINDER_LEAD_DAYS),
    longStaleDays: await getSetting(ctx, LONG_STALE_DAYS),
  };
}

/** The freshness of the whole site now (no authorization: the callers check). */
export async function computeFreshness(ctx: Ctx): Promise<Freshness> {
  const settings = await freshnessSettings(ctx);
  const today = chinaDayOf(ctx.now);
  const listed = await listColumnsForFreshness(ctx.db);
  const columns = columnFreshness(
    listed.map((c) => (c.kind === 'module' ? { ...c, modulePage: entryPagePath(c.target) !== null } : c)),
    await liveActivityByColumn(ctx.db),
    today,
    settings,
  );
  return { columns, health: siteHealth(columns, today, settings) };
}

// ---- views ----

export interface ColumnFreshnessView {
  id: string;
  code: string;
  name: string;
  level: number;
  parentId: string | null;
  kind: string;
  category: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  updateDays: number | null;
  liveArticles: number;
  lastUpdate: string | null;
  lastUpdateDay: string | null;
  daysSinceUpdate: number | null;
  dueDay: string | null;
  daysToDue: number | null;
  daysOverdue: number;
  status: FreshnessStatus;
  statusLabel: string;
}

export interface HealthView {
  today: string;
  verdict: CheckStatus;
  home: { lastUpdate: string | null; lastUpdateDay: string | null; daysSinceUpdate: number | null };
  checks: HealthCheck[];
  totals: SiteHealth['totals'];
}

function presentColumn(c: ColumnFreshness): ColumnFreshnessView {
  return {
    ...c,
    lastUpdate: c.lastUpdate?.toISOString() ?? null,
    statusLabel: FRESHNESS_STATUS_LABELS[c.status],
  };
}

function presentHealth(h: SiteHealth): HealthView {
  return { ...h, home: { ...h.home, lastUpdate: h.home.lastUpdate?.toISOString() ?? null } };
}

export interface FreshnessQuery {
  unitId?: string;
  status?: FreshnessStatus[];
  /** Include columns that are not monitored (parents, links, module pages). */
  all?: boolean;
}

/**
 * The dashboard: the site's health and the columns. Editors without portal:freshness see the
 * columns of their portal:edit scope (the site's verdict is shown to them as well).
 */
export async function getFreshness(
  ctx: Ctx,
  query: FreshnessQuery = {},
): Promise<{
  health: HealthView;
  columns: ColumnFreshnessView[];
  units: Array<{ id: string; name: string }>;
}> {
  const scope = requireFreshnessReader(ctx);
  const { columns, health } = await computeFreshness(ctx);
  const mine = columns.filter((c) =>
    inScope(ctx.actor, scope, { unitId: c.responsibleUnitId, unitPath: c.responsibleUnitPath }),
  );
  const unitMap = new Map<string, string>();
  for (const c of mine)
    if (c.status !== 'unmonitored') unitMap.set(c.responsibleUnitId, c.responsibleUnitName);
  const shown = mine.filter(
    (c) =>
      (query.all || c.status !== 'unmonitored') &&
      (!query.unitId || c.responsibleUnitId === query.unitId) &&
      (!query.status?.length || query.status.includes(c.status)),
  );
  return {
    health: presentHealth(health),
    columns: shown.map(presentColumn),
    units: [...unitMap]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
  };
}

/** The home card: the verdict and each check's status and count. */
export async function getHealthSummary(ctx: Ctx): Promise<HealthView> {
  requireFreshnessReader(ctx);
  return presentHealth((await computeFreshness(ctx)).health);
}

// ---- reminders ----

const LINK = '/admin/portal-ops/freshness';

/**
 * What the sweeper should send now: a reminder `leadDays` before a column's due day and a chase-up
 * on the first overdue day, then every `chaseEveryDays`. The due day is in the key, so a new
 * article (a new due day) starts a new period and nothing is sent twice within one.
 */
export async function collectFreshnessReminders(ctx: Ctx): Promise<Reminder[]> {
  const { columns } = await computeFreshness(ctx);
  const lead = await getSetting(ctx, REMINDER_LEAD_DAYS);
  const every = await getSetting(ctx, CHASE_EVERY_DAYS);
  const out: Reminder[] = [];
  for (const c of columns) {
    if (!c.dueDay || c.daysToDue === null || !c.updateDays) continue;
    const last = c.lastUpdateDay ? `最近一次更新为 ${c.lastUpdateDay}` : '至今没有内容';
    const link = `${LINK}?column=${c.id}`;
    if (c.daysToDue >= 0 && c.daysToDue <= lead) {
      out.push({
        key: `portal-fresh:${c.id}:${c.dueDay}:soon`,
        unitId: c.responsibleUnitId,
        title: `栏目“${c.name}”将于 ${c.dueDay} 到期，请及时更新`,
        body: `按更新要求（每 ${c.updateDays} 天至少更新一次），贵单位负责的栏目“${c.name}”${last}，请于 ${c.dueDay} 前发布新内容。`,
        link,
        category: 'portal',
      });
    } else if (c.daysOverdue > 0) {
      const round = every > 0 ? Math.floor((c.daysOverdue - 1) / every) : 0;
      out.push({
        key: `portal-fresh:${c.id}:${c.dueDay}:overdue:${round}`,
        unitId: c.responsibleUnitId,
        title: `催办：栏目“${c.name}”已逾期 ${c.daysOverdue} 天未更新`,
        body: `贵单位负责的栏目“${c.name}”应每 ${c.updateDays} 天至少更新一次，${last}，已于 ${c.dueDay} 到期。请尽快发布新内容；动态类栏目 2 周、通知公告类 6 个月未更新将影响网站检查结果。`,
        link,
        category: 'portal',
      });
    }
  }
  return out;
}
