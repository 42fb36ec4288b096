// The services module's registration: the catalogue (seeded on start, idempotent) and its guides
// in the site search, the API, the
// public pages, the site's navigation and home links, and where case clocks link in the workbench.
import { inTransaction, systemCtx } from '../../platform/context.ts';
import type { Module } from '../../platform/module.ts';
import { registerClockLink } from '../../platform/notify/index.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import { registerHomeLink, registerNavItem } from '../../site/index.ts';
import { registerColumnModule } from '../portal/index.ts';
import { CLOCK_SUBJECT } from './case-clocks.ts';
import { ensureCatalogue, listItems } from './catalogue.service.ts';
import { ensureGuidesIndexed, GUIDE_SEARCH_SOURCE } from './guide-search.ts';
import { registerServicePages } from './pages/public.routes.tsx';
import { registerReceiptRoutes } from './receipt.routes.tsx';
import { registerServicesApi } from './services.routes.ts';
import './services.policy.ts';
import './services.settings.ts';
import './escalation.ts';

registerClockLink(CLOCK_SUBJECT, (id) => `/admin/services/cases/${id}`);
registerNavItem({ href: '/services', label: '网上办事', order: 30 });
// The portal's 网上办事 column (and its sub-columns) lead to the service guides.
registerColumnModule({ key: 'services', path: '/services' });
registerHomeLink({
  area: 'services',
  href: '/services',
  label: '办事指南',
  order: 10,
  note: '行政许可事项的条件、材料、流程和时限',
});
registerHomeLink({
  area: 'services',
  href: '/services/track',
  label: '办件查询',
  order: 20,
  note: '凭查询码查询办理进度',
});
registerHomeLink({
  area: 'services',
  href: '/services/LIC-01',
  label: '林木采伐许可证核发',
  order: 30,
  note: '在线申请，全程可查',
});
registerHomeLink({ area: 'services', href: '/account/cases', label: '我的办件', order: 40 });

export const servicesModule: Module = {
  name: 'services',
  async register(app, deps) {
    const ctx = systemCtx(deps.database, deps, 'services-catalogue');
    await ensureCatalogue(ctx);
    registerSearchSource(GUIDE_SEARCH_SOURCE);
    await inTransaction(ctx, async (tx) => ensureGuidesIndexed(tx, (await listItems(tx)).length));
    registerServicesApi(app);
    registerReceiptRoutes(app);
    await registerServicePages(app);
  },
};
