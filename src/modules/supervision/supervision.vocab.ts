// The words of supervision as people read them: sources, urgencies, states, report kinds.
import type {
  ExtensionStatus,
  ItemSource,
  ItemStatus,
  ReportCycle,
  ReportKind,
  ReportStatus,
  Urgency,
} from './supervision.table.ts';

export const SOURCE_LABELS: Record<ItemSource, string> = {
  key_task: '年度重点工作',
  instruction: '领导批示',
  superior_doc: '上级文件',
  work_report: '政府工作报告',
  higher_supervision: '上级督查件',
  meeting_decision: '党组会、局长办公会议定事项',
  conference: '重要会议和工作部署',
  speech: '领导讲话',
};

export const URGENCY_LABELS: Record<Urgency, string> = { ordinary: '一般', urgent: '紧急' };

export const STATUS_LABELS: Record<ItemStatus, string> = {
  registered: '已立项待交办',
  handling: '办理中',
  closure_review: '办结待审核',
  signoff: '待分管领导签批',
  closed: '已办结',
};

export const CYCLE_LABELS: Record<ReportCycle, string> = {
  none: '不定期',
  monthly: '每月报送',
  quarterly: '每季度报送',
};

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  progress: '进展情况报告',
  completion: '办结申请',
  contribution: '协办单位报送',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: '待审核',
  accepted: '已采纳',
  returned: '已退回',
};

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, string> = {
  pending: '待分管厅领导审批',
  approved: '已同意延期',
  refused: '不同意延期',
};

/** Deadline colours of the board: 红 overdue, 黄 within the reminder window, 绿 otherwise. */
export type Light = 'red' | 'yellow' | 'green' | 'none';
export const LIGHT_LABELS: Record<Light, string> = {
  red: '已超期',
  yellow: '临近期限',
  green: '正常',
  none: '未定期限',
};
