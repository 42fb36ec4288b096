// Chinese names for audit actions, object types and results. Unknown codes show as they are,
// so a module's new action is never hidden.

const ACTIONS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.password.change': '修改口令',
  'auth.totp.enrol': '绑定动态口令',
  'access.denied': '拒绝访问',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.register': '公众注册',
  'account.roles.set': '授权',
  'account.unlock': '解锁账号',
  'account.password.reset': '重置口令',
  'account.sessions.revoke': '强制下线',
  'role.create': '新建角色',
  'role.update': '修改角色',
  'role.delete': '删除角色',
  'unit.create': '新增单位',
  'unit.update': '修改单位',
  'person.create': '新增人员',
  'person.update': '修改人员',
  'person.phone.reveal': '查看完整电话',
  'leader.charges.set': '设置领导分管',
  'setting.update': '修改系统设置',
  'calendar.seed': '初始化工作日历',
  'calendar.year.add': '新增年度日历',
  'calendar.year.replace': '修改年度日历',
  'clock.start': '开始计时',
  'clock.pause': '暂停计时',
  'clock.resume': '恢复计时',
  'clock.extend': '延长期限',
  'clock.stop': '停止计时',
  'notification.read': '阅读消息',
  'notification.read-all': '全部消息标为已读',
  'reminder.send': '发送提醒',
  'audit.verify': '校验审计链',
};

const OBJECT_TYPES: Record<string, string> = {
  account: '账号',
  role: '角色',
  unit: '单位',
  person: '人员',
  setting: '系统设置',
  calendar: '工作日历',
  calendar_year: '年度日历',
  clock: '期限计时',
  notification: '消息',
  reminder: '提醒',
  route: '接口',
  audit_log: '审计日志',
};

export const RESULT_LABELS: Record<string, { text: string; color: string }> = {
  success: { text: '成功', color: 'green' },
  failure: { text: '失败', color: 'orange' },
  denied: { text: '拒绝', color: 'red' },
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

export function objectTypeLabel(type: string | null | undefined): string {
  if (!type) return '—';
  return OBJECT_TYPES[type] ?? type;
}

/** Options for the action filter: known actions, searchable by Chinese name or code. */
export const ACTION_OPTIONS = Object.entries(ACTIONS).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

export const OBJECT_TYPE_OPTIONS = Object.entries(OBJECT_TYPES).map(([value, label]) => ({ value, label }));
