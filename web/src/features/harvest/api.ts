// 林木采伐: the shapes the workbench reads from /api/harvest.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const HARVEST_KEY = ['harvest'] as const;

export interface Region {
  code: string;
  name: string;
  counties: Array<{ code: string; name: string }>;
}

export function useRegions() {
  return useQuery({
    queryKey: [...HARVEST_KEY, 'regions'],
    queryFn: async () => (await api.get<{ items: Region[] }>('/api/harvest/regions')).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const FOREST_CATEGORIES = [
  { value: 'commercial', label: '商品林' },
  { value: 'public_welfare', label: '公益林' },
];

export const HARVEST_TYPES = [
  { value: 'final', label: '主伐' },
  { value: 'tending', label: '抚育采伐' },
  { value: 'renewal', label: '更新采伐' },
  { value: 'upgrading', label: '低质低效林改造' },
  { value: 'other', label: '其他采伐' },
];

export interface Quota {
  id: string;
  countyCode: string;
  countyName: string;
  cityCode: string;
  cityName: string;
  period: string;
  year: number;
  forestCategory: string;
  forestCategoryLabel: string;
  harvestType: string;
  harvestTypeLabel: string;
  allocated: number;
  consumed: number;
  remaining: number;
  updatedAt: string;
}

export interface QuotaDetail extends Quota {
  ledger: { allocated: number; consumed: number; remaining: number; entries: number; consistent: boolean };
}

export interface LedgerEntry {
  id: string;
  kind: string;
  kindLabel: string;
  amount: number;
  remainingAfter: number;
  caseId: string | null;
  receiptCode: string | null;
  permitId: string | null;
  basis: string | null;
  actorName: string;
  at: string;
}

export interface CityTotals {
  year: number;
  items: Array<{
    cityCode: string;
    cityName: string;
    allocated: number;
    consumed: number;
    remaining: number;
  }>;
  total: { allocated: number; consumed: number; remaining: number };
}

export interface Permit {
  id: string;
  caseId: string;
  receiptCode: string;
  holderKind: 'citizen' | 'org';
  holderName: string;
  publicHolderName: string;
  countyCode: string;
  countyName: string;
  location: string;
  forestCategory: string;
  forestCategoryLabel: string;
  harvestTypeLabel: string;
  species: string;
  areaMu: number;
  stockVolume: number;
  periodFrom: string;
  periodTo: string;
  status: 'approved' | 'issued' | 'revoked';
  validity: 'pending' | 'valid' | 'expired' | 'revoked';
  validityLabel: string;
  number: string | null;
  approvedAt: string;
  issuedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  releasedVolume: number | null;
  downloadUrl: string | null;
}

export interface PermitDetail extends Permit {
  movements: LedgerEntry[];
}

export interface TransportPermit {
  id: string;
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
  issuer: string;
  shipper: string;
  origin: string;
  destination: string;
  species: string;
  assortment: string;
  volume: number;
  pieces: number | null;
  vehicle: string | null;
  note: string | null;
  sourceName: string | null;
  importedAt: string;
}

export interface ImportReport {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  imported: boolean;
  errors: Array<{ line: number; field: string; message: string }>;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** 1234.5 → '1,234.5' (m³ in tables). */
export const m3 = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
