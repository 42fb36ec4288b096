// The harvest module: its permissions, settings, error codes and audit names, the demo quotas and
// transport-permit archive, the public register, notices and certificate verification, the quota
// and permit API, the lobby display screen, and LIC-01's item handler plugged into online services.
import { type ActionsOf, defineAuditActions } from '../../../platform/audit/actions.ts';
import type { Ctx } from '../../../platform/context.ts';
import { mainFont } from '../../../platform/documents/index.ts';
import type { Module } from '../../../platform/module.ts';
import { registerItemHandler } from '../item-handlers.ts';
import { registerDisplayRoutes } from './display.routes.ts';
import { HARVEST_AUDIT_OBJECTS } from './harvest.audit-objects.ts';
import { seedHarvestDemo } from './harvest.demo.ts';
import { HARVEST_ERRORS } from './harvest.errors.ts';
import { harvestItemHandler } from './harvest.handler.ts';
import { HARVEST_PERMISSIONS } from './harvest.policy.ts';
import { HARVEST_SETTINGS } from './harvest.settings.ts';
import { registerPermitRoutes } from './permit.routes.ts';
import { registerPublicPages } from './public.routes.tsx';
import { registerQuotaRoutes } from './quota.routes.ts';

export const HARVEST_AUDIT = defineAuditActions({
  'harvest.quota.allocate': '下达采伐限额',
  'harvest.quota.adjust': '调整采伐限额',
  'harvest.quota.release': '退回采伐限额',
  'harvest.quota.demo': '载入演示采伐限额',
  'harvest.permit.approve': '批准林木采伐（核减限额）',
  'harvest.permit.revoke': '撤销林木采伐许可证',
  'harvest.certificate.issue': '核发林木采伐许可证',
  'harvest.notice.publish': '发布采伐前公示',
  'harvest.notice.objection': '对采伐前公示提出异议',
  'harvest.transport.import': '导入木材运输证历史档案',
});

declare module '../../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof HARVEST_AUDIT> {}
}

/** The demo hook: quotas into a year without any (this year and the next), and the archive. */
async function loadHarvestDemo(ctx: Ctx): Promise<boolean> {
  const seeded = await seedHarvestDemo(ctx);
  return seeded.quotas + seeded.transportPermits > 0;
}

export const harvestModule: Module = {
  name: 'harvest',
  permissions: HARVEST_PERMISSIONS,
  settings: HARVEST_SETTINGS,
  errors: HARVEST_ERRORS,
  auditActions: HARVEST_AUDIT,
  auditObjects: HARVEST_AUDIT_OBJECTS,
  demo: loadHarvestDemo,
  site: {
    homeLinks: [
      {
        area: 'services',
        href: '/services/register',
        label: '林木采伐许可公开',
        order: 35,
        note: '已发许可证与采伐前公示',
      },
      { area: 'services', href: '/certificates/verify', label: '许可证核验', order: 36 },
    ],
    pages(app) {
      registerPublicPages(app);
      registerDisplayRoutes(app);
    },
  },
  register(app) {
    registerItemHandler(harvestItemHandler);
    // Parse the certificate fonts once at start, not in the first issuing transaction.
    mainFont(400);
    mainFont(700);
    registerQuotaRoutes(app);
    registerPermitRoutes(app);
  },
};
