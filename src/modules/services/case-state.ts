// A case's status (状态) and queue stage (环节): their Chinese labels, which statuses are still open,
// the stage each status queues under, and the guard for an action the status does not allow.
import { stateGuard } from '../../platform/timeline/index.ts';
import type { CaseStage, CaseStatus } from './services.table.ts';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交，待受理',
  completion_requested: '待补正材料',
  accepted: '已受理',
  under_review: '审查中',
  inspection: '现场核查中',
  public_notice: '公示中',
  approved: '准予许可，待发证',
  completed: '已办结',
  not_accepted: '不予受理',
  refused: '不予许可',
  withdrawn: '已撤回',
  revoked: '已撤销',
};

export const STAGE_LABELS: Record<CaseStage, string> = {
  acceptance: '待受理',
  completion: '待补正',
  review: '审查',
  inspection: '现场核查',
  notice: '公示',
  issuing: '待发证',
  closed: '已办结',
};

export const OPEN_STATUSES: CaseStatus[] = [
  'submitted',
  'completion_requested',
  'accepted',
  'under_review',
  'inspection',
  'public_notice',
  'approved',
];

export function stageOf(status: CaseStatus): CaseStage {
  switch (status) {
    case 'submitted':
      return 'acceptance';
    case 'completion_requested':
      return 'completion';
    case 'accepted':
    case 'under_review':
      return 'review';
    case 'inspection':
      return 'inspection';
    case 'public_notice':
      return 'notice';
    case 'approved':
      return 'issuing';
    default:
      return 'closed';
  }
}

/** What a reader may do next with a case (the workbench shows these buttons). */
export const CASE_ACTIONS = [
  'accept',
  'notAccept',
  'requestCompletion',
  'supplementAtCounter',
  'startReview',
  'startInspection',
  'finishInspection',
  'startNotCounted',
  'finishNotCounted',
  'extend',
  'startNotice',
  'finishNotice',
  'decide',
  'issue',
  'assessFee',
  'recordPayment',
  'withdraw',
  'revoke',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** 409 STATE_CONFLICT when the case's status does not allow the action: 当前状态为「已受理」，不能撤回. */
export const requireCaseState = stateGuard(STATUS_LABELS);
