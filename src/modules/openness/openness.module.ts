// The government openness module: its API, its public pages under /openness, the catalogue as a
// search source, the portal's 政务公开 columns leading to its pages, and its demo data.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import type { Module } from '../../platform/module.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import {
  APPLICATION_CLOCK_KINDS,
  registerApplicationClockSubject,
} from './applications/application-clocks.ts';
import { registerApplicationRoutes } from './applications/applications.routes.ts';
import { sweepApplications } from './applications/handle-application.ts';
import { CATALOGUE_SEARCH_SOURCE } from './catalogue/catalogue-search.ts';
import { loadOpennessDemoIfEmpty } from './demo.ts';
import { registerFeeRoutes } from './fees/fees.routes.ts';
import { registerLawRoutes } from './laws/laws.routes.ts';
import { LAWS_SEARCH_SOURCE } from './laws/laws-search.ts';
import { registerNoticeRoutes } from './notices/notices.routes.ts';
import { OPENNESS_AUDIT_OBJECTS } from './openness.audit-objects.ts';
import { OPENNESS_ERRORS } from './openness.errors.ts';
import { OPENNESS_PERMISSIONS } from './openness.policy.ts';
import { registerOpennessRoutes } from './openness.routes.ts';
import { OPENNESS_SETTINGS } from './openness.settings.ts';
import { registerApplyPages } from './pages/apply.pages.tsx';
import { registerFeePages } from './pages/fees.pages.tsx';
import { registerLawPages } from './pages/laws.pages.tsx';
import { registerNoticePages } from './pages/notices.pages.tsx';
import { registerOpennessPages } from './pages/openness.pages.tsx';

export const OPENNESS_AUDIT = defineAuditActions({
  'openness.category.create': '新增公开目录类别',
  'openness.category.update': '修改公开目录类别',
  'openness.entry.register': '登记公开目录条目',
  'openness.entry.update': '修改公开目录条目',
  'openness.entry.supersede': '标注文件已修订或废止',
  'openness.guide.save': '修订政府信息公开指南',
  'openness.fee.create': '新增行政事业性收费项目',
  'openness.fee.update': '修改行政事业性收费项目',
  'openness.law.create': '录入政策法规',
  'openness.law.update': '修改政策法规',
  'openness.notice.create': '发布公示',
  'openness.notice.update': '修改公示',
  'openness.notice.objection': '收到对公示的异议',
  'openness.application.submit': '提交政府信息公开申请',
  'openness.application.accept': '政府信息公开申请：登记受理',
  'openness.application.supplement_request': '政府信息公开申请：告知补正',
  'openness.application.supplement': '政府信息公开申请：收到补正',
  'openness.application.abandon': '政府信息公开申请：逾期未补正视为放弃',
  'openness.application.consult': '政府信息公开申请：征求第三方意见',
  'openness.application.consult_end': '政府信息公开申请：结束征求第三方意见',
  'openness.application.extend': '政府信息公开申请：延长答复期限',
  'openness.application.answer': '政府信息公开申请：作出答复',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof OPENNESS_AUDIT> {}
}

export const opennessModule: Module = {
  name: 'openness',
  permissions: OPENNESS_PERMISSIONS,
  errors: OPENNESS_ERRORS,
  auditActions: OPENNESS_AUDIT,
  auditObjects: OPENNESS_AUDIT_OBJECTS,
  settings: OPENNESS_SETTINGS,
  // 补正告知期限, 答复期限, 申请人补正期限, 第三方意见期限 and their reminder ladders.
  clockKinds: APPLICATION_CLOCK_KINDS,
  jobs: [
    {
      name: 'openness.applications',
      lockId: 7_401_701,
      everyMs: 15 * 60_000,
      run: async (ctx) => void (await sweepApplications(ctx)),
    },
  ],
  site: {
    // The portal's 政务公开 columns (kind 'module') lead to these pages.
    entries: [
      { key: 'openness', path: '/openness' },
      { key: 'openness-guide', path: '/openness/guide' },
      { key: 'openness-catalogue', path: '/openness/catalogue' },
      { key: 'openness-apply', path: '/openness/apply' },
      { key: 'openness-fees', path: '/openness/fees' },
      { key: 'openness-laws', path: '/openness/laws' },
      { key: 'openness-notices', path: '/openness/notices' },
    ],
    footerLinks: [{ href: '/openness/guide', label: '政府信息公开指南', order: 50 }],
    homeLinks: [
      { area: 'openness', href: '/openness/guide', label: '政府信息公开指南', order: 10 },
      {
        area: 'openness',
        href: '/openness/catalogue',
        label: '政府信息公开目录',
        order: 20,
        note: '按类别、主题、年份查阅',
      },
      {
        area: 'openness',
        href: '/openness/apply',
        label: '依申请公开',
        order: 30,
        note: '在线申请，凭查询码查询进度与答复',
      },
      {
        area: 'openness',
        href: '/openness/laws',
        label: '政策法规',
        order: 50,
        note: '林业法律、法规、规章和规范性文件',
      },
      {
        area: 'openness',
        href: '/openness/fees',
        label: '行政事业性收费',
        order: 60,
        note: '收费项目、依据、标准和取消情况',
      },
      {
        area: 'openness',
        href: '/openness/notices',
        label: '公示',
        order: 70,
        note: '干部任前、职称评审、项目等公示，在线提出异议',
      },
    ],
    pages: (app) => {
      registerOpennessPages(app);
      registerApplyPages(app);
      registerFeePages(app);
      registerLawPages(app);
      registerNoticePages(app);
    },
  },
  demo: loadOpennessDemoIfEmpty,
  register(app) {
    registerSearchSource(CATALOGUE_SEARCH_SOURCE);
    registerSearchSource(LAWS_SEARCH_SOURCE);
    registerApplicationClockSubject();
    registerOpennessRoutes(app);
    registerApplicationRoutes(app);
    registerFeeRoutes(app);
    registerLawRoutes(app);
    registerNoticeRoutes(app);
  },
};
