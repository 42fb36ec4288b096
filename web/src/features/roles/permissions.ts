// Grouping the permission catalogue for the role editor. Pure.
import type { PermissionDef } from '../../api/types.ts';

const MODULE_LABELS: Record<string, string> = {
  platform: '平台',
  org: '组织机构',
  portal: '门户网站',
  info: '政务信息',
  supervision: '督查督办',
  openness: '政务公开',
  interaction: '互动交流',
  services: '网上办事',
  harvest: '林木采伐',
  settings: '系统设置',
  audit: '审计',
  notify: '消息',
  calendar: '工作日历',
  files: '文件',
  search: '搜索',
};

export function moduleLabel(module: string): string {
  return MODULE_LABELS[module] ?? module;
}

// Granted to every signed-in account without a role; not worth a checkbox.
const IMPLICIT = new Set(['notify:self']);

export function isImplicitPermission(code: string): boolean {
  return IMPLICIT.has(code);
}

/** The three administrators' permissions (三员分立): never in a business role. */
export function isAdminPermission(code: string): boolean {
  return /^(system|security|audit):/.test(code);
}

/** Permissions grouped by module, modules in catalogue order of first appearance, platform first. */
export function groupPermissions(defs: readonly PermissionDef[]): Array<[string, PermissionDef[]]> {
  const groups = new Map<string, PermissionDef[]>();
  for (const d of defs) {
    const list = groups.get(d.module) ?? [];
    list.push(d);
    groups.set(d.module, list);
  }
  return [...groups].sort(([a], [b]) => (a === 'platform' ? -1 : b === 'platform' ? 1 : 0));
}
