// The Chinese names of information work's codes, shared by the API's views and the documents.
import type { DepthClass, ItemStatus, ItemType, ReportKind } from './info.table.ts';

export const STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  submitted: '已报送',
  reviewing: '审核中',
  returned: '退回修改',
  adopted: '已采用',
  not_adopted: '未采用',
  withdrawn: '已撤回',
};

export const TYPE_LABELS: Record<ItemType, string> = {
  news: '工作动态',
  experience: '经验做法',
  problem: '问题反映',
  suggestion: '意见建议',
  research: '调研报告',
  emergency: '突发事件',
};

export const DEPTH_LABELS: Record<DepthClass, string> = {
  comprehensive: '综合性、调研性',
  general: '一般性、零散性',
};

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  initial: '首报',
  followup: '续报',
  final: '终报',
};
