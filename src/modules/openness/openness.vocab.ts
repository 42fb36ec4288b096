// The catalogue's fixed vocabularies: validity labels, subject classes (主题分类, after the State
// Council's 主题词表 classes a forestry department uses) and genres (体裁). Pure data.
import type { CategoryAudience, Validity } from './openness.table.ts';

export const VALIDITY_LABELS: Record<Validity, string> = {
  in_force: '有效',
  amended: '已修订',
  repealed: '已废止',
};

export const AUDIENCE_LABELS: Record<CategoryAudience, string> = {
  public: '向社会公开',
  internal: '机关内部公开',
};

export const SUBJECT_CLASSES = [
  '综合政务',
  '机构职能',
  '农业、林业、水利',
  '国土资源、能源',
  '城乡建设、环境保护',
  '财政、金融、审计',
  '科技、教育',
  '劳动、人事、监察',
  '公安、安全、司法',
  '民政、扶贫、救灾',
  '商贸、海关、旅游',
  '其他',
] as const;

export const GENRES = [
  '通知',
  '公告',
  '通告',
  '决定',
  '意见',
  '办法',
  '规定',
  '规划',
  '计划',
  '报告',
  '批复',
  '公示',
  '函',
  '其他',
] as const;
