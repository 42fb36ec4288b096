// The harvest module's routes: quota, permits and certificates, the public register and notices,
// the legacy transport-permit archive and the lobby display screen.
import { systemCtx } from '../../../platform/context.ts';
import { mainFont } from '../../../platform/documents/index.ts';
import type { Module } from '../../../platform/module.ts';
import { registerHomeLink } from '../../../site/index.ts';
import { registerDisplayRoutes } from './display.routes.ts';
import { seedHarvestDemo } from './harvest.demo.ts';
import './harvest.policy.ts';
import { registerPermitRoutes } from './permit.routes.ts';
import { registerPublicPages } from './public.routes.tsx';
import { registerQuotaRoutes } from './quota.routes.ts';

registerHomeLink({
  area: 'services',
  href: '/services/register',
  label: '林木采伐许可公开',
  order: 35,
  note: '已发许可证与采伐前公示',
});
registerHomeLink({ area: 'services', href: '/certificates/verify', label: '许可证核验', order: 36 });

export const harvestModule: Module = {
  name: 'harvest',
  async register(app, deps) {
    // Parse the certificate fonts once at start, not in the first issuing transaction.
    mainFont(400);
    mainFont(700);
    if (deps.config.DEMO_DATA) await seedHarvestDemo(systemCtx(deps.database, deps, 'harvest-demo'));
    registerQuotaRoutes(app);
    registerPermitRoutes(app);
    registerPublicPages(app);
    registerDisplayRoutes(app);
  },
};
