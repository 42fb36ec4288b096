// The government information work module (政务信息): units' weekly items and emergency reports,
// the office's review and adoption with points, numbered bulletins with leaders' instructions,
// solicitations, circulars with rankings.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import type { Module } from '../../platform/module.ts';
import { loadInfoDemo } from './demo.ts';
import { registerEmergencyRoutes } from './emergencies/emergencies.routes.ts';
import { registerInfoClockSubject } from './emergencies/emergency-clock.ts';
import { INFO_AUDIT_OBJECTS } from './info.audit-objects.ts';
import { INFO_ERRORS } from './info.errors.ts';
import { INFO_PERMISSIONS } from './info.policy.ts';
import { registerInfoRoutes } from './info.routes.ts';
import { INFO_SETTINGS } from './info.settings.ts';
import { registerQuotaRoutes } from './quotas/quotas.routes.ts';
import { collectQuotaReminders, QUOTA_REMINDER_HOUR } from './quotas/quotas.ts';

export const INFO_AUDIT = defineAuditActions({
  'info.item.draft': '政务信息：保存草稿',
  'info.item.submit': '政务信息：报送信息',
  'info.item.withdraw': '政务信息：撤回信息',
  'info.item.review': '政务信息：开始审核',
  'info.item.adopt': '政务信息：采用信息',
  'info.item.return': '政务信息：退回修改',
  'info.item.reject': '政务信息：不予采用',
  'info.bulletin.create': '信息专报：编辑新一期',
  'info.bulletin.edit': '信息专报：修改草稿',
  'info.bulletin.issue': '信息专报：印发',
  'info.instruction.record': '信息专报：录入领导批示',
  'info.emergency.register': '突发事件信息：登记并开始计时',
  'info.emergency.report': '突发事件信息：报送首报',
  'info.emergency.follow_up': '突发事件信息：续报或终报',
  'info.emergency.correct': '突发事件信息：修改退回的首报',
  'info.emergency.resubmit': '突发事件信息：修改后重新报送首报',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof INFO_AUDIT> {}
}

export const infoModule: Module = {
  name: 'info',
  permissions: INFO_PERMISSIONS,
  errors: INFO_ERRORS,
  auditActions: INFO_AUDIT,
  auditObjects: INFO_AUDIT_OBJECTS,
  settings: [...INFO_SETTINGS, QUOTA_REMINDER_HOUR],
  reminders: [{ name: 'info-weekly-quota', collect: collectQuotaReminders }],
  demo: loadInfoDemo,
  register(app) {
    registerInfoRoutes(app);
    registerEmergencyRoutes(app);
    registerQuotaRoutes(app);
    registerInfoClockSubject();
  },
};
