// 互动交流 (public interaction): the shapes the workbench reads from /api/interaction and its hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type PathsFor, type Query, type Reply } from '../../api/client.ts';
import type { ItemOf } from '../../api/types.ts';

// The replies' shapes, from the OpenAPI document (web/src/api/openapi.gen.ts, `npm run openapi:types`).
export type LetterList = Reply<'/api/interaction/letters'>;
export type LetterListItem = ItemOf<LetterList>;
export type LetterStatus = LetterListItem['status'];
export type LetterChannel = LetterListItem['channel'];
export type LetterDetail = Reply<'/api/interaction/letters/{id}'>;
export type LetterAction = LetterDetail['actions'][number];
export type Writer = Reply<'/api/interaction/letters/{id}/writer'>;
export type RedactionPreview = Reply<'/api/interaction/letters/{id}/redaction', 'post'>;

/** The queue's tabs: which statuses (or overdue) each shows. */
export const QUEUE_TABS: Array<{
  key: string;
  label: string;
  status?: LetterStatus[];
  overdue?: boolean;
  order?: 'due' | 'newest';
}> = [
  { key: 'received', label: '待分办', status: ['received'], order: 'newest' },
  { key: 'assigned', label: '办理中', status: ['assigned'], order: 'due' },
  { key: 'review', label: '待审核', status: ['drafted', 'office_review'], order: 'due' },
  { key: 'overdue', label: '已超期', overdue: true, order: 'due' },
  { key: 'closed', label: '已办结', status: ['answered', 'rejected', 'forwarded', 'merged'] },
  { key: 'all', label: '全部' },
];

export const CHANNEL_OPTIONS: Array<{ value: LetterChannel; label: string }> = [
  { value: 'mailbox', label: '厅长信箱' },
  { value: 'report', label: '网上举报' },
  { value: 'consult', label: '专家咨询' },
  { value: 'prereview', label: '在线审核' },
];

export const STATUS_COLORS: Record<LetterStatus, string> = {
  received: 'blue',
  assigned: 'processing',
  drafted: 'gold',
  office_review: 'orange',
  answered: 'green',
  rejected: 'default',
  forwarded: 'default',
  merged: 'default',
};

const KEY = ['interaction'] as const;

export function useLetters(query: Query<'/api/interaction/letters'>) {
  return useQuery({
    queryKey: [...KEY, 'letters', query],
    queryFn: () => api.get('/api/interaction/letters', query),
    placeholderData: (prev) => prev,
  });
}

export function useLetter(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'letter', id],
    queryFn: () => api.get(apiUrl('/api/interaction/letters/{id}', { id: id as string })),
    enabled: Boolean(id),
  });
}

// The handling steps: POST /api/interaction/letters/{id}/<step>, each answered with the letter as it now stands.
type StepTemplate = Extract<PathsFor<'post'>, `/api/interaction/letters/{id}/${string}`>;
export type LetterStep = Exclude<
  StepTemplate extends `/api/interaction/letters/{id}/${infer S}` ? S : never,
  'redaction'
>;

export function useLetterStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { step: LetterStep; body: Record<string, unknown> }) =>
      api.post(
        apiUrl(`/api/interaction/letters/{id}/${v.step}` as '/api/interaction/letters/{id}/accept', { id }),
        v.body as never,
      ) as Promise<LetterDetail>,
    onSuccess: (letter) => {
      qc.setQueryData([...KEY, 'letter', id], letter);
      void qc.invalidateQueries({ queryKey: [...KEY, 'letters'] });
    },
  });
}

export function fetchWriter(id: string): Promise<Writer> {
  return api.get(apiUrl('/api/interaction/letters/{id}/writer', { id }));
}

export function fetchRedaction(id: string, body: { question?: string; answer?: string }) {
  return api.post(apiUrl('/api/interaction/letters/{id}/redaction', { id }), body);
}
