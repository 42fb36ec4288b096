// The laws library's kinds (效力层级) and the validity a reader sees (时效性). Pure data.
import type { LawKind, Validity } from '../openness.table.ts';

export const LAW_KIND_LABELS: Record<LawKind, string> = {
  law: '法律',
  administrative_regulation: '行政法规',
  local_regulation: '地方性法规',
  departmental_rule: '部门规章',
  normative_document: '规范性文件',
};

/** 时效性 on a given day: an entry in force whose effective date is still ahead reads 尚未施行. */
export function lawValidityLabel(validity: Validity, effectiveOn: string | null, today: string): string {
  if (validity === 'in_force') return effectiveOn && effectiveOn > today ? '尚未施行' : '现行有效';
  return validity === 'amended' ? '已修订' : '已废止';
}
