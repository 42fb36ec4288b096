// The freshness rules, pure: from the column tree, each column's last update and today's date to
// every column's status and the site's health against the national veto thresholds (单项否决,
// DOMAIN §6) and the department's own rule (seed: each unit updates its columns at least monthly).
// Days are China days (Asia/Shanghai); "not updated in N days" means no update in the N days before
// today, so an update exactly N days ago still counts.
import type { ColumnCategory, ColumnKind } from '../../portal/index.ts';

// DOMAIN §6 (H): statutory figures of the national inspection, not settings.
export const HOME_STALE_DAYS = 14;
export const NEWS_STALE_DAYS = 14;
export const NOTICE_STALE_MONTHS = 6;
export const NEWS_VETO_COUNT = 5;
export const NOTICE_VETO_COUNT = 5;
export const LONG_STALE_VETO_COUNT = 10;
export const EMPTY_VETO_COUNT = 5;

export interface ColumnInput {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: number;
  kind: ColumnKind;
  category: ColumnCategory;
  updateDays: number | null;
  visible: boolean;
  responsibleUnitId: string;
  responsibleUnitName: string;
  /** The unit's materialized path (for "unit and below" scopes); the rules do not use it. */
  responsibleUnitPath?: string;
  createdAt: Date;
  /**
   * For a module column (kind 'module'): whether its module has a public page the column leads to.
   * Without one (the module is not built yet) the public sees the column's own article list, so it
   * is judged as one — empty when it shows nothing.
   */
  modulePage?: boolean;
}

export interface ColumnActivityInput {
  live: number;
  /** The newest first publication among the column's live articles (a list column's update). */
  lastNew: Date | null;
  /** The newest publication or revision among them (a single page's update). */
  lastChange: Date | null;
}

// ok 正常 / due-soon 即将到期 / overdue 已逾期 / empty 空白栏目 / no-rule 无更新要求 / unmonitored 不监测
export type FreshnessStatus = 'ok' | 'due-soon' | 'overdue' | 'empty' | 'no-rule' | 'unmonitored';

export interface ColumnFreshness {
  id: string;
  code: string;
  name: string;
  level: number;
  parentId: string | null;
  kind: ColumnKind;
  category: ColumnCategory;
  responsibleUnitId: string;
  responsibleUnitName: string;
  responsibleUnitPath?: string;
  updateDays: number | null;
  liveArticles: number;
  /** The instant of the last update, or null when the column never had content. */
  lastUpdate: Date | null;
  lastUpdateDay: string | null;
  daysSinceUpdate: number | null;
  /** The last day the rule is still met (last update + rule); null without a rule. */
  dueDay: string | null;
  /** Days until dueDay (0 = due today); negative when overdue. */
  daysToDue: number | null;
  daysOverdue: number;
  status: FreshnessStatus;
}

export type CheckStatus = 'pass' | 'warning' | 'fail';

export interface Offender {
  columnId: string;
  code: string;
  name: string;
  responsibleUnitId: string;
  responsibleUnitName: string;
  lastUpdateDay: string | null;
  daysSinceUpdate: number | null;
}

export interface HealthCheck {
  key: 'home' | 'news' | 'notice' | 'longStale' | 'empty' | 'monthly';
  label: string;
  /** The rule in words, as the inspection states it. */
  rule: string;
  /** A national veto (单项否决) or the department's own rule. */
  national: boolean;
  status: CheckStatus;
  /** Offending columns (home: days since the last update). */
  count: number;
  /** The count at which the check fails. */
  threshold: number;
  offenders: Offender[];
  /** Columns that will offend within the reminder lead days. */
  soon: Offender[];
  /** A sentence for the dashboard. */
  summary: string;
}

export interface SiteHealth {
  today: string;
  /** The worst of the national checks: fail means an inspection today would fail the site. */
  verdict: CheckStatus;
  home: { lastUpdate: Date | null; lastUpdateDay: string | null; daysSinceUpdate: number | null };
  checks: HealthCheck[];
  totals: Record<FreshnessStatus, number> & { monitored: number };
}

export interface FreshnessSettings {
  leadDays: number;
  longStaleDays: number;
}

// ---- China days ----

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function chinaDayOf(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return new Date(utc(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** The same day n months earlier (the month's last day when it has fewer days). */
export function monthsBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

// ---- per column ----

/** Whether the public sees the column: it and every column above it are visible. */
function visibility(columns: ColumnInput[]): Map<string, boolean> {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const out = new Map<string, boolean>();
  const visible = (c: ColumnInput, depth = 0): boolean => {
    const known = out.get(c.id);
    if (known !== undefined) return known;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const v = c.visible && (!parent || depth > 5 || visible(parent, depth + 1));
    out.set(c.id, v);
    return v;
  };
  for (const c of columns) visible(c);
  return out;
}

/** Every column's freshness on `today`. */
export function columnFreshness(
  columns: ColumnInput[],
  activity: Map<string, ColumnActivityInput>,
  today: string,
  settings: FreshnessSettings,
): ColumnFreshness[] {
  const parents = new Set(columns.map((c) => c.parentId).filter((p): p is string => Boolean(p)));
  const shown = visibility(columns);
  return columns.map((c) => {
    const a = activity.get(c.id) ?? { live: 0, lastNew: null, lastChange: null };
    // Columns that hold content of their own: leaf article lists and single pages the public sees,
    // and module columns that show an article list because their module has no page yet.
    const kind = c.kind === 'module' && !c.modulePage ? 'list' : c.kind;
    const holdsContent =
      shown.get(c.id) === true && ((kind === 'list' && !parents.has(c.id)) || kind === 'page');
    const lastUpdate = a.live > 0 ? (c.kind === 'page' ? a.lastChange : a.lastNew) : null;
    const lastUpdateDay = lastUpdate ? chinaDayOf(lastUpdate) : null;
    const daysSinceUpdate = lastUpdateDay ? daysBetween(lastUpdateDay, today) : null;
    const rule = holdsContent ? c.updateDays : null;
    const dueDay = rule ? addDays(lastUpdateDay ?? chinaDayOf(c.createdAt), rule) : null;
    const daysToDue = dueDay ? daysBetween(today, dueDay) : null;
    const daysOverdue = daysToDue !== null && daysToDue < 0 ? -daysToDue : 0;
    let status: FreshnessStatus;
    if (!holdsContent) status = 'unmonitored';
    else if (a.live === 0) status = 'empty';
    else if (!rule) status = 'no-rule';
    else if (daysOverdue > 0) status = 'overdue';
    else if (daysToDue !== null && daysToDue <= settings.leadDays) status = 'due-soon';
    else status = 'ok';
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      level: c.level,
      parentId: c.parentId,
      kind: c.kind,
      category: c.category,
      responsibleUnitId: c.responsibleUnitId,
      responsibleUnitName: c.responsibleUnitName,
      responsibleUnitPath: c.responsibleUnitPath,
      updateDays: rule,
      liveArticles: a.live,
      lastUpdate,
      lastUpdateDay,
      daysSinceUpdate,
      dueDay,
      daysToDue,
      daysOverdue,
      status,
    };
  });
}

// ---- the site ----

const offender = (c: ColumnFreshness): Offender => ({
  columnId: c.id,
  code: c.code,
  name: c.name,
  responsibleUnitId: c.responsibleUnitId,
  responsibleUnitName: c.responsibleUnitName,
  lastUpdateDay: c.lastUpdateDay,
  daysSinceUpdate: c.daysSinceUpdate,
});

const byStaleness = (a: Offender, b: Offender) =>
  (b.daysSinceUpdate ?? Number.POSITIVE_INFINITY) - (a.daysSinceUpdate ?? Number.POSITIVE_INFINITY) ||
  a.code.localeCompare(b.code);

/** Fails at `threshold` offenders; warns below it when any column offends or will soon reach it. */
function countCheck(
  base: Pick<HealthCheck, 'key' | 'label' | 'rule' | 'national'>,
  offenders: ColumnFreshness[],
  soon: ColumnFreshness[],
  threshold: number,
  noun: string,
): HealthCheck {
  const count = offenders.length;
  const status: CheckStatus =
    count >= threshold ? 'fail' : count > 0 || count + soon.length >= threshold ? 'warning' : 'pass';
  const summary =
    status === 'fail'
      ? `${count} 个${noun}，达到否决线（${threshold} 个）`
      : count > 0
        ? `${count} 个${noun}，否决线为 ${threshold} 个${soon.length ? `；另有 ${soon.length} 个即将达到` : ''}`
        : soon.length
          ? `暂无；${soon.length} 个栏目即将达到此情形`
          : '无';
  return {
    ...base,
    status,
    count,
    threshold,
    offenders: offenders.map(offender).sort(byStaleness),
    soon: soon.map(offender).sort(byStaleness),
    summary,
  };
}

const worst = (list: CheckStatus[]): CheckStatus =>
  list.includes('fail') ? 'fail' : list.includes('warning') ? 'warning' : 'pass';

export function siteHealth(
  columns: ColumnFreshness[],
  today: string,
  settings: FreshnessSettings,
): SiteHealth {
  const lead = settings.leadDays;
  const content = columns.filter((c) => c.status !== 'unmonitored');
  const withContent = content.filter((c) => c.status !== 'empty');

  // 首页: the newest first publication anywhere on the public site.
  let homeLast: Date | null = null;
  for (const c of withContent)
    if (c.kind === 'list' && c.lastUpdate && (!homeLast || c.lastUpdate > homeLast)) homeLast = c.lastUpdate;
  const homeDay = homeLast ? chinaDayOf(homeLast) : null;
  const homeSince = homeDay ? daysBetween(homeDay, today) : null;
  const homeToDue = homeSince === null ? -1 : HOME_STALE_DAYS - homeSince;
  const homeStatus: CheckStatus = homeToDue < 0 ? 'fail' : homeToDue <= lead ? 'warning' : 'pass';
  const home: HealthCheck = {
    key: 'home',
    label: '首页更新',
    rule: `首页连续 ${HOME_STALE_DAYS} 天（2 周）无更新即单项否决`,
    national: true,
    status: homeStatus,
    count: homeSince ?? 0,
    threshold: HOME_STALE_DAYS + 1,
    offenders: [],
    soon: [],
    summary:
      homeSince === null
        ? '首页从未更新'
        : homeStatus === 'fail'
          ? `首页已 ${homeSince} 天未更新`
          : `最近更新于 ${homeDay}（${homeSince} 天前）${homeStatus === 'warning' ? `，${homeToDue} 天后将超过 2 周` : ''}`,
  };

  // 动态、要闻类: not updated in the 2 weeks before today.
  const news = withContent.filter((c) => c.category === 'news' && c.kind === 'list');
  const newsStale = news.filter((c) => (c.daysSinceUpdate ?? 0) > NEWS_STALE_DAYS);
  const newsSoon = news.filter((c) => {
    const left = NEWS_STALE_DAYS - (c.daysSinceUpdate ?? 0);
    return left >= 0 && left <= lead;
  });

  // 通知公告、政策文件类: not updated in the 6 months before today.
  const cutoff = monthsBefore(today, NOTICE_STALE_MONTHS);
  const cutoffSoon = monthsBefore(addDays(today, lead), NOTICE_STALE_MONTHS);
  const notices = withContent.filter((c) => c.category === 'notice' || c.category === 'policy');
  const noticeStale = notices.filter((c) => c.lastUpdateDay! < cutoff);
  const noticeSoon = notices.filter((c) => c.lastUpdateDay! >= cutoff && c.lastUpdateDay! < cutoffSoon);

  // 长期未更新: columns that should be updated (have a rule) and were not for longStaleDays.
  const ruled = withContent.filter((c) => c.updateDays !== null);
  const longStale = ruled.filter((c) => (c.daysSinceUpdate ?? 0) > settings.longStaleDays);
  const longSoon = ruled.filter((c) => {
    const left = settings.longStaleDays - (c.daysSinceUpdate ?? 0);
    return left >= 0 && left <= lead;
  });

  // 空白栏目: a column the public sees with nothing in it.
  const empty = content.filter((c) => c.status === 'empty');

  // The department's own rule (seed): every column updated within its rule (default monthly).
  const overdue = content.filter((c) => c.updateDays !== null && c.daysOverdue > 0);
  const dueSoon = content.filter((c) => c.status === 'due-soon');

  const checks: HealthCheck[] = [
    home,
    countCheck(
      {
        key: 'news',
        label: '动态、要闻类栏目',
        rule: `监测前 2 周内未更新的动态、要闻类栏目达到 ${NEWS_VETO_COUNT} 个即单项否决`,
        national: true,
      },
      newsStale,
      newsSoon,
      NEWS_VETO_COUNT,
      '动态要闻类栏目 2 周未更新',
    ),
    countCheck(
      {
        key: 'notice',
        label: '通知公告、政策文件类栏目',
        rule: `监测前 6 个月内未更新的通知公告、政策文件类栏目达到 ${NOTICE_VETO_COUNT} 个即单项否决`,
        national: true,
      },
      noticeStale,
      noticeSoon,
      NOTICE_VETO_COUNT,
      '通知公告政策文件类栏目 6 个月未更新',
    ),
    countCheck(
      {
        key: 'longStale',
        label: '长期未更新栏目',
        rule: `应更新但超过 ${settings.longStaleDays} 天未更新的栏目达到 ${LONG_STALE_VETO_COUNT} 个即单项否决`,
        national: true,
      },
      longStale,
      longSoon,
      LONG_STALE_VETO_COUNT,
      `栏目超过 ${settings.longStaleDays} 天未更新`,
    ),
    countCheck(
      {
        key: 'empty',
        label: '空白栏目',
        rule: `有栏目无内容的空白栏目达到 ${EMPTY_VETO_COUNT} 个即单项否决`,
        national: true,
      },
      empty,
      [],
      EMPTY_VETO_COUNT,
      '空白栏目',
    ),
    {
      key: 'monthly',
      label: '栏目按期更新（厅规定）',
      rule: '各单位负责的栏目按各自更新要求更新，默认每月至少一次（动态类每 2 周）',
      national: false,
      status: overdue.length ? 'fail' : dueSoon.length ? 'warning' : 'pass',
      count: overdue.length,
      threshold: 1,
      offenders: overdue.map(offender).sort(byStaleness),
      soon: dueSoon.map(offender).sort(byStaleness),
      summary: overdue.length
        ? `${overdue.length} 个栏目逾期未更新${dueSoon.length ? `，${dueSoon.length} 个即将到期` : ''}`
        : dueSoon.length
          ? `${dueSoon.length} 个栏目即将到期`
          : '全部按期更新',
    },
  ];

  const totals = { ok: 0, 'due-soon': 0, overdue: 0, empty: 0, 'no-rule': 0, unmonitored: 0, monitored: 0 };
  for (const c of columns) {
    totals[c.status]++;
    if (c.status !== 'unmonitored') totals.monitored++;
  }
  return {
    today,
    verdict: worst(checks.filter((c) => c.national).map((c) => c.status)),
    home: { lastUpdate: homeLast, lastUpdateDay: homeDay, daysSinceUpdate: homeSince },
    checks,
    totals,
  };
}
