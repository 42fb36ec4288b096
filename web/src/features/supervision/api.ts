// Supervision's workbench API (/api/supervision/...): the board and my tasks, an item, the vocab.
import { useQuery } from '@tanstack/react-query';
import { api, type Reply } from '../../api/client.ts';

export const SUPERVISION_KEY = ['supervision'];

export type ItemList = Reply<'/api/supervision/items'>;
export type ItemListItem = ItemList['items'][number];
export type Item = Reply<'/api/supervision/items/{id}'>;
export type Vocab = Reply<'/api/supervision/vocab'>;

export const LIGHT_COLORS: Record<ItemListItem['light'], string> = {
  red: 'red',
  yellow: 'gold',
  green: 'green',
  none: 'default',
};

export const STATUS_COLORS: Record<ItemListItem['status'], string> = {
  registered: 'default',
  handling: 'processing',
  closure_review: 'purple',
  signoff: 'magenta',
  closed: 'green',
};

export function useVocab() {
  return useQuery({
    queryKey: [...SUPERVISION_KEY, 'vocab'],
    queryFn: () => api.get('/api/supervision/vocab'),
    staleTime: 60_000,
  });
}
