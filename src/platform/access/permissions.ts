// The catalogue of permissions. Each module lists its own in its Module (permissions), installed at
// start; roles pick from it. The platform's own are the catalogue's first entries.
// The three administrators' permissions carry the prefixes system:/security:/audit: and are
// exclusive to them (三员分立): no business role may hold one, no admin role anything else.
import type { AdminKind, DataScope } from './access.table.ts';

export interface PermissionDef {
  code: string;
  name: string; // Chinese label for the role editor
  module: string;
}

const PLATFORM_PERMISSIONS: Record<string, string> = {
  'system:units': '维护单位',
  'system:people': '维护人员与领导分管',
  'system:accounts': '维护账号（新建、停用）',
  'system:settings': '维护系统设置',
  'system:calendar': '维护工作日历',
  'security:roles': '维护角色与权限',
  'security:grants': '授权与撤销',
  'security:lockouts': '解锁账号、重置口令、强制下线',
  'security:policy': '查看口令与会话策略',
  'audit:read': '查阅审计日志',
  'audit:verify': '校验审计链',
  'notify:self': '站内消息',
  'accounts:counter-reset': '窗口核验证件后为公众账号出具密码重置码',
};

const registry = new Map<string, PermissionDef>(
  Object.entries(PLATFORM_PERMISSIONS).map(([code, name]) => [code, { code, name, module: 'platform' }]),
);

/** Adds a module's permissions (module registration calls it; again is harmless). */
export function registerPermissions(module: string, defs: Readonly<Record<string, string>>): void {
  for (const [code, name] of Object.entries(defs)) {
    const had = registry.get(code);
    if (had && had.module !== module)
      throw new Error(`permission ${code} of ${module} is already registered by ${had.module}`);
    registry.set(code, { code, name, module });
  }
}

export function listPermissions(): PermissionDef[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function isKnownPermission(code: string): boolean {
  return registry.has(code);
}

/** Which administrator a permission belongs to, or null for business permissions. */
export function adminKindOf(permission: string): AdminKind | null {
  if (permission.startsWith('system:')) return 'system';
  if (permission.startsWith('security:')) return 'security';
  if (permission.startsWith('audit:')) return 'audit';
  return null;
}

export const SCOPE_RANK: Record<DataScope, number> = { self: 0, unit: 1, subtree: 2, all: 3 };

export const SCOPE_LABELS: Record<DataScope, string> = {
  self: '本人',
  unit: '本单位',
  subtree: '本单位及下级',
  all: '全部',
};
