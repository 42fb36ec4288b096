// The organisation module: the directory's permissions, settings, error codes and audit names, the
// demo organisation, and the routes. It also tells the platform where a unit sits in the tree, for
// the "unit and below" data scopes of every actor, and who the unit head, the leader in charge and
// the office of a unit are, for the escalation ladders.
import { setUnitLookup } from '../../platform/access/actor.ts';
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import type { Module } from '../../platform/module.ts';
import { registerRecipientResolver } from '../../platform/notify/index.ts';
import { loadDemoDataIfEmpty } from './demo.ts';
import { ORG_AUDIT_OBJECTS } from './org.audit-objects.ts';
import { ORG_ERRORS } from './org.errors.ts';
import { ORG_PERMISSIONS } from './org.policy.ts';
import { findUnitPlace } from './org.repository.ts';
import { registerOrgRoutes } from './org.routes.ts';
import { ORG_SETTINGS } from './org.settings.ts';
import { orgRecipients } from './recipients.ts';

export const ORG_AUDIT = defineAuditActions({
  'unit.create': '新建单位',
  'unit.update': '修改单位',
  'unit.move': '调整单位隶属',
  'person.create': '新建人员',
  'person.update': '修改人员',
  'person.phone.reveal': '查看完整联系电话',
  'leader.charges.set': '设置领导分管单位',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof ORG_AUDIT> {}
}

export const orgModule: Module = {
  name: 'org',
  permissions: ORG_PERMISSIONS,
  settings: ORG_SETTINGS,
  errors: ORG_ERRORS,
  auditActions: ORG_AUDIT,
  auditObjects: ORG_AUDIT_OBJECTS,
  demo: loadDemoDataIfEmpty,
  register(app) {
    setUnitLookup(findUnitPlace);
    // The unit head, the leader in charge and the office of the escalation ladders (提醒 → 督办).
    registerRecipientResolver(orgRecipients);
    registerOrgRoutes(app);
  },
};
