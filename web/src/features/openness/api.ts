// Government openness' workbench API (/api/openness/...): the catalogue, its categories, the guide.
import { useQuery } from '@tanstack/react-query';
import { api, type Reply } from '../../api/client.ts';

export const OPENNESS_KEY = ['openness'];

export type Category = Reply<'/api/openness/categories'>[number];
export type EntryPage = Reply<'/api/openness/entries'>;
export type EntryItem = EntryPage['items'][number];
export type Entry = Reply<'/api/openness/entries/{id}'>;
export type Vocab = Reply<'/api/openness/vocab'>;
export type GuideReply = Reply<'/api/openness/guide'>;
export type Guide = NonNullable<GuideReply['current']>;

export const VALIDITY_COLORS: Record<EntryItem['validity'], string> = {
  in_force: 'green',
  amended: 'gold',
  repealed: 'red',
};

export function useCategories() {
  return useQuery({
    queryKey: [...OPENNESS_KEY, 'categories'],
    queryFn: () => api.get('/api/openness/categories'),
  });
}

export function useVocab() {
  return useQuery({ queryKey: [...OPENNESS_KEY, 'vocab'], queryFn: () => api.get('/api/openness/vocab') });
}

export function useGuide() {
  return useQuery({ queryKey: [...OPENNESS_KEY, 'guide'], queryFn: () => api.get('/api/openness/guide') });
}

// ---- applications for disclosure (依申请公开) ----

export type ApplicationList = Reply<'/api/openness/applications'>;
export type ApplicationItem = ApplicationList['items'][number];
export type Application = Reply<'/api/openness/applications/{id}'>;
export type ApplicationVocab = Reply<'/api/openness/applications/vocab'>;

export const APPLICATION_STATUS_COLORS: Record<ApplicationItem['status'], string> = {
  received: 'blue',
  supplement: 'gold',
  processing: 'processing',
  consulting: 'purple',
  answered: 'green',
  abandoned: 'default',
};

export function useApplicationVocab() {
  return useQuery({
    queryKey: [...OPENNESS_KEY, 'applications', 'vocab'],
    queryFn: () => api.get('/api/openness/applications/vocab'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
