// Supervision (督查督办, "批必查、查必果、果必报"): its API, its audit actions, settings, clock
// kind with the escalation ladder, demo data.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import type { Module } from '../../platform/module.ts';
import { loadSupervisionDemo } from './demo.ts';
import { SUPERVISION_LISTENERS } from './items/from-instruction.ts';
import { registerItemClockSubject } from './items/item-clocks.ts';
import { registerKeyTaskPages } from './public/key-tasks.pages.tsx';
import { SUPERVISION_AUDIT_OBJECTS } from './supervision.audit-objects.ts';
import { SUPERVISION_ERRORS } from './supervision.errors.ts';
import { SUPERVISION_PERMISSIONS } from './supervision.policy.ts';
import { registerSupervisionRoutes } from './supervision.routes.ts';
import { SUPERVISION_CLOCK_KINDS, SUPERVISION_SETTINGS } from './supervision.settings.ts';

export const SUPERVISION_AUDIT = defineAuditActions({
  'supervision.item.register': '督查督办：立项',
  'supervision.item.assign': '督查督办：交办',
  'supervision.report.submit': '督查督办：报送进展或协办情况',
  'supervision.item.propose_closure': '督查督办：申请办结',
  'supervision.report.review': '督查督办：审核报告（采纳或退回）',
  'supervision.item.signoff': '督查督办：分管厅领导签批办结',
  'supervision.item.reopen': '督查督办：重新办理',
  'supervision.item.comment': '督查督办：领导批示意见',
  'supervision.extension.request': '督查督办：申请延期',
  'supervision.extension.decide': '督查督办：分管厅领导审批延期',
  'supervision.item.publish': '督查督办：重点工作网站公开或撤回',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof SUPERVISION_AUDIT> {}
}

export const supervisionModule: Module = {
  name: 'supervision',
  permissions: SUPERVISION_PERMISSIONS,
  errors: SUPERVISION_ERRORS,
  auditActions: SUPERVISION_AUDIT,
  auditObjects: SUPERVISION_AUDIT_OBJECTS,
  settings: SUPERVISION_SETTINGS,
  clockKinds: SUPERVISION_CLOCK_KINDS,
  listens: SUPERVISION_LISTENERS,
  site: {
    homeLinks: [
      {
        area: 'openness',
        href: '/openness/key-tasks',
        label: '重点工作',
        order: 40,
        note: '年度重点工作任务与落实进展',
      },
    ],
    // /openness/key-tasks, listed on the openness home (openness-links.ts).
    pages: (app) => registerKeyTaskPages(app),
  },
  demo: loadSupervisionDemo,
  register(app) {
    registerItemClockSubject();
    registerSupervisionRoutes(app);
  },
};
