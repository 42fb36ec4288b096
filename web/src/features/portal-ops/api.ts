// The portal operations' workbench API (/api/portal-ops/...): freshness, links, statistics, feeds, board.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

// ---- freshness ----

export type FreshnessStatus = 'ok' | 'due-soon' | 'overdue' | 'empty' | 'no-rule' | 'unmonitored';
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
  rule: string;
  national: boolean;
  status: CheckStatus;
  count: number;
  threshold: number;
  offenders: Offender[];
  soon: Offender[];
  summary: string;
}

export interface Health {
  today: string;
  verdict: CheckStatus;
  home: { lastUpdate: string | null; lastUpdateDay: string | null; daysSinceUpdate: number | null };
  checks: HealthCheck[];
  totals: Record<string, number>;
}

export interface ColumnFreshness {
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

export interface FreshnessReply {
  health: Health;
  columns: ColumnFreshness[];
  units: Array<{ id: string; name: string }>;
}

export const FRESHNESS_STATUS: Record<FreshnessStatus, { label: string; color: string }> = {
  ok: { label: '正常', color: 'green' },
  'due-soon': { label: '即将到期', color: 'gold' },
  overdue: { label: '已逾期', color: 'red' },
  empty: { label: '空白栏目', color: 'volcano' },
  'no-rule': { label: '无更新要求', color: 'default' },
  unmonitored: { label: '不监测', color: 'default' },
};

export const CHECK_STATUS: Record<CheckStatus, { label: string; color: string }> = {
  pass: { label: '达标', color: 'success' },
  warning: { label: '预警', color: 'warning' },
  fail: { label: '不达标', color: 'error' },
};

export function useFreshness(query: { unitId?: string; status?: string }) {
  return useQuery({
    queryKey: ['portal-ops', 'freshness', query],
    queryFn: () =>
      api.get<FreshnessReply>('/api/portal-ops/freshness', { unitId: query.unitId, status: query.status }),
    placeholderData: (prev) => prev,
  });
}

export function useHealth(enabled = true) {
  return useQuery({
    queryKey: ['portal-ops', 'health'],
    queryFn: () => api.get<Health>('/api/portal-ops/health'),
    enabled,
  });
}

// ---- links ----

export interface LinkRun {
  id: string;
  trigger: string;
  startedAt: string;
  finishedAt: string | null;
  running: boolean;
  articles: number;
  links: number;
  checked: number;
  broken: number;
  error: string | null;
}

export interface LinkResult {
  id: string;
  url: string;
  display: string;
  status: string;
  statusLabel: string;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
  checkedAt: string | null;
  failingSince: string | null;
  articles: Array<{
    id: string;
    title: string;
    columnName: string;
    kind: string;
    kindLabel: string;
    label: string | null;
  }>;
}

export const LINK_STATUS_COLORS: Record<string, string> = {
  ok: 'green',
  broken: 'red',
  timeout: 'orange',
  error: 'volcano',
  skipped: 'default',
  pending: 'default',
};

// ---- statistics ----

export interface Stats {
  from: string;
  to: string;
  days: number;
  scope: string;
  target: { id: string; name: string } | null;
  series: Array<{ day: string; views: number; visitors: number }>;
  totals: { views: number; visitors: number };
  dailyAverage: { views: number; visitors: number };
  topArticles: Array<{ id: string; title: string; columnName: string; views: number; visitors: number }>;
  topColumns: Array<{ id: string; name: string; views: number; visitors: number }>;
}

// ---- feeds ----

export interface Feed {
  id: string;
  columnId: string;
  columnName: string;
  name: string;
  url: string;
  intervalMinutes: number;
  enabled: boolean;
  lastFetchedAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  lastNew: number;
}

export interface FeedItem {
  id: string;
  status: string;
  statusLabel: string;
  title: string;
  url: string;
  publishedAt: string | null;
  fetchedAt: string;
  feedId: string;
  feedName: string;
  columnId: string;
  columnName: string;
  articleId: string | null;
  articleStatus: string | null;
  duplicateOf: string | null;
}

export interface ImportResult {
  status: string;
  entries: number;
  imported: number;
  duplicates: number;
  error: string | null;
}

// ---- board ----

export interface BoardPost {
  id: string;
  kind: 'supply' | 'demand';
  kindLabel: string;
  product: string;
  quantity: string;
  unit: string;
  regionCode: string;
  regionName: string;
  validUntil: string;
  description: string;
  authorName: string;
  authorKind: string;
  publishedAt: string | null;
  contact: { name: string; phone: string } | null;
  status: string;
  statusLabel: string;
  expired: boolean;
  moderatedByName: string | null;
  moderatedAt: string | null;
  moderationNote: string | null;
  createdAt: string;
}

export interface BoardPage extends Page<BoardPost> {
  counts: Record<string, number>;
  openReports: number;
}

export interface BoardReport {
  id: string;
  postId: string;
  postProduct: string;
  postKindLabel: string;
  postStatus: string;
  reason: string;
  detail: string;
  anonymous: boolean;
  status: string;
  statusLabel: string;
  handledByName: string | null;
  handledAt: string | null;
  note: string | null;
  createdAt: string;
}
