// The names of audit actions (审计事项), for the audit log viewer: 'services.case.submit' → 提交申请.
// The platform's own below; each module lists its actions in its Module (auditActions), merged at
// registration. The type checker knows every action too: a module adds its table's keys to the
// AuditActions interface, so recording a misspelt action does not compile, and
// src/platform/module.test.ts fails for an action the source records that no table names.

/** action → Chinese name. Actions are dotted lower case: 'module.object.verb'. */
export type AuditActionTable = Readonly<Record<string, string>>;

/** Checks a table and keeps its literal keys (for the AuditActions interface). */
export function defineAuditActions<const T extends AuditActionTable>(table: T): T {
  return table;
}

export type ActionsOf<T extends AuditActionTable> = { readonly [K in keyof T]: string };

export const PLATFORM_AUDIT_ACTIONS = defineAuditActions({
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.totp.enrol': '绑定动态口令',
  'auth.password.change': '修改口令',
  'access.denied': '越权访问被拒绝',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.register': '公众注册账号',
  'account.roles.set': '设置账号角色',
  'account.unlock': '解锁账号',
  'account.password.reset': '重置口令',
  'account.sessions.revoke': '强制下线',
  // 三员分立: a change to who holds an administrator's role, and an administrator's password or
  // second-factor reset, go through two-person approval (src/platform/access/approvals.service.ts).
  'approval.propose': '提出三员变更申请',
  'approval.confirm': '确认三员变更申请',
  'approval.reject': '驳回三员变更申请',
  'approval.cancel': '撤回三员变更申请',
  'account.roles.grant-admin': '授予管理员角色（经双人审批）',
  'account.roles.revoke-admin': '撤销管理员角色（经双人审批）',
  'account.totp.reset': '重置动态口令（经双人审批）',
  'auth.lockout': '账号锁定',
  'auth.totp.enrol-code': '发送动态口令绑定码',
  'auth.password.reset-request': '申请找回密码',
  'auth.password.reset': '通过验证码重置密码',
  'account.counter-lookup': '窗口核验证件查找账号',
  'account.counter-reset': '窗口出具密码重置码',
  'role.create': '新建角色',
  'role.update': '修改角色',
  'role.delete': '删除角色',
  'setting.update': '修改系统设置',
  'setting.reset': '系统设置恢复默认',
  'audit.verify': '校验审计链',
  'audit.export': '导出审计日志',
  'calendar.seed': '载入工作日历',
  'calendar.year.add': '新增工作日历年度',
  'calendar.year.replace': '修改工作日历年度',
  'clock.start': '开始计时',
  'clock.pause': '暂停计时',
  'clock.resume': '恢复计时',
  'clock.extend': '延长期限',
  'clock.stop': '停止计时',
  'notification.read': '阅读消息',
  'notification.read-all': '全部消息标为已读',
  'reminder.send': '发送提醒',
  // Any module's demo hook (src/prepare.ts), when it loads into an empty database.
  'demo.load': '载入演示数据',
});

/**
 * Every action the type checker knows: the platform's, and each module's, added next to its table:
 *
 *   declare module '../../platform/audit/actions.ts' {
 *     interface AuditActions extends ActionsOf<typeof SERVICES_AUDIT> {}
 *   }
 */
export interface AuditActions extends ActionsOf<typeof PLATFORM_AUDIT_ACTIONS> {}
export type AuditAction = keyof AuditActions & string;

const names = new Map<string, { name: string; owner: string }>(
  Object.entries(PLATFORM_AUDIT_ACTIONS).map(([action, name]) => [action, { name, owner: 'platform' }]),
);
const ACTION_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9_-]*)+$/;

/** Merges a module's names (module registration calls it; again for a second app is harmless). */
export function registerAuditActions(owner: string, table: AuditActionTable): void {
  for (const [action, name] of Object.entries(table)) {
    if (!ACTION_PATTERN.test(action)) throw new Error(`audit action must look like "module.verb": ${action}`);
    if (!name) throw new Error(`audit action ${action}: no name`);
    const had = names.get(action);
    if (had && had.owner !== owner)
      throw new Error(`audit action ${action} of ${owner} is already named by ${had.owner}`);
    names.set(action, { name, owner });
  }
}

/** The Chinese name of an action; the action itself when nothing names it (an old record). */
export function auditActionName(action: string): string {
  return names.get(action)?.name ?? action;
}

/** Whether the registry names the action (the log's filter then matches it exactly). */
export function isNamedAuditAction(action: string): boolean {
  return names.has(action);
}

/** Every named action with its owner, for the viewer's filter and the tests. */
export function listAuditActions(): Array<{ action: string; name: string; owner: string }> {
  return [...names.entries()]
    .map(([action, e]) => ({ action, ...e }))
    .sort((a, b) => a.action.localeCompare(b.action));
}
