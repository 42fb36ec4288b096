// 网上办事 (online services): the shapes the workbench reads from /api/services and its hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Query } from '../../api/client.ts';

export type CaseStage =
  | 'acceptance'
  | 'completion'
  | 'review'
  | 'inspection'
  | 'notice'
  | 'issuing'
  | 'closed';

export const STAGES: Array<{ key: CaseStage; label: string }> = [
  { key: 'acceptance', label: '待受理' },
  { key: 'completion', label: '待补正' },
  { key: 'review', label: '审查' },
  { key: 'inspection', label: '现场核查' },
  { key: 'notice', label: '公示' },
  { key: 'issuing', label: '待发证' },
  { key: 'closed', label: '已办结' },
];

export interface CaseListItem {
  id: string;
  receiptCode: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  applicantIdMask: string | null;
  phoneMask: string | null;
  channel: 'online' | 'counter';
  status: string;
  statusLabel: string;
  stage: CaseStage;
  stageLabel: string;
  countyCode: string | null;
  submittedAt: string;
  acceptedAt: string | null;
  dueAt: string | null;
  promisedDueAt: string | null;
  daysLeft: number | null;
  closedAt: string | null;
  onTime: boolean | null;
}

export interface FieldOption {
  value: string;
  label: string;
}
export interface FormField {
  name: string;
  label: string;
  type: string;
  required?: boolean;
  min?: number;
  max?: number;
  options?: FieldOption[];
  unit?: string;
  help?: string;
  showIf?: { field: string; in: string[] };
}
export interface MaterialSpec {
  code: string;
  name: string;
  required: boolean;
  formats: string[];
  note?: string;
}
export interface FormDefinition {
  sections: Array<{ title: string; fields: FormField[] }>;
  materials: MaterialSpec[];
}

export interface ServiceItem {
  code: string;
  name: string;
  kind: 'on_the_spot' | 'promised';
  statutoryWorkdays: number;
  promisedWorkdays: number;
  dataStatus: string;
  active: boolean;
  fees: { free: boolean; lines: Array<{ code: string; name: string; standard: string }> };
  form: FormDefinition;
  /** false where a business module defines the form in code (e.g. 林木采伐许可). */
  formEditable?: boolean;
}

export interface ClockView {
  id: string;
  label: string;
  status: 'running' | 'paused' | 'stopped';
  limit: number;
  dueAt: string | null;
  daysLeft: number | null;
  dueError: string | null;
  text: string;
  pausedWorkdays: number;
  extensionWorkdays: number;
}

export type CaseAction =
  | 'accept'
  | 'notAccept'
  | 'requestCompletion'
  | 'supplementAtCounter'
  | 'startReview'
  | 'startInspection'
  | 'finishInspection'
  | 'extend'
  | 'startNotice'
  | 'finishNotice'
  | 'decide'
  | 'issue'
  | 'assessFee'
  | 'recordPayment'
  | 'withdraw'
  | 'revoke';

export interface CaseDetail {
  id: string;
  receiptCode: string;
  item: {
    code: string;
    name: string;
    kind: string;
    statutoryWorkdays: number;
    promisedWorkdays: number;
    fees: ServiceItem['fees'];
    hasHandler: boolean;
  };
  form: FormDefinition;
  values: Record<string, unknown>;
  valueTexts: Array<{ name: string; label: string; text: string }>;
  applicant: {
    accountId: string | null;
    kind: string;
    name: string;
    idMask: string | null;
    phoneMask: string | null;
  };
  channel: 'online' | 'counter';
  status: string;
  statusLabel: string;
  stage: CaseStage;
  stageLabel: string;
  submittedAt: string;
  acceptedAt: string | null;
  decidedAt: string | null;
  closedAt: string | null;
  decision: string | null;
  promisedWorkdays: number;
  classifyNote: string | null;
  extensionDays: number;
  maxExtensionDays: number;
  noticeEndsAt: string | null;
  noticeDone: boolean;
  noticeNeeded: { days: number } | null;
  usedWorkdays: number | null;
  onTime: boolean | null;
  certificate: { id: string | null; number: string; url: string | null } | null;
  clocks: Record<'acceptance' | 'statutory' | 'promised' | 'certificate', ClockView | null>;
  timeline: Array<{
    seq: number;
    at: string;
    kind: string;
    title: string;
    publicNote: string | null;
    internalNote: string | null;
    actorName: string | null;
    visible: boolean;
  }>;
  materials: Array<{
    id: string;
    specName: string;
    source: 'online' | 'paper';
    fileName: string | null;
    sizeBytes: number | null;
    copies: number | null;
    round: number;
    receivedAt: string;
    url: string | null;
  }>;
  documents: Array<{
    id: string;
    kind: string;
    number: string;
    title: string;
    issuedAt: string;
    url: string;
  }>;
  payments: Array<{
    id: string;
    feeCode: string;
    feeName: string;
    amountYuan: number;
    status: string;
    receiptNo: string | null;
    paidAt: string | null;
  }>;
  feesSettled: boolean;
  actions: CaseAction[];
  receiptUrl: string;
}

export interface CaseList {
  total: number;
  totalCapped: boolean;
  items: CaseListItem[];
}

export const SERVICES_KEY = ['services'] as const;

export function useCases(query: Query) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'cases', query],
    queryFn: () => api.get<CaseList>('/api/services/cases', query),
    placeholderData: (prev) => prev,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'case', id],
    queryFn: () => api.get<CaseDetail>(`/api/services/cases/${id}`),
    enabled: Boolean(id),
  });
}

export function useItems() {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'items'],
    queryFn: () => api.get<{ items: ServiceItem[] }>('/api/services/items'),
    staleTime: 10 * 60_000,
  });
}

/** A step of the flow: POST /api/services/cases/:id/<path>, answered with the case. */
export function useCaseStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      api.post<CaseDetail>(`/api/services/cases/${id}/${path}`, body ?? {}),
    onSuccess: (data) => {
      qc.setQueryData([...SERVICES_KEY, 'case', id], data);
      void qc.invalidateQueries({ queryKey: [...SERVICES_KEY, 'cases'] });
      void qc.invalidateQueries({ queryKey: [...SERVICES_KEY, 'home'] });
    },
  });
}

export interface HomeSummary {
  stages: Partial<Record<CaseStage, number>>;
  overdue: number;
  receivedToday: number;
  nearDeadlineWorkdays: number;
  nearDeadline: CaseListItem[];
}

export function useHomeSummary(enabled = true) {
  return useQuery({
    queryKey: [...SERVICES_KEY, 'home'],
    queryFn: () => api.get<HomeSummary>('/api/services/home'),
    enabled,
  });
}

export interface StatsRow {
  itemCode: string;
  itemName: string;
  received: number;
  receivedOnline: number;
  receivedCounter: number;
  decided: number;
  approved: number;
  refused: number;
  onTime: number;
  onTimeRate: number | null;
  averageWorkdays: number | null;
}
export interface Stats {
  from: string;
  to: string;
  items: StatsRow[];
  totals: {
    received: number;
    decided: number;
    approved: number;
    refused: number;
    onTimeRate: number | null;
    averageWorkdays: number | null;
  };
}
export interface CounterStats {
  staff: Array<{
    actorId: string;
    name: string;
    registered: number;
    accepted: number;
    notAccepted: number;
    completionRequests: number;
    supplements: number;
    payments: number;
    total: number;
  }>;
}

/** Days left as words and a colour: overdue red, the last days orange. */
export function daysLeftTag(days: number | null, stage: CaseStage): { text: string; color: string } | null {
  if (stage === 'closed' || days === null) return null;
  if (days < 0) return { text: `超期 ${-days} 个工作日`, color: 'red' };
  if (days === 0) return { text: '今日到期', color: 'red' };
  if (days <= 3) return { text: `剩 ${days} 个工作日`, color: 'orange' };
  return { text: `剩 ${days} 个工作日`, color: 'green' };
}
