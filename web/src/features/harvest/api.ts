// 林木采伐: the shapes the workbench reads from /api/harvest.
import { useQuery } from '@tanstack/react-query';
import { api, type Reply, type RequestBody } from '../../api/client.ts';
import type { ItemOf } from '../../api/types.ts';

export const HARVEST_KEY = ['harvest'] as const;

export function useRegions() {
  return useQuery({
    queryKey: [...HARVEST_KEY, 'regions'],
    queryFn: async () => (await api.get('/api/harvest/regions')).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const FOREST_CATEGORIES: Array<{ value: ForestCategory; label: string }> = [
  { value: 'commercial', label: '商品林' },
  { value: 'public_welfare', label: '公益林' },
];

export const HARVEST_TYPES: Array<{ value: HarvestType; label: string }> = [
  { value: 'final', label: '主伐' },
  { value: 'tending', label: '抚育采伐' },
  { value: 'renewal', label: '更新采伐' },
  { value: 'upgrading', label: '低质低效林改造' },
  { value: 'other', label: '其他采伐' },
];

// The replies' and requests' shapes, from the OpenAPI document (web/src/api/openapi.gen.ts).
export type AllocateValues = RequestBody<'/api/harvest/quotas/allocations', 'post'>;
export type ForestCategory = AllocateValues['forestCategory'];
export type HarvestType = AllocateValues['harvestType'];
export type Region = ItemOf<Reply<'/api/harvest/regions'>>;
export type Quota = ItemOf<Reply<'/api/harvest/quotas'>>;
export type QuotaDetail = Reply<'/api/harvest/quotas/{id}'>;
export type LedgerEntry = ItemOf<Reply<'/api/harvest/quotas/{id}/ledger'>>;
export type CityTotals = Reply<'/api/harvest/quotas/by-city'>;
export type Permit = ItemOf<Reply<'/api/harvest/permits'>>;
export type PermitDetail = Reply<'/api/harvest/permits/{id}'>;
export type TransportPermit = ItemOf<Reply<'/api/harvest/transport-permits'>>;
export type ImportReport = Reply<'/api/harvest/transport-permits/import', 'post'>;

/** 1234.5 → '1,234.5' (m³ in tables). */
export const m3 = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
