// The portal operations' workbench API (/api/portal-ops/...): freshness, links, statistics, feeds, board.
import { useQuery } from '@tanstack/react-query';
import { api, type Reply } from '../../api/client.ts';
import type { ItemOf } from '../../api/types.ts';

// ---- freshness ----

export type FreshnessStatus = ColumnFreshness['status'];
export type CheckStatus = Health['verdict'];

export type Offender = HealthCheck['offenders'][number];

export type HealthCheck = Health['checks'][number];

export type Health = Reply<'/api/portal-ops/health'>;

export type ColumnFreshness = FreshnessReply['columns'][number];

export type FreshnessReply = Reply<'/api/portal-ops/freshness'>;

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

export function useFreshness(query: { unitId?: string; status?: FreshnessStatus }) {
  return useQuery({
    queryKey: ['portal-ops', 'freshness', query],
    queryFn: () =>
      api.get('/api/portal-ops/freshness', {
        unitId: query.unitId,
        status: query.status ? [query.status] : undefined,
      }),
    placeholderData: (prev) => prev,
  });
}

export function useHealth(enabled = true) {
  return useQuery({
    queryKey: ['portal-ops', 'health'],
    queryFn: () => api.get('/api/portal-ops/health'),
    enabled,
  });
}

// ---- links ----

export type LinkRun = NonNullable<Reply<'/api/portal-ops/links/status'>['latest']>;

export type LinkResult = ItemOf<Reply<'/api/portal-ops/links'>>;

export const LINK_STATUS_COLORS: Record<string, string> = {
  ok: 'green',
  broken: 'red',
  timeout: 'orange',
  error: 'volcano',
  skipped: 'default',
  pending: 'default',
};

// ---- statistics ----

export type Stats = Reply<'/api/portal-ops/stats'>;

// ---- feeds ----

export type Feed = ItemOf<Reply<'/api/portal-ops/feeds'>>;

export type FeedItem = ItemOf<Reply<'/api/portal-ops/feed-items'>>;

export type ImportResult = Reply<'/api/portal-ops/feeds/{id}/fetch', 'post'>;

// ---- board ----

export type BoardPost = ItemOf<BoardPage>;

export type BoardPage = Reply<'/api/portal-ops/board/posts'>;

export type BoardReport = ItemOf<Reply<'/api/portal-ops/board/reports'>>;
