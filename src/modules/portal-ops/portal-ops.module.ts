// The portal operations module: its permissions, settings, error codes and audit names, its jobs
// (nightly link check, feed fetching, forgetting yesterday's visitor marks), the freshness
// reminders, the demo board and statistics, the board's public pages, the API, and the visit
// counter fed by the portal's page-view announcements.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import type { Job } from '../../platform/jobs/jobs.ts';
import type { Module } from '../../platform/module.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { onPublicPageView } from '../../site/index.ts';
import { registerBoardPages } from './board/board.pages.tsx';
import { loadPortalOpsDemoIfEmpty } from './demo.ts';
import { importDueFeeds } from './feeds/feeds.service.ts';
import { chinaDayOf } from './freshness/freshness.rules.ts';
import { collectFreshnessReminders } from './freshness/freshness.service.ts';
import { latestRun } from './links/links.repository.ts';
import { runNightlyLinkCheck } from './links/links.service.ts';
import { PORTAL_OPS_AUDIT_OBJECTS } from './portal-ops.audit-objects.ts';
import { PORTAL_OPS_ERRORS } from './portal-ops.errors.ts';
import { PORTAL_OPS_PERMISSIONS } from './portal-ops.policy.ts';
import { registerOpsRoutes } from './portal-ops.routes.ts';
import { FEEDS_ENABLED, LINK_CHECK_NIGHTLY, PORTAL_OPS_SETTINGS } from './portal-ops.settings.ts';
import { purgeVisitorMarks } from './stats/stats.service.ts';
import { FLUSH_MS, flushVisits, visitRecorderFor } from './stats/visit-recorder.ts';

export const PORTAL_OPS_AUDIT = defineAuditActions({
  'portal.links.check': '检查网站链接',
  'portal.feed.create': '新增信息采集订阅源',
  'portal.feed.update': '修改信息采集订阅源',
  'portal.feed.delete': '删除信息采集订阅源',
  'portal.feed.fetch': '采集订阅源',
  'portal.feed.accept': '采用采集条目',
  'portal.feed.discard': '舍弃采集条目',
  'portal.board.submit': '发布供求信息',
  'portal.board.withdraw': '撤下供求信息',
  'portal.board.approve': '审核通过供求信息',
  'portal.board.reject': '退回供求信息',
  'portal.board.hide': '屏蔽供求信息',
  'portal.board.report': '举报供求信息',
  'portal.board.report.uphold': '举报属实（屏蔽该信息）',
  'portal.board.report.dismiss': '举报不予采纳',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof PORTAL_OPS_AUDIT> {}
}

// 每晚: between 02:00 and 05:00 China time, once a day, when the setting is on (off by default:
// a development machine or an intranet without internet access must not send requests out).
const linkCheckJob: Job = {
  name: 'portal-link-check',
  lockId: 7_301_001,
  everyMs: 15 * 60_000,
  run: async (ctx, { log }) => {
    if (!(await getSetting(ctx, LINK_CHECK_NIGHTLY))) return;
    const hour = Number(new Date(ctx.now.getTime() + 8 * 3_600_000).toISOString().slice(11, 13));
    if (hour < 2 || hour >= 5) return;
    const last = await latestRun(ctx.db);
    if (last?.trigger === 'nightly' && chinaDayOf(last.startedAt) === chinaDayOf(ctx.now)) return;
    const run = await runNightlyLinkCheck(ctx, { log });
    log.info({ job: 'portal-link-check', links: run.links, broken: run.broken }, '链接检查完成');
  },
};

const feedsJob: Job = {
  name: 'portal-feeds',
  lockId: 7_301_002,
  everyMs: 5 * 60_000,
  run: async (ctx, { log }) => {
    if (!(await getSetting(ctx, FEEDS_ENABLED))) return;
    const n = await importDueFeeds(ctx, { log });
    if (n) log.info({ job: 'portal-feeds', imported: n }, '信息采集完成');
  },
};

const visitPurgeJob: Job = {
  name: 'portal-visit-purge',
  lockId: 7_301_003,
  everyMs: 60 * 60_000,
  run: async (ctx) => {
    await purgeVisitorMarks(ctx);
  },
};

export const portalOpsModule: Module = {
  name: 'portal-ops',
  permissions: PORTAL_OPS_PERMISSIONS,
  settings: PORTAL_OPS_SETTINGS,
  errors: PORTAL_OPS_ERRORS,
  auditActions: PORTAL_OPS_AUDIT,
  auditObjects: PORTAL_OPS_AUDIT_OBJECTS,
  jobs: [linkCheckJob, feedsJob, visitPurgeJob],
  reminders: [{ name: 'portal-freshness', collect: collectFreshnessReminders }],
  demo: loadPortalOpsDemoIfEmpty,
  site: {
    // A column of kind 'module' with target 'supply-demand' leads to the board.
    entries: [{ key: 'supply-demand', path: '/supply-demand' }],
    homeLinks: [
      {
        area: 'services',
        href: '/supply-demand',
        label: '供求信息',
        order: 60,
        note: '林产品、苗木供应与求购',
      },
    ],
    pages: (app) => registerBoardPages(app),
  },
  register(app, deps) {
    registerOpsRoutes(app);
    // Page views of the portal's public pages (articles, columns, search, site map, print views).
    onPublicPageView('portal-ops.stats', (view) => {
      if (view.status !== 200 && view.status !== 304) return;
      visitRecorderFor(view.database).record({
        kind: view.kind === 'article' ? 'article' : view.kind === 'column' ? 'column' : 'page',
        articleId: view.articleId ?? null,
        columnId: view.columnId ?? null,
        ip: view.ip ?? null,
        userAgent: view.headers['user-agent'] ?? null,
        at: view.at,
      });
    });
    const timer = setInterval(() => {
      flushVisits(deps.database).catch((err) => app.log.warn({ err }, '访问统计写入失败，稍后重试'));
    }, FLUSH_MS);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await flushVisits(deps.database).catch(() => undefined);
    });
  },
};
