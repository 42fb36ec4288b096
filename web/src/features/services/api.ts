// 网上办事 (online services): the shapes the workbench reads from /api/services and its hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  api,
  apiUrl,
  type PathParams,
  type PathsFor,
  type Query,
  type Reply,
  type RequestBody,
} from '../../api/client.ts';
import type { ItemOf } from '../../api/types.ts';

// The replies' shapes, from the OpenAPI document (web/src/api/openapi.gen.ts, `npm run openapi:types`).
export type CaseList = Reply<'/api/services/cases'>;
export type CaseListItem = ItemOf<CaseList>;
export type CaseStage = CaseListItem['stage'];
export type CaseDetail = Reply<'/api/services/cases/{id}'>;
export type CaseAction = CaseDetail['actions'][number];
export type ClockView = NonNullable<CaseDetail['clocks']['statutory']>;
export type ServiceItem = ItemOf<Reply<'/api/services/items'>>;
export type FormDefinition = ServiceItem['form'];
export type FormField = FormDefinition['sections'][number]['fields'][number];
export type FieldOption = NonNullable<FormField['options']>[number];
export type MaterialSpec = FormDefinition['materials'][number];
export type FormVersion = ItemOf<Reply<'/api/services/items/{code}/form/versions'>>;
export type HomeSummary = Reply<'/api/services/home'>;
export type Stats = Reply<'/api/services/stats'>;
export type StatsRow = ItemOf<Stats>;
export type CounterStats = Reply<'/api/services/counter/stats'>;
export type CounterQueue = Reply<'/api/services/counter/queue'>;
export type Applicant = NonNullable<Reply<'/api/services/counter/applicants'>['applicant']>;

export const STAGES: Array<{ key: CaseStage; label: string }> = [
  { key: 'acceptance', label: '待受理' },
  { key: 'completion', label: '待补正' },
  { key: 'review', label: '审查' },
  { key: 'inspection', label: '现场核查' },
  { key: 'notice', label: '公示' },
  { key: 'issuing', label: '待发证' },
  { key: 'closed', label: '已办结' },
];

// The flow's steps: POST /api/services/cases/{id}/<step>, each answered with the case as it now stands.
type StepTemplate = Extract<PathsFor<'post'>, `/api/services/cases/{id}/${string}`>;
export type CaseStep = StepTemplate extends `/api/services/cases/{id}/${infer S}` ? S : never;

export const SERVICES_KEY = ['services'] as const;

export function useCases(query: Query<'/api/services/cases'>) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'cases', query],
    queryFn: () => api.get('/api/services/cases', query),
    placeholderData: (prev) => prev,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'case', id],
    queryFn: () => api.get(apiUrl('/api/services/cases/{id}', { id: id! })),
    enabled: Boolean(id),
  });
}

export function useItems() {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'items'],
    queryFn: () => api.get('/api/services/items'),
    staleTime: 10 * 60_000,
  });
}

/**
 * A step of the flow, answered with the case. The body comes from the step's form (CaseActions builds
 * it field by field); the server validates it against the step's schema.
 */
export function useCaseStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      step,
      paymentId,
      body,
    }: {
      step: CaseStep;
      paymentId?: string;
      body: Record<string, unknown>;
    }) =>
      api.post(
        apiUrl(
          `/api/services/cases/{id}/${step}` as StepTemplate,
          { id, paymentId } as PathParams<StepTemplate>,
        ),
        body as RequestBody<StepTemplate, 'post'>,
      ),
    onSuccess: (data) => {
      qc.setQueryData([...SERVICES_KEY, 'case', id], data);
      void qc.invalidateQueries({ queryKey: [...SERVICES_KEY, 'cases'] });
      void qc.invalidateQueries({ queryKey: [...SERVICES_KEY, 'home'] });
    },
  });
}

export function useHomeSummary(enabled = true) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'home'],
    queryFn: () => api.get('/api/services/home'),
    enabled,
  });
}

/** Days left as words and a colour: overdue red, the last days orange. */
export function daysLeftTag(days: number | null, stage: CaseStage): { text: string; color: string } | null {
  if (stage === 'closed' || days === null) return null;
  if (days < 0) return { text: `超期 ${-days} 个工作日`, color: 'red' };
  if (days === 0) return { text: '今日到期', color: 'red' };
  if (days <= 3) return { text: `剩 ${days} 个工作日`, color: 'orange' };
  return { text: `剩 ${days} 个工作日`, color: 'green' };
}
