// Government information work's workbench API (/api/info/...).
import { useQuery } from '@tanstack/react-query';
import { api, type Reply } from '../../api/client.ts';

export const INFO_KEY = ['info'];

export type ItemList = Reply<'/api/info/items'>;
export type ItemListItem = ItemList['items'][number];
export type Item = Reply<'/api/info/items/{id}'>;
export type Vocab = Reply<'/api/info/vocab'>;

export const STATUS_COLORS: Record<ItemListItem['status'], string> = {
  draft: 'default',
  submitted: 'blue',
  reviewing: 'processing',
  returned: 'orange',
  adopted: 'green',
  not_adopted: 'default',
  withdrawn: 'default',
};

export const LEVEL_COLORS: Record<string, string> = {
  website: 'cyan',
  bulletin: 'blue',
  province: 'purple',
  nfga: 'magenta',
  central: 'red',
};

export function useInfoVocab() {
  return useQuery({
    queryKey: [...INFO_KEY, 'vocab'],
    queryFn: () => api.get('/api/info/vocab'),
    staleTime: 60_000,
  });
}

export function useMySummary(enabled = true) {
  return useQuery({
    queryKey: [...INFO_KEY, 'summary'],
    queryFn: () => api.get('/api/info/mine/summary'),
    enabled,
  });
}

export type BulletinList = Reply<'/api/info/bulletins'>;
export type Bulletin = Reply<'/api/info/bulletins/{id}'>;

export type EmergencyBoard = Reply<'/api/info/emergencies'>;
export type EmergencyBoardRow = EmergencyBoard['reports'][number];
export type Emergency = Reply<'/api/info/emergencies/{id}'>;

export const STANDING_COLORS: Record<EmergencyBoardRow['standing'], string> = {
  pending: 'processing',
  overdue_pending: 'error',
  on_time: 'success',
  late: 'warning',
};

export function useCounties() {
  return useQuery({
    queryKey: [...INFO_KEY, 'counties'],
    queryFn: () => api.get('/api/info/emergencies/counties'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
