// The services module: its permissions, settings, error codes and audit names, the case clocks'
// kinds and escalation ladders, what it adds to the public site (navigation, home links, the
// guides, applying and tracking), the catalogue (seeded on start, idempotent) and its guides in the
// site search, the API, the receipts, and cases as clock subjects (link, timeline, moved dates).
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import { inTransaction, systemCtx } from '../../platform/context.ts';
import type { Module } from '../../platform/module.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import { SERVICES_AUDIT_OBJECTS } from './case-audit-objects.ts';
import { registerCaseClockSubject } from './case-clocks.ts';
import { ensureCatalogue, listItems } from './catalogue.service.ts';
import { SERVICES_CLOCK_KINDS } from './escalation.ts';
import { deemedAcceptanceJob } from './flow/deem-accepted.ts';
import { ensureGuidesIndexed, GUIDE_SEARCH_SOURCE } from './guide-search.ts';
import { registerServicePages } from './pages/public.routes.tsx';
import { registerReceiptRoutes } from './receipt.routes.tsx';
import { SERVICES_ERRORS } from './services.errors.ts';
import { SERVICES_PERMISSIONS } from './services.policy.ts';
import { registerServicesApi } from './services.routes.ts';
import { SERVICES_SETTINGS } from './services.settings.ts';

export const SERVICES_AUDIT = defineAuditActions({
  'services.draft.save': '保存申请草稿',
  'services.case.submit': '提交申请',
  'services.case.supplement': '补正材料',
  'services.case.accept': '受理',
  'services.case.deemed_accept': '逾期视为受理',
  'services.case.not_accept': '不予受理',
  'services.case.request_completion': '告知补正',
  'services.case.review': '开始审查',
  'services.case.inspection_start': '开始现场核查',
  'services.case.inspection_finish': '结束现场核查',
  'services.case.notice_start': '开始许可前公示',
  'services.case.not_counted_start': '开始不计时程序（听证、专家评审等）',
  'services.case.not_counted_finish': '结束不计时程序，恢复计时',
  'services.case.notice_finish': '结束许可前公示',
  'services.case.extend': '延长办理期限',
  'services.case.approve': '准予许可',
  'services.case.refuse': '不予许可',
  'services.case.issue': '发证',
  'services.case.withdraw': '撤回申请',
  'services.case.revoke': '撤销许可',
  'services.fee.assess': '核定收费',
  'services.fee.pay': '登记缴费',
  'services.item.update': '修改办事事项',
  'services.item.form.save': '保存申请表单',
  'services.counter.applicant_link': '窗口关联申请人账号',
  'services.counter.applicant_create': '窗口登记申请人',
  'services.track.verify': '办件查询验证',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof SERVICES_AUDIT> {}
}

export const servicesModule: Module = {
  name: 'services',
  permissions: SERVICES_PERMISSIONS,
  settings: SERVICES_SETTINGS,
  errors: SERVICES_ERRORS,
  auditActions: SERVICES_AUDIT,
  auditObjects: SERVICES_AUDIT_OBJECTS,
  // The case clocks (受理审查, 法定办理期限, 承诺办结时限, 发证期限) and their escalation ladders.
  clockKinds: SERVICES_CLOCK_KINDS,
  // 视为受理 (行政许可法 第三十二条): past the acceptance limit with no decision.
  jobs: [deemedAcceptanceJob],
  site: {
    nav: [{ href: '/services', label: '网上办事', order: 30 }],
    // The portal's 网上办事 column (and its sub-columns) lead to the service guides.
    entries: [{ key: 'services', path: '/services' }],
    accountLinks: [{ href: '/account/cases', label: '我的办件', order: 10 }],
    homeLinks: [
      {
        area: 'services',
        href: '/services',
        label: '办事指南',
        order: 10,
        note: '行政许可事项的条件、材料、流程和时限',
      },
      {
        area: 'services',
        href: '/services/track',
        label: '办件查询',
        order: 20,
        note: '凭查询码查询办理进度',
      },
      {
        area: 'services',
        href: '/services/LIC-01',
        label: '林木采伐许可证核发',
        order: 30,
        note: '在线申请，全程可查',
      },
      { area: 'services', href: '/account/cases', label: '我的办件', order: 40 },
    ],
    pages: (app) => registerServicePages(app),
  },
  async register(app, deps) {
    // Cases as clock subjects: where one opens, its timeline, the copies of a moved date.
    registerCaseClockSubject();
    const ctx = systemCtx(deps.database, deps, 'services-catalogue');
    await ensureCatalogue(ctx);
    registerSearchSource(GUIDE_SEARCH_SOURCE);
    await inTransaction(ctx, async (tx) => ensureGuidesIndexed(tx, (await listItems(tx)).length));
    registerServicesApi(app);
    registerReceiptRoutes(app);
  },
};
